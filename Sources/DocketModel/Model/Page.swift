/// A free-standing page (methodology, about, how to cite, contact): `content/pages/<slug>.md`,
/// published at `/<slug>/` and linked from the footer.
public struct Page: Hashable, Sendable {
    public let slug: String
    public let path: String
    public let title: String
    public let summary: String?
    /// The footer order: lower first, then by title.
    public let order: Int
    public let draft: Bool
    public let bodyHTML: String

    public init(slug: String, path: String, title: String, summary: String?, order: Int, draft: Bool, bodyHTML: String) {
        self.slug = slug
        self.path = path
        self.title = title
        self.summary = summary
        self.order = order
        self.draft = draft
        self.bodyHTML = bodyHTML
    }

    /// Top-level addresses the builder uses itself; a page cannot take them.
    public static let reservedSlugs: Set<String> = [
        "prisoners", "articles", "timeline", "countries", "status", "tags", "data", "media", "page",
        "feed", "sitemap", "robots", "404", "style", "index", "__docket",
    ]
}
