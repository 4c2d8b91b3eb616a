import DocketMarkdown
import DocketModel

/// Every internal link, built from `base_url`'s path so a site under `/monitor/` links
/// within `/monitor/`. Pages live at pretty URLs: `/prisoners/<slug>/` is
/// `prisoners/<slug>/index.html`.
public struct SiteURLs: Sendable {
    /// `/` or `/monitor/`.
    public let basePath: String
    /// `https://example.org/monitor/`.
    public let baseURL: String

    public init(config: SiteConfig) {
        basePath = config.basePath
        baseURL = config.baseURL
    }

    public var home: String { basePath }
    public var prisoners: String { basePath + "prisoners/" }
    public var articles: String { basePath + "articles/" }
    public var timeline: String { basePath + "timeline/" }
    public var stylesheet: String { basePath + "style.css" }

    public var countries: String { basePath + "countries/" }
    public var tags: String { basePath + "tags/" }
    public var data: String { basePath + "data/" }
    public var reportsFeed: String { basePath + "feed.xml" }
    public var timelineFeed: String { basePath + "timeline/feed.xml" }
    public var sitemap: String { basePath + "sitemap.xml" }

    public func prisoner(_ slug: String) -> String { basePath + "prisoners/\(slug)/" }
    /// `prisoner(slug)` as parts, for a page to write without making the text first.
    public func prisonerPath(_ slug: String) -> PagePath { PagePath(base: basePath, section: "prisoners/", slug: slug) }
    /// `article(slug)` as parts.
    public func articlePath(_ slug: String) -> PagePath { PagePath(base: basePath, section: "articles/", slug: slug) }
    public func prisonerFeed(_ slug: String) -> String { basePath + "prisoners/\(slug)/feed.xml" }
    public func prisonerEvents(_ slug: String) -> String { basePath + "prisoners/\(slug)/timeline/" }
    public func prisonerReports(_ slug: String) -> String { basePath + "prisoners/\(slug)/reports/" }
    public func article(_ slug: String) -> String { basePath + "articles/\(slug)/" }
    public func country(_ slug: String) -> String { basePath + "countries/\(slug)/" }
    public func status(_ status: PrisonerStatus) -> String { basePath + "status/\(status.rawValue)/" }
    public func tag(_ slug: String) -> String { basePath + "tags/\(slug)/" }
    public func timelineYear(_ year: Int) -> String { basePath + "timeline/\(year)/" }
    /// An event where it is listed: page `page` (1-based) of its year's timeline, at its anchor.
    public func event(_ event: Event, onPage page: Int) -> String {
        paginated(timelineYear(event.date.year), page: page) + "#" + event.anchor
    }
    public func page(_ slug: String) -> String { basePath + "\(slug)/" }
    public func media(_ path: String) -> String { basePath + "media/" + path }
    public func dataFile(_ name: String) -> String { basePath + "data/" + name }

    /// Page `number` (1-based) of a paginated listing whose first page is `first`.
    public func paginated(_ first: String, page number: Int) -> String {
        number <= 1 ? first : first + "page/\(number)/"
    }

    /// The output file for a site path: `/monitor/prisoners/` → `prisoners/index.html`.
    public func outputPath(_ path: String) -> String {
        var relative = path.hasPrefix(basePath) ? String(path.dropFirst(basePath.count)) : path
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        return relative
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

/// A content page's path as its parts: `/monitor/` + `prisoners/` + slug + `/`. List items link
/// to thousands of pages; a page writes these parts straight into its bytes (see `HTML`)
/// instead of building each path as a `String` first.
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
