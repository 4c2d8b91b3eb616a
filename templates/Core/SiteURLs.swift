import DocketMarkdown
import DocketModel

/// Every internal link: a `Route`'s path under `base_url`'s path, so a site under `/monitor/`
/// links within `/monitor/`. `path(_:)` gives any route's link; the names below are the ones
/// the templates use most.
public struct SiteURLs: Sendable {
    /// `/` or `/monitor/`.
    public let basePath: String
    /// `https://example.org/monitor/`.
    public let baseURL: String

    public init(config: SiteConfig) {
        basePath = config.basePath
        baseURL = config.baseURL
    }

    /// The route's link, root-relative: `/monitor/prisoners/`.
    public func path(_ route: Route) -> String { basePath + route.path }

    public var home: String { path(.home) }
    public var prisoners: String { path(.prisoners) }
    public var prisonersByArrest: String { path(.prisonersByArrest) }
    public var prisonersByReview: String { path(.prisonersByReview) }
    public var articles: String { path(.articles) }
    public var timeline: String { path(.timeline) }
    public var stylesheet: String { path(.stylesheet) }

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
    public func media(_ file: String) -> String { path(.media(file)) }
    public func dataFile(_ name: String) -> String { path(.dataFile(name)) }

    /// Page `number` (1-based) of a paginated listing whose first page is `first`.
    public func paginated(_ first: String, page number: Int) -> String {
        Route.paginated(first, page: number)
    }

    /// The output file for a link: `/monitor/prisoners/` → `prisoners/index.html`.
    public func outputPath(_ path: String) -> String {
        Route.outputFile(forPath: path.hasPrefix(basePath) ? String(path.dropFirst(basePath.count)) : path)
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
        BodyLinks.Rebase(basePath: basePath, page: page, origin: absolute ? String(baseURL.dropLast(basePath.count)) : nil)
    }

    /// An absolute URL for a site path (`/monitor/x/` → `https://example.org/monitor/x/`).
    public func absolute(_ path: String) -> String {
        guard path.hasPrefix(basePath) else { return path }
        return baseURL + path.dropFirst(basePath.count)
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
