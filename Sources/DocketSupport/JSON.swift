/// A small JSON value with a deterministic serialiser (keys in the order given), for
/// data exports, JSON-LD and `docket check --format json`.
public indirect enum JSON: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    public static func optional(_ text: String?) -> JSON { text.map(JSON.string) ?? .null }

    /// Compact JSON.
    public var serialized: String {
        var out: [UInt8] = []
        write(into: &out, indented: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON (two spaces a level), one value per line, for files people read.
    public var pretty: String {
        var out: [UInt8] = []
        write(into: &out, indented: true, level: 0)
        out.append(10)
        return String(decoding: out, as: UTF8.self)
    }

    /// JSON for a `<script>` element: the same as `serialized`, since no string ever holds
    /// `<`, `>` or `&` as they are (see `StringRule`), so none can end the element or open a comment.
    public var forScriptElement: String { serialized }

    /// Appends the value as UTF-8; `level` is its depth when indented. Public for writers that
    /// stream a large file (the data exports) rather than build one value of it.
    public func write(into out: inout [UInt8], indented: Bool, level: Int) {
        switch self {
        case .string(let text): JSON.quote(text, into: &out)
        case .number(let value): out += String(value).utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, indented, level + 1)
                item.write(into: &out, indented: indented, level: level + 1)
            }
            JSON.newline(&out, indented, level)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, indented, level + 1)
                JSON.quote(key, into: &out)
                out += (indented ? ": " : ":").utf8
                value.write(into: &out, indented: indented, level: level + 1)
            }
            JSON.newline(&out, indented, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A line end and two spaces a level, when indented.
    static func newline(_ out: inout [UInt8], _ indented: Bool, _ level: Int) {
        guard indented else { return }
        out.append(10)
        out += repeatElement(UInt8(ascii: " "), count: 2 * level)
    }

    /// `text` as a JSON string, quotes included.
    public static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(34)
        ByteEscaping.append(text, StringRule.self, to: &out)
        out.append(34)
    }

    /// What a JSON string cannot hold as it is: `"`, `\`, control characters, and (for
    /// JavaScript's sake) U+2028 and U+2029. `<`, `>` and `&` are written `\u003c`, `\u003e`
    /// and `\u0026`, as Go's encoding/json does: every JSON file (data exports, JSON-LD) can
    /// then be put inside a page's `<script>` or HTML without a hostile name ending the element.
    enum StringRule: ByteEscapeRule {
        static func mayReplace(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 34 || byte == 92 || byte == 0xE2 || byte == 60 || byte == 62 || byte == 38
        }

        static func replace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [UInt8]) -> Int {
            let byte = bytes[index]
            switch byte {
            case 34: out.append(contentsOf: "\\\"".utf8)
            case 92: out.append(contentsOf: "\\\\".utf8)
            case 10: out.append(contentsOf: "\\n".utf8)
            case 13: out.append(contentsOf: "\\r".utf8)
            case 9: out.append(contentsOf: "\\t".utf8)
            case 60: out.append(contentsOf: "\\u003c".utf8)
            case 62: out.append(contentsOf: "\\u003e".utf8)
            case 38: out.append(contentsOf: "\\u0026".utf8)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else { return 0 }
                out.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                return 3
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            }
            return 1
        }
    }
}
