import DocketMarkdown
import DocketModel

/// Every internal link: a `Route`'s path under `base_url`'s path, so a site under `/monitor/`
/// links within `/monitor/`. `path(_:)` gives any route's link; the names below are the ones
/// the templates use most.
public struct SiteURLs: Sendable {
    /// `/` or `/monitor/`, and for a language other than the default its folder: `/monitor/az/`.
    /// Every page's link starts with it.
    public let basePath: String
    /// `https://example.org/monitor/` (`https://example.org/monitor/az/` for `az`).
    public let baseURL: String
    /// The site's own root, whatever the language: `/monitor/`. Files every language shares (the
    /// stylesheet, media, the open data's files, the search script) are under it.
    public let rootPath: String
    /// `https://example.org/monitor/`.
    public let rootURL: String
    /// The language's folder under the root: "" for the default language, `az/`.
    public let languageFolder: String

    public init(config: SiteConfig, language: SiteLanguage? = nil) {
        let folder = language?.folder ?? ""
        rootPath = config.basePath
        rootURL = config.baseURL
        basePath = config.basePath + folder
        baseURL = config.baseURL + folder
        languageFolder = folder
    }

    /// The same URLs for the pages in `language`.
    public func `in`(_ language: SiteLanguage) -> SiteURLs {
        SiteURLs(rootPath: rootPath, rootURL: rootURL, folder: language.folder)
    }

    private init(rootPath: String, rootURL: String, folder: String) {
        self.rootPath = rootPath
        self.rootURL = rootURL
        basePath = rootPath + folder
        baseURL = rootURL + folder
        languageFolder = folder
    }

    /// The route's link, root-relative: `/monitor/prisoners/`.
    public func path(_ route: Route) -> String { basePath + route.path }

    public var home: String { path(.home) }
    public var prisoners: String { path(.prisoners) }
    public var prisonersByArrest: String { path(.prisonersByArrest) }
    public var prisonersByReview: String { path(.prisonersByReview) }
    public var articles: String { path(.articles) }
    public var timeline: String { path(.timeline) }
    /// One stylesheet for every language.
    public var stylesheet: String { rootPath + Route.stylesheet.path }

    public var countries: String { path(.countries) }
    public var tags: String { path(.tags) }
    public var data: String { path(.data) }
    public var reportsFeed: String { path(.reportsFeed) }
    public var timelineFeed: String { path(.timelineFeed) }
    public var sitemap: String { path(.sitemap) }
    public var notFound: String { path(.notFound) }
    public var corrections: String { path(.corrections) }
    public var correctionsFeed: String { path(.correctionsFeed) }
    public var prisons: String { path(.prisons) }
    public var names: String { path(.names) }
    public var upcoming: String { path(.upcoming) }
    public var upcomingFeed: String { path(.upcomingFeed) }
    public var updated: String { path(.updated) }
    public var updatedFeed: String { path(.updatedFeed) }

    public func prisoner(_ slug: String) -> String { path(.prisoner(slug)) }
    /// `prisoner(slug)` as parts, for a page to write without making the text first.
    public func prisonerPath(_ slug: String) -> PagePath { PagePath(base: basePath, section: Route.prisonersFolder, slug: slug) }
    /// `article(slug)` as parts.
    public func articlePath(_ slug: String) -> PagePath { PagePath(base: basePath, section: Route.articlesFolder, slug: slug) }
    public func prisonerFeed(_ slug: String) -> String { path(.prisonerFeed(slug)) }
    public func prisonerEvents(_ slug: String) -> String { path(.prisonerEvents(slug)) }
    public func prisonerReports(_ slug: String) -> String { path(.prisonerReports(slug)) }
    public func article(_ slug: String) -> String { path(.article(slug)) }
    public func country(_ slug: String) -> String { path(.country(slug)) }
    public func countryStatus(_ slug: String, _ status: PrisonerStatus) -> String { path(.countryStatus(slug, status)) }
    public func status(_ status: PrisonerStatus) -> String { path(.status(status)) }
    public func tag(_ slug: String) -> String { path(.tag(slug)) }
    public func prison(_ slug: String) -> String { path(.prison(slug)) }
    public func nameLetter(_ slug: String) -> String { path(.nameLetter(slug)) }
    public func timelineYear(_ year: Int) -> String { path(.timelineYear(year)) }
    /// An event where it is listed: page `page` (1-based) of its year's timeline, at its anchor.
    public func event(_ event: Event, onPage page: Int) -> String {
        paginated(timelineYear(event.date.year), page: page) + "#" + event.anchor
    }
    public func page(_ slug: String) -> String { path(.page(slug)) }
    /// Media and the open data's files are the same for every language: under the root.
    public func media(_ file: String) -> String { rootPath + Route.media(file).path }
    public func dataFile(_ name: String) -> String { rootPath + Route.dataFile(name).path }
    public var searchScript: String { rootPath + Route.searchScript.path }

    /// Page `number` (1-based) of a paginated listing whose first page is `first`.
    public func paginated(_ first: String, page number: Int) -> String {
        Route.paginated(first, page: number)
    }

    /// The output file for a link: `/monitor/prisoners/` → `prisoners/index.html`,
    /// `/monitor/az/prisoners/` → `az/prisoners/index.html`.
    public func outputPath(_ path: String) -> String {
        Route.outputFile(forPath: path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path)
    }

    /// The output file of a route in this language: `prisoners/index.html`, `az/prisoners/index.html`.
    public func outputFile(_ route: Route) -> String {
        languageFolder.isEmpty ? route.outputFile : languageFolder + route.outputFile
    }

    /// A link of this language's pages as a path under the language's folder: `/monitor/az/x/` → `x/`
    /// (nil for a path outside it), to find the same page in another language.
    public func pagePath(_ path: String) -> String? {
        path.hasPrefix(basePath) ? String(path.dropFirst(basePath.count)) : nil
    }

    public func origin(_ origin: Event.Origin) -> String {
        switch origin {
        case .prisoner(let slug): return prisoner(slug)
        case .article(let slug): return article(slug)
        }
    }

    /// How the links of a body shown on the page at `page` are written: root-relative links
    /// under `basePath`, and with `absolute`, every link to the site absolute (a feed).
    public func bodyLinks(onPage page: String, absolute: Bool = false) -> BodyLinks.Rebase {
        BodyLinks.Rebase(basePath: basePath, page: page, origin: absolute ? String(rootURL.dropLast(rootPath.count)) : nil,
                         sharedRoot: languageFolder.isEmpty ? nil : rootPath)
    }

    /// An absolute URL for a site path (`/monitor/x/` → `https://example.org/monitor/x/`).
    public func absolute(_ path: String) -> String {
        guard path.hasPrefix(rootPath) else { return path }
        return rootURL + path.dropFirst(rootPath.count)
    }
}

/// A content page's path as its parts: `/monitor/` + `prisoners/` (`Route`'s folder) + slug +
/// `/`. List items link to thousands of pages; a page writes these parts straight into its
/// bytes (see `HTML`) instead of building each path as a `String` first.
public struct PagePath: CustomStringConvertible, Sendable {
    let base: String
    let section: StaticString
    let slug: String

    /// The path as text, as `SiteURLs.prisoner(_:)` and `article(_:)` give it.
    public var description: String { base + section.description + slug + "/" }
}

extension HTML.Interpolation {
    /// The same bytes as interpolating `path.description`, without making it.
    public mutating func appendInterpolation(_ path: PagePath) {
        appendInterpolation(path.base)
        appendLiteral(path.section)
        appendInterpolation(path.slug)
        appendLiteral("/")
    }
}
