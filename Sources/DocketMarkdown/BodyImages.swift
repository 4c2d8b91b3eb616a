import CCmark
import CMarkdownArena
import DocketSupport

/// An image from `content/media/` shown in a body or an event text: its size, so the page
/// reserves its space before it loads (as a prisoner's photo does).
public struct ImageDimensions: Hashable, Sendable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Images of the site's own media, written with their size and `loading="lazy"`:
/// `<img src="/media/court.png" alt="The court" width="640" height="480" loading="lazy" />`.
enum BodyImages {
    /// The path under `media/` that an image's destination names (`/media/a%20b.png` → `a b.png`),
    /// once `rebase` would have put it under the base path; nil when it names no file there.
    static func mediaPath(_ destination: String, _ rebase: BodyLinks.Rebase) -> String? {
        let path: String?
        switch BodyLinks.kind(destination) {
        case .rootRelative: path = BodyLinks.resolve(destination, onPage: "/")
        case .relative:
            guard let resolved = BodyLinks.resolve(destination, onPage: rebase.page), resolved.hasPrefix(rebase.basePath) else { return nil }
            path = "/" + resolved.dropFirst(rebase.basePath.count)
        case .external, .samePage: path = nil
        }
        guard let path else { return nil }
        let bare = path.prefix { $0 != "?" && $0 != "#" }
        guard bare.hasPrefix("/media/") else { return nil }
        return BodyLinks.percentDecoded(bare.dropFirst("/media/".count))
    }

    /// A node that writes `image` (already rebased) as a sized, lazily loaded `<img>`; the caller
    /// puts it in the image's place.
    static func sizedImage(_ image: OpaquePointer, _ size: ImageDimensions) -> OpaquePointer? {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, docket_cmark_arena()) else { return nil }
        let source = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
        var html = "<img src=\"" + escapeHref(source) + "\" alt=\"" + Markdown.escapeText(altText(image)) + "\""
        if let title = cmark_node_get_title(image), title.pointee != 0 {
            html += " title=\"" + Markdown.escapeText(String(cString: title)) + "\""
        }
        html += " width=\"\(size.width)\" height=\"\(size.height)\" loading=\"lazy\" />"
        cmark_node_set_on_enter(node, html)
        cmark_node_set_on_exit(node, "")
        return node
    }

    /// The image's description as text, as cmark writes it in `alt`: the words of its
    /// children, a line break as a space.
    static func altText(_ image: OpaquePointer) -> String {
        var text = ""
        forEachNode(in: image) { node in
            guard node != image else { return }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// A URL for an `src` attribute, as cmark escapes a link's: bytes outside the safe set
    /// percent-encoded, `&` and `'` as entities.
    static func escapeHref(_ url: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "'"): out += Array("&#x27;".utf8)
            case _ where isSafe(byte): out.append(byte)
            default: out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSafe(_ byte: UInt8) -> Bool {
        if (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) { return true }
        return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
    }
}

extension BodyLinks {
    /// `%XX` sequences decoded (a file name with a space is linked as `a%20b.png`); the text
    /// as it is when they do not make UTF-8.
    public static func percentDecoded<Text: StringProtocol>(_ text: Text) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? String(text)
    }
}
