import DocketMarkdown

/// A piece of HTML that is safe to put in a page.
///
/// Build it with string interpolation: the literal parts are markup written in this
/// module; every interpolated `String` (and anything else that is not `HTML`) is escaped.
///
///     let name = "<script>alert(1)</script>"
///     let html: HTML = "<h1>\(name)</h1>"   // <h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>
///
/// The only way to put unescaped markup in is `HTML(trustedMarkup:)`, used for cmark's
/// safe-mode output; grep for it to audit every place.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    public private(set) var rendered: String

    public init() { rendered = "" }

    /// Markup that is already safe HTML: cmark's safe-mode output and nothing else.
    public init(trustedMarkup: String) { rendered = trustedMarkup }

    public var description: String { rendered }
    public var isEmpty: Bool { rendered.isEmpty }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(trustedMarkup: a.rendered + b.rendered) }

    public static func += (a: inout HTML, b: HTML) { a.rendered += b.rendered }

    /// Text escaped for HTML content and quoted attribute values alike.
    public static func escape(_ text: String) -> String {
        Markdown.escapeText(text)
    }
}

extension HTML: ExpressibleByStringInterpolation {
    public init(stringLiteral literal: String) { rendered = literal }

    public init(stringInterpolation: Interpolation) { rendered = stringInterpolation.rendered }

    public struct Interpolation: StringInterpolationProtocol {
        var rendered = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// The literal parts: markup written in this module.
        public mutating func appendLiteral(_ literal: String) { rendered += literal }

        /// Already safe HTML goes in as it is.
        public mutating func appendInterpolation(_ html: HTML) { rendered += html.rendered }

        public mutating func appendInterpolation(_ html: HTML?) { if let html { rendered += html.rendered } }

        /// A list of pieces, one after the other.
        public mutating func appendInterpolation(_ list: [HTML]) {
            for html in list { rendered += html.rendered }
        }

        /// Text is escaped.
        public mutating func appendInterpolation(_ text: String) { rendered += HTML.escape(text) }

        public mutating func appendInterpolation(_ text: String?) { if let text { rendered += HTML.escape(text) } }

        /// Anything else is turned into text and escaped.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            rendered += HTML.escape(value.description)
        }
    }
}

extension Array where Element == HTML {
    public func joined(separator: HTML = HTML()) -> HTML {
        var out = HTML()
        for (index, piece) in enumerated() {
            if index > 0 { out += separator }
            out += piece
        }
        return out
    }
}
