/// A news report: one file `content/articles/<slug>.md`.
public struct Article: Hashable, Sendable {
    public let slug: String
    public let path: String
    public let title: String
    /// Always a full date.
    public let date: PartialDate
    public let summary: String?
    public let author: String?
    /// The prisoners the report names (slugs), in the order written.
    public let prisoners: [String]
    public let tags: [String]
    public let sources: [Source]
    public let events: [Event]
    public let draft: Bool
    public let bodyHTML: String

    public init(slug: String, path: String, title: String, date: PartialDate, summary: String?, author: String?,
                prisoners: [String], tags: [String], sources: [Source], events: [Event], draft: Bool, bodyHTML: String) {
        self.slug = slug
        self.path = path
        self.title = title
        self.date = date
        self.summary = summary
        self.author = author
        self.prisoners = prisoners
        self.tags = tags
        self.sources = sources
        self.events = events
        self.draft = draft
        self.bodyHTML = bodyHTML
    }
}
