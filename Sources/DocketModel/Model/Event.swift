/// One entry of a timeline: something that happened on a (partial) date.
public struct Event: Hashable, Sendable {
    /// Where the event was written (or derived from).
    public enum Origin: Hashable, Sendable {
        case prisoner(slug: String)
        case article(slug: String)
    }

    public let date: PartialDate
    public let kind: EventKind
    /// The editor's text, inline Markdown.
    public let text: String
    /// `text` rendered by cmark in safe mode (inline HTML, no paragraph).
    public let textHTML: String
    /// The prisoners this event concerns (slugs), sorted.
    public let prisoners: [String]
    /// A link for the event: a URL, or the URL of the named source of the file.
    public let sourceURL: String?
    public let sourceTitle: String?
    public let origin: Origin
    /// True for the arrest, sentence and release entries made from a prisoner's fields.
    public let isDerived: Bool
    /// A stable id for the event (`e-3f2a…`), the same in every build: the element id on
    /// pages and in feed entry ids. Made from the origin, date, kind, people and text.
    public let anchor: String

    public init(date: PartialDate, kind: EventKind, text: String, textHTML: String, prisoners: [String],
                sourceURL: String?, sourceTitle: String?, origin: Origin, isDerived: Bool = false) {
        self.date = date
        self.kind = kind
        self.text = text
        self.textHTML = textHTML
        self.prisoners = prisoners
        self.sourceURL = sourceURL
        self.sourceTitle = sourceTitle
        self.origin = origin
        self.isDerived = isDerived
        anchor = Event.anchor(origin: origin, date: date, kind: kind, prisoners: prisoners, text: text)
    }
}
