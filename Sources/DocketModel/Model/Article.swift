/// A news report: one file `content/articles/<slug>.md`.
public struct Article: Hashable, Sendable {
    /// The values, held once (see `SharedValues`).
    @usableFromInline let box: SharedValues<Fields>

    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline let slug: String
        @usableFromInline let path: String
        @usableFromInline let title: String
        @usableFromInline let date: PartialDate
        @usableFromInline let summary: String?
        @usableFromInline let author: String?
        @usableFromInline let prisoners: [String]
        @usableFromInline let tags: [String]
        @usableFromInline let sources: [Source]
        @usableFromInline let events: [Event]
        @usableFromInline let draft: Bool
        @usableFromInline let body: MarkdownBody
        @usableFromInline let embargoUntil: Moment?
    }

    @inlinable public var slug: String { box.values.slug }
    @inlinable public var path: String { box.values.path }
    @inlinable public var title: String { box.values.title }
    /// Always a full date.
    @inlinable public var date: PartialDate { box.values.date }
    @inlinable public var summary: String? { box.values.summary }
    @inlinable public var author: String? { box.values.author }
    /// The prisoners the report names (slugs), in the order written.
    @inlinable public var prisoners: [String] { box.values.prisoners }
    @inlinable public var tags: [String] { box.values.tags }
    @inlinable public var sources: [Source] { box.values.sources }
    @inlinable public var events: [Event] { box.values.events }
    @inlinable public var draft: Bool { box.values.draft }
    /// The report's text (Markdown, rendered by cmark in safe mode when its page is made).
    @inlinable public var body: MarkdownBody { box.values.body }
    /// Kept out of the site until this moment (judged against the build's as-of).
    @inlinable public var embargoUntil: Moment? { box.values.embargoUntil }

    public init(slug: String, path: String, title: String, date: PartialDate, summary: String?, author: String?,
                prisoners: [String], tags: [String], sources: [Source], events: [Event], draft: Bool, body: MarkdownBody,
                embargoUntil: Moment? = nil) {
        box = SharedValues(Fields(slug: slug, path: path, title: title, date: date, summary: summary, author: author,
                                 prisoners: prisoners, tags: tags, sources: sources, events: events, draft: draft,
                                 body: body, embargoUntil: embargoUntil))
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
