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
    /// The report's text (Markdown, rendered by cmark in safe mode when its page is made).
    public let body: MarkdownBody
    /// Kept out of the site until this moment (judged against the build's as-of).
    public let embargoUntil: Moment?

    public init(slug: String, path: String, title: String, date: PartialDate, summary: String?, author: String?,
                prisoners: [String], tags: [String], sources: [Source], events: [Event], draft: Bool, body: MarkdownBody,
                embargoUntil: Moment? = nil) {
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
        self.body = body
        self.embargoUntil = embargoUntil
    }

    /// True while the embargo holds at `moment` (nil: every embargo holds).
    public func isEmbargoed(at moment: Moment?) -> Bool {
        guard let embargoUntil else { return false }
        return moment.map { $0 < embargoUntil } ?? true
    }

    /// The same report marked as a draft: how an embargoed report is treated while the embargo holds.
    public func asDraft() -> Article {
        Article(slug: slug, path: path, title: title, date: date, summary: summary, author: author, prisoners: prisoners,
                tags: tags, sources: sources, events: events, draft: true, body: body, embargoUntil: embargoUntil)
    }
}
