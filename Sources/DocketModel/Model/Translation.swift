/// The words of one translation file (`content/prisoners/<slug>.az.md`): what it gives in place
/// of the original's words. Facts are never here (the decoder refuses them), so a translation
/// cannot disagree with its original on a date, a status or a place.
public struct Translation: Hashable, Sendable {
    /// A text of a list, in the original's order, rendered as the original's would be.
    public struct Text: Hashable, Sendable {
        public let text: String
        public let html: String
    }

    /// The language's code (`az`).
    public let code: String
    /// The file, relative to the site folder.
    public let path: String
    /// The person's name, or the report's or page's title.
    public var name: String?
    public var aliases: [String]?
    public var summary: String?
    public var photoCredit: String?
    /// The texts of the charges of the current (or last) detention, by position.
    public var charges: [String?] = []
    /// The texts of the events the original writes, by position (not the derived ones).
    public var events: [Text] = []
    /// The titles of the original's sources, by position.
    public var sources: [String] = []
    /// The texts of the original's corrections, by position.
    public var corrections: [Text] = []
    /// The body (a prisoner's or a report's: rendered when its page is made).
    public var body: MarkdownBody
    /// A page's body, rendered at load with its links under the language's folder.
    public var pageBodyHTML: String? = nil
    /// Where each list (`events`, `sources`, `corrections`, `charges`) is written, for the
    /// message when it has more items than the original's.
    var listPositions: [String: SourcePosition] = [:]

    public init(code: String, path: String, body: MarkdownBody) {
        self.code = code
        self.path = path
        self.body = body
    }
}

/// Every translation of a site, by language code, then by the original's slug.
public struct SiteTranslations: Hashable, Sendable {
    public var prisoners: [String: [String: Translation]] = [:]
    public var articles: [String: [String: Translation]] = [:]
    public var pages: [String: [String: Translation]] = [:]

    public init() {}

    public var isEmpty: Bool { prisoners.isEmpty && articles.isEmpty && pages.isEmpty }
}
