/// A small JSON value with a deterministic serialiser (keys in the order given), for
/// data exports and JSON-LD.
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
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Indented JSON, one value per line (for files people read).
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out + "\n"
    }

    /// An object written as `pretty` would write it, whose last field is an array made one
    /// element at a time: a large export never exists as one tree of values.
    public static func prettyObject<Rows: Sequence>(_ fields: [(String, JSON)], arrayKey: String, rows: Rows,
                                                    _ row: (Rows.Element) -> JSON) -> String {
        var out = "{"
        for (key, value) in fields {
            out += "\n  "
            quote(key, into: &out)
            out += ": "
            value.write(into: &out, indent: "  ", level: 1)
            out += ","
        }
        out += "\n  "
        quote(arrayKey, into: &out)
        out += ": ["
        var first = true
        for element in rows {
            out += first ? "\n    " : ",\n    "
            first = false
            row(element).write(into: &out, indent: "  ", level: 2)
        }
        out += first ? "]" : "\n  ]"
        return out + "\n}\n"
    }

    /// JSON that cannot end a `<script>` element or open a comment: `<`, `>` and `&` as
    /// `\u003c`, `\u003e`, `\u0026`.
    public var forScriptElement: String {
        var out = ""
        for scalar in serialized.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .string(let text): JSON.quote(text, into: &out)
        case .number(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                JSON.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: indent, count: level)
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
