import DocketMarkdown
import DocketSupport

/// A piece of HTML that is safe to put in a page.
///
/// Build it with string interpolation: the literal parts are markup written in this
/// module; every interpolated `String` (and anything else that is not `HTML`) is escaped.
///
///     let name = "<script>alert(1)</script>"
///     let html: HTML = "<h1>\(name)</h1>"   // <h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>
///
/// The only way to put unescaped markup in is `HTML(trustedMarkup:)`, used for cmark's
/// safe-mode output; grep for it to audit every place. Literals are `StaticString`s, so a
/// value known only at run time cannot pass for one, and the bytes can be changed only in this
/// file (`trustedMarkupIsTheOnlyRawDoor` fails when a second door appears).
///
/// The markup is kept as UTF-8 bytes, the form it is written in: a page is built by appending
/// bytes (text escaped on the way in) rather than by growing a `String`.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    /// The markup, UTF-8.
    public private(set) var bytes: [UInt8]

    /// The markup as text.
    public var rendered: String { String(decoding: bytes, as: UTF8.self) }

    public init() { bytes = [] }

    /// Markup that is already safe HTML: cmark's safe-mode output and nothing else.
    public init(trustedMarkup: String) { bytes = Array(trustedMarkup.utf8) }

    /// The same door for cmark's output as UTF-8 bytes.
    public init(trustedMarkup bytes: [UInt8]) { self.bytes = bytes }

    public var description: String { rendered }
    public var isEmpty: Bool { bytes.isEmpty }

    public static func + (a: HTML, b: HTML) -> HTML {
        var joined = a
        joined.bytes.append(contentsOf: b.bytes)
        return joined
    }

    public static func += (a: inout HTML, b: HTML) { a.bytes.append(contentsOf: b.bytes) }

    /// Text escaped for HTML content and quoted attribute values alike.
    public static func escape(_ text: String) -> String {
        Markdown.escapeText(text)
    }
}

extension HTML: ExpressibleByStringInterpolation {
    /// Markup written in the source: a literal, never a value made at run time.
    public init(stringLiteral literal: StaticString) {
        bytes = literal.withUTF8Buffer { Array($0) }
    }

    public init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }

    public struct Interpolation: StringInterpolationProtocol, TextSink {
        /// Only this file writes the bytes: everywhere else goes through the escaping
        /// `appendInterpolation`s and the literal segments.
        fileprivate var bytes: [UInt8] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// The literal parts: markup written in the source. A `StaticString`, so only a
        /// literal fits (a `String` made at run time does not convert to one). Also what a
        /// writer (`TextSink`) writes as a literal.
        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// A whole number as decimal digits, at least `width` of them (zero-padded): ASCII
        /// digits, which need no escaping.
        public mutating func appendDigits(_ value: Int, width: Int) {
            DecimalDigits.write(value, width: width) { bytes.append($0) }
        }

        /// Text from a writer (`TextSink`) is escaped like any other.
        public mutating func appendText(_ text: String) { ByteEscaping.append(text, HTMLTextRule.self, to: &bytes) }

        /// Already safe HTML goes in as it is.
        public mutating func appendInterpolation(_ html: HTML) {
            makeRoom(for: html.bytes.count)
            bytes.append(contentsOf: html.bytes)
        }

        public mutating func appendInterpolation(_ html: HTML?) { if let html { appendInterpolation(html) } }

        /// A list of pieces, one after the other.
        public mutating func appendInterpolation(_ list: [HTML]) {
            makeRoom(for: list.reduce(0) { $0 + $1.bytes.count })
            for html in list { bytes.append(contentsOf: html.bytes) }
        }

        /// Grows the buffer once for a large piece and what usually follows it (the rest of the
        /// template), instead of doubling and copying the whole page again a few bytes later.
        private mutating func makeRoom(for count: Int) {
            let needed = bytes.count + count
            if needed > bytes.capacity { bytes.reserveCapacity(needed + needed / 4 + 1024) }
        }

        /// Text is escaped.
        public mutating func appendInterpolation(_ text: String) { ByteEscaping.append(text, HTMLTextRule.self, to: &bytes) }

        public mutating func appendInterpolation(_ text: String?) {
            if let text { ByteEscaping.append(text, HTMLTextRule.self, to: &bytes) }
        }

        /// Anything else is turned into text and escaped.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            ByteEscaping.append(value.description, HTMLTextRule.self, to: &bytes)
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
