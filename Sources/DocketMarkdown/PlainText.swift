import Foundation

extension Markdown {
    /// The text of safe HTML from this wrapper, for places that take no markup (data files):
    /// tags and comments removed, entities decoded.
    public static func plainText(fromHTML html: String) -> String {
        // By UTF-8 bytes: `<`, `>` and `-` are ASCII, so every cut is on a character boundary.
        let bytes = html.utf8
        guard bytes.contains(60) else { return decodeEntities(html) }
        var out = ""
        var rest = Substring(html)
        while let open = rest.utf8.firstIndex(of: 60) {
            out += rest[..<open]
            let tag = rest[open...]
            if tag.utf8.starts(with: "<!--".utf8), let end = tag.utf8.indices.firstIndex(where: { tag.utf8[$0...].starts(with: "-->".utf8) }) {
                rest = tag[tag.utf8.index(end, offsetBy: 3)...]
            } else if let close = tag.utf8.firstIndex(of: 62) {
                rest = tag[tag.utf8.index(after: close)...]
            } else {
                rest = tag[tag.endIndex...]
            }
        }
        out += rest
        return decodeEntities(out)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(38) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.utf8.firstIndex(of: 38) {
            out += rest[..<amp]
            let after = rest[rest.utf8.index(after: amp)...]
            guard let semicolon = after.utf8.prefix(12).firstIndex(of: 59) else {
                out += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                    decoded = String(scalar)
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                    decoded = String(scalar)
                }
            }
            if let decoded {
                out += decoded
                rest = after[after.utf8.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}
