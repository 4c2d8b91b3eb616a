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

    public func prisoner(_ slug: String) -> String { basePath + "prisoners/\(slug)/" }
    public func article(_ slug: String) -> String { basePath + "articles/\(slug)/" }

    public func origin(_ origin: Event.Origin) -> String {
        switch origin {
        case .prisoner(let slug): return prisoner(slug)
        case .article(let slug): return article(slug)
        }
    }

    /// An absolute URL for a site path (`/monitor/x/` → `https://example.org/monitor/x/`).
    public func absolute(_ path: String) -> String {
        guard path.hasPrefix(basePath) else { return path }
        return baseURL + path.dropFirst(basePath.count)
    }
}
