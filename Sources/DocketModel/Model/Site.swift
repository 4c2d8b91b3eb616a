/// The whole validated monitor: what the builder turns into pages.
/// Prisoners and articles are sorted by slug, so nothing depends on file-system order.
public struct Site: Sendable {
    public let config: SiteConfig
    public let prisoners: [Prisoner]
    public let articles: [Article]
    /// Free-standing pages, in footer order.
    public let pages: [Page]

    public init(config: SiteConfig, prisoners: [Prisoner], articles: [Article], pages: [Page] = []) {
        self.config = config
        self.prisoners = prisoners.sorted { $0.slug < $1.slug }
        self.articles = articles.sorted { $0.slug < $1.slug }
        self.pages = pages.sorted { ($0.order, $0.title, $0.slug) < ($1.order, $1.title, $1.slug) }
    }
}
