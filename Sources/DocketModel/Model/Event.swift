/// One entry of a timeline: something that happened on a (partial) date.
public struct Event: Hashable, Sendable {
    /// Where the event was written (or derived from).
    public enum Origin: Hashable, Sendable {
        case prisoner(slug: String)
        case article(slug: String)
    }

    /// The values, held once (see `SharedValues`).
    @usableFromInline let box: SharedValues<Fields>

    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline let date: PartialDate
        @usableFromInline let kind: EventKind
        @usableFromInline let text: String
        @usableFromInline let textHTML: String
        @usableFromInline let prisoners: [String]
        @usableFromInline let sourceURL: String?
        @usableFromInline let sourceTitle: String?
        @usableFromInline let origin: Origin
        @usableFromInline let isDerived: Bool
        @usableFromInline let anchor: String
        @usableFromInline let isScheduled: Bool
        /// The language of `text` when it is not the page's own (an event a translation leaves
        /// untranslated shows the default language's words); nil: the page's language.
        @usableFromInline var textLanguage: String? = nil
    }

    @inlinable public var date: PartialDate { box.values.date }
    @inlinable public var kind: EventKind { box.values.kind }
    /// The editor's text, inline Markdown.
    @inlinable public var text: String { box.values.text }
    /// `text` rendered by cmark in safe mode (inline HTML, no paragraph).
    @inlinable public var textHTML: String { box.values.textHTML }
    /// The prisoners this event concerns (slugs), sorted.
    @inlinable public var prisoners: [String] { box.values.prisoners }
    /// A link for the event: a URL, or the URL of the named source of the file.
    @inlinable public var sourceURL: String? { box.values.sourceURL }
    @inlinable public var sourceTitle: String? { box.values.sourceTitle }
    @inlinable public var origin: Origin { box.values.origin }
    /// True for the arrest, sentence and release entries made from a prisoner's fields.
    @inlinable public var isDerived: Bool { box.values.isDerived }
    /// A stable id for the event (`e-3f2a…`), the same in every build: the element id on
    /// pages and in feed entry ids. Made from the origin, date, kind, people and text.
    @inlinable public var anchor: String { box.values.anchor }
    /// True for a hearing, trial or appeal written with `scheduled: true`: listed as upcoming,
    /// never on the timeline, in feeds or in data files (see `Schedule`).
    @inlinable public var isScheduled: Bool { box.values.isScheduled }
    /// The language of `text` when it is not the language of the page showing it (an
    /// untranslated event on a translated page); nil: the page's language.
    @inlinable public var textLanguage: String? { box.values.textLanguage }

    public init(date: PartialDate, kind: EventKind, text: String, textHTML: String, prisoners: [String],
                sourceURL: String?, sourceTitle: String?, origin: Origin, isDerived: Bool = false, isScheduled: Bool = false) {
        box = SharedValues(Fields(date: date, kind: kind, text: text, textHTML: textHTML, prisoners: prisoners,
                                 sourceURL: sourceURL, sourceTitle: sourceTitle, origin: origin, isDerived: isDerived,
                                 anchor: Event.anchor(origin: origin, date: date, kind: kind, prisoners: prisoners,
                                 text: text), isScheduled: isScheduled))
    }

    /// The same event in other words (a translation, or the default language's words marked
    /// with their language): the date, kind, people, origin and anchor stay, so every language's
    /// pages link to the same `#anchor`.
    public func withText(_ text: String, textHTML: String, sourceTitle: String?, textLanguage: String?) -> Event {
        var fields = box.values
        fields = Fields(date: fields.date, kind: fields.kind, text: text, textHTML: textHTML, prisoners: fields.prisoners,
                        sourceURL: fields.sourceURL, sourceTitle: sourceTitle, origin: fields.origin, isDerived: fields.isDerived,
                        anchor: fields.anchor, isScheduled: fields.isScheduled, textLanguage: textLanguage)
        return Event(box: SharedValues(fields))
    }

    private init(box: SharedValues<Fields>) {
        self.box = box
    }
}
