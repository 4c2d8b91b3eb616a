/// Reports and people by tag, for `/tags/` and `/tags/<slug>/`. Prisoners take `tags` as
/// reports do (a case many people share: "EMDS case"), and one tag's page lists both.
public struct TagIndex: Sendable {
    public struct Tag: Sendable {
        public let name: String
        public let slug: String
        /// Newest first.
        public let articles: [Article]
        /// By name, then slug.
        public let prisoners: [Prisoner]
    }

    /// By name.
    public let tags: [Tag]
    public let slugByName: [String: String]

    init(articlesNewestFirst: [Article], prisoners: [Prisoner] = []) {
        let slugs = URLSlug.unique(articlesNewestFirst.flatMap { $0.tags } + prisoners.flatMap { $0.tags })
        slugByName = slugs
        var byTag: [String: (articles: [Article], prisoners: [Prisoner])] = [:]
        for article in articlesNewestFirst {
            for tag in article.tags { byTag[tag, default: ([], [])].articles.append(article) }
        }
        for prisoner in prisoners {
            for tag in prisoner.tags { byTag[tag, default: ([], [])].prisoners.append(prisoner) }
        }
        tags = byTag.keys.sorted().map { name in
            let (articles, people) = byTag[name]!
            return Tag(name: name, slug: slugs[name]!, articles: articles,
                       prisoners: people.sorted { $0.name != $1.name ? $0.name < $1.name : $0.slug < $1.slug })
        }
    }
}
