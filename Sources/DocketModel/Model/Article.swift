/// A news report: one file `content/articles/<slug>.md`.
/// Its fields are those of `Record`, read through it (see `Publishable`).
public struct Article: Publishable {
    /// Every field of a report, each written once: the decoder builds it, `Article` shares it.
    public struct Record: PublishableRecord {
        public var slug: String
        /// The file, relative to the site folder.
        public var path: String
        public var title: String
        /// Always a full date.
        public var date: PartialDate
        public var summary: String?
        public var author: String?
        /// The prisoners the report names (slugs), in the order written.
        public var prisoners: [String]
        public var tags: [String]
        public var sources: [Source]
        public var events: [Event]
        public var draft: Bool
        /// The report's text (Markdown, rendered by cmark in safe mode when its page is made).
        public var body: MarkdownBody
        /// Kept out of the site until this moment (judged against the build's as-of).
        public var embargoUntil: Moment? = nil
        /// Earlier slugs, each published as a redirect to this page (`Route.formerAddress`).
        public var formerSlugs: [String] = []
        /// The corrections published on the page, in the order written.
        public var corrections: [Correction] = []
        /// The language of the words (title, summary, text) when they are not the page's own (an
        /// untranslated report on a translated page); nil: the page's language.
        public var textLanguage: String? = nil
    }

    /// The values, held once (see `SharedValues`).
    @usableFromInline let box: SharedValues<Record>

    public init(_ record: Record) {
        box = SharedValues(record)
    }

    @inlinable public var record: Record { box.values }
}
