/// One charge brought against a prisoner: free text ("Tax evasion"), or an article of a code
/// (`234.4.3` of the Criminal Code) with the text that names it, from the file or from
/// `content/charges.yml`.
public struct Charge: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The code the article belongs to when none is given.
    public static let defaultCode = "Criminal Code"

    /// `234.4.3` (or `57-1`): digits separated by single dots or hyphens; nil for a charge given as text.
    public var article: String?
    /// The code of the article (`Criminal Code` unless the file says otherwise); nil without an article.
    public var code: String?
    /// What the charge is, in words; nil for an article no one has named.
    public var text: String?

    public init(text: String) {
        self.text = text
    }

    public init(article: String, code: String = Charge.defaultCode, text: String?) {
        self.article = article
        self.code = code
        self.text = text
    }

    public init(stringLiteral value: String) {
        self.init(text: value)
    }

    /// "Article 234.4.3 of the Criminal Code — Illegal drugs with intent to sell", or the text alone.
    public var display: String {
        guard let reference else { return text ?? "" }
        return text.map { reference + " — " + $0 } ?? reference
    }

    /// "Article 234.4.3 of the Criminal Code"; nil for a charge given as text.
    public var reference: String? {
        article.map { "Article \($0) of the \(code ?? Charge.defaultCode)" }
    }

    /// `234.4.3`, or `535.1 (Code of Administrative Offences)` for another code: the article
    /// as the open data's CSV writes it.
    public var articleLabel: String? {
        guard let article else { return nil }
        let code = code ?? Charge.defaultCode
        return code == Charge.defaultCode ? article : "\(article) (\(code))"
    }

    /// The article and its code, as the charges' facet groups them; nil for a charge given as text.
    public var cited: CitedArticle? {
        article.map { CitedArticle(code: code ?? Charge.defaultCode, article: $0) }
    }

    /// True for digits separated by single dots or hyphens: `234.4.3`, `220.1`, `179`, and the
    /// `57-1`, `70-2` of codes numbered the Soviet way (Azerbaijan's of 1960); not `234..4`,
    /// `art. 234`, `.1`, `57-`.
    public static func isArticleNumber(_ text: String) -> Bool {
        var previousWasDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "-"):
                guard previousWasDigit else { return false }
                previousWasDigit = false
            default: return false
            }
        }
        return previousWasDigit
    }
}

/// An article of a code as charges cite it (`234.4.3` of the Criminal Code): what `/charges/`
/// lists, one page each.
public struct CitedArticle: Hashable, Sendable {
    public var code: String
    public var article: String

    public init(code: String = Charge.defaultCode, article: String) {
        self.code = code
        self.article = article
    }

    /// "Article 234.4.3 of the Criminal Code".
    public var reference: String { "Article \(article) of the \(code)" }

    /// The Criminal Code first, then the other codes by name; within a code, by the article's
    /// numbers compared as numbers (`23` < `179` < `234.4` < `234.4.3`), then as written.
    public static func precedes(_ a: CitedArticle, _ b: CitedArticle) -> Bool {
        if a.code != b.code {
            if a.code == Charge.defaultCode || b.code == Charge.defaultCode { return a.code == Charge.defaultCode }
            let (keyA, keyB) = (NameCollation.key(a.code), NameCollation.key(b.code))
            return keyA != keyB ? keyA.lexicographicallyPrecedes(keyB) : a.code < b.code
        }
        let (numbersA, numbersB) = (a.numbers, b.numbers)
        return numbersA != numbersB ? numbersA.lexicographicallyPrecedes(numbersB) : a.article < b.article
    }

    /// `234.4.3` → [234, 4, 3] (a part too long for an Int counts as the largest).
    var numbers: [Int] {
        article.split(whereSeparator: { $0 == "." || $0 == "-" }).map { Int($0) ?? Int.max }
    }
}
