/// Reports by tag, for `/tags/` and `/tags/<slug>/`.
public struct TagIndex: Sendable {
    public struct Tag: Sendable {
        public let name: String
        public let slug: String
        /// Newest first.
        public let articles: [Article]
    }

    /// By name.
    public let tags: [Tag]
    public let slugByName: [String: String]

    init(articlesNewestFirst: [Article]) {
        let slugs = URLSlug.unique(articlesNewestFirst.flatMap { $0.tags })
        slugByName = slugs
        var byTag: [String: [Article]] = [:]
        for article in articlesNewestFirst {
            for tag in article.tags { byTag[tag, default: []].append(article) }
        }
        tags = byTag.keys.sorted().map { Tag(name: $0, slug: slugs[$0]!, articles: byTag[$0]!) }
    }
}
