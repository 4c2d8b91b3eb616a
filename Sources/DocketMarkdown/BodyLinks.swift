import CCmark
import CMarkdownArena
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A link or image in a Markdown text: its destination as written (after cmark has read
/// escapes and entities) and where it starts in the text (1-based line and byte column).
public struct BodyLink: Hashable, Sendable {
    public let destination: String
    public let line: Int
    public let column: Int
    public let isImage: Bool
    /// For an image: whether it has a description (`![The court](…)`), read aloud in its place.
    public var hasDescription: Bool = true
}

/// Links in bodies that point into the site: found at load, to be checked against what the
/// site publishes, and rewritten as a body is rendered (the one walk of `Markdown.rewrite`),
/// so that a root-relative `/methodology/` works under a `base_url` path and a feed's copy
/// of a report links absolutely.
public enum BodyLinks {
    /// How the links of one rendered body are rewritten.
    public struct Rebase: Sendable, Equatable {
        /// `base_url`'s path (`/` or `/monitor/`): a root-relative link is put under it.
        public let basePath: String
        /// The path of the page the body is shown on (`/monitor/articles/x/`), for relative links.
        public let page: String
        /// `https://example.org` when every link to the site is made absolute (a feed); nil on a page.
        public let origin: String?
        /// True for a text shown on many pages (an event's, a correction's): a relative link is
        /// written from the site's root, resolved from `page` (the page of the file it is in).
        public let fromRoot: Bool
        /// The sizes of the images under `content/media/` the text shows, by path under `media/`
        /// (`court.png`): such an image is written with its size and `loading="lazy"`.
        public let images: [String: ImageDimensions]
        /// On a page in a language other than the default (`basePath` is `/monitor/az/`): the
        /// site's root (`/monitor/`), where the files every language shares are, so a link to
        /// `/media/…` leads there and not to `/monitor/az/media/…`. Nil on the default language's pages.
        public let sharedRoot: String?

        public init(basePath: String, page: String, origin: String? = nil, fromRoot: Bool = false,
                    images: [String: ImageDimensions] = [:], sharedRoot: String? = nil) {
            self.basePath = basePath
            self.page = page
            self.origin = origin
            self.fromRoot = fromRoot
            self.images = images
            self.sharedRoot = sharedRoot
        }

        /// Links as written: a site at the root of its host, on its own pages.
        public static let none = Rebase(basePath: "/", page: "/")

        /// This rebase with the sizes of the site's media images.
        public func showing(_ images: [String: ImageDimensions]) -> Rebase {
            Rebase(basePath: basePath, page: page, origin: origin, fromRoot: fromRoot, images: images, sharedRoot: sharedRoot)
        }

        var changesNothing: Bool { basePath == "/" && origin == nil && !fromRoot && sharedRoot == nil }

        /// A path this page's links lead to, moved to the shared root when it names a shared
        /// file (`/monitor/az/media/x.png` → `/monitor/media/x.png`).
        func shared(_ path: String) -> String {
            guard let sharedRoot, path.hasPrefix(basePath) else { return path }
            let rest = path.dropFirst(basePath.count)
            return rest.hasPrefix("media/") ? sharedRoot + rest : path
        }
    }

    /// What kind of address a destination is.
    public enum Kind: Equatable {
        /// With a scheme (`https:`, `mailto:`) or a host (`//host/`), or empty (cmark empties unsafe ones).
        case external
        /// `/methodology/`: from the site's root.
        case rootRelative
        /// `#part` or `?q`: this very page.
        case samePage
        /// `../x/`: from the page's own folder.
        case relative
    }

    public static func kind(_ destination: String) -> Kind {
        var bytes = destination.utf8[...]
        while let first = bytes.first, first == 32 || first == 9 { bytes = bytes.dropFirst() }
        guard let first = bytes.first else { return .external }
        if first == UInt8(ascii: "/") {
            return bytes.dropFirst().first == UInt8(ascii: "/") ? .external : .rootRelative
        }
        if first == UInt8(ascii: "\\") { return .external }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "?") { return .samePage }
        // A scheme is letters, digits, `+`, `-` and `.` before a `:` that comes before any `/`, `?` or `#`.
        for byte in bytes {
            if byte == UInt8(ascii: ":") { return .external }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
        }
        return .relative
    }

    /// `destination` (root-relative, relative or same-page) as a path from the root of the
    /// site, with its query and fragment: `../y/#a` on `/articles/x/` is `/articles/y/#a`.
    /// `page` is a path from the root ending in `/`. Nil when `..` climbs above the root.
    public static func resolve(_ destination: String, onPage page: String) -> String? {
        let text = Substring(destination).drop { $0 == " " || $0 == "\t" }
        let suffixStart = text.firstIndex { $0 == "?" || $0 == "#" } ?? text.endIndex
        let path = text[..<suffixStart]
        let suffix = text[suffixStart...]
        if path.isEmpty { return page + suffix }
        let joined = path.hasPrefix("/") ? String(path) : page + path
        // Dot segments removed as RFC 3986 does; the last segment kept as it is (`x/` or `x`).
        var parts: [Substring] = []
        let segments = joined.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".": if isLast { parts.append("") }
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                if isLast { parts.append("") }
            default: parts.append(segment)
            }
        }
        return "/" + parts.joined(separator: "/") + suffix
    }

    /// Rewrites the destination of a link or image node as `rebase` says (called for each
    /// link and image of the one walk over a rendered document).
    static func rewrite(_ node: OpaquePointer, _ rebase: Rebase) {
        guard !rebase.changesNothing, let url = cmark_node_get_url(node) else { return }
        let destination = String(cString: url)
        let rewritten: String
        switch kind(destination) {
        case .external:
            return
        case .rootRelative:
            rewritten = (rebase.origin ?? "") + rebase.shared(rebase.basePath + destination.drop { $0 == " " || $0 == "\t" }.dropFirst())
        case .relative where rebase.fromRoot && rebase.origin == nil:
            guard let path = resolve(destination, onPage: rebase.page) else { return }
            rewritten = rebase.shared(path)
        case .relative where rebase.sharedRoot != nil && rebase.origin == nil:
            guard let path = resolve(destination, onPage: rebase.page), rebase.shared(path) != path else { return }
            rewritten = rebase.shared(path)
        case .samePage, .relative:
            guard let origin = rebase.origin, let path = resolve(destination, onPage: rebase.page) else { return }
            rewritten = origin + rebase.shared(path)
        }
        cmark_node_set_url(node, rewritten)
    }

    // MARK: Finding links at load

    /// The links and images of a Markdown text that may lead into the site: none of
    /// `https://elsewhere/…`. `ownAddress` is `base_url`, whose absolute links count as the site's.
    /// Most bodies link only to other hosts; those are told apart by a look at their bytes
    /// (see `mayLinkIntoSite`) rather than parsed.
    public static func find(utf8 bytes: UnsafeBufferPointer<UInt8>, ownAddress: String?) -> [BodyLink] {
        let own = ownAddress.map(hostAndPath)
        guard mayLinkIntoSite(bytes, ownHostAndPath: own) else { return [] }
        defer { docket_cmark_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(Markdown.options, docket_cmark_arena()) else { return [] }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document else { return [] }
        var links: [BodyLink] = []
        forEachNode(in: document) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            guard kind(destination) != .external || own.map({ isOwn(destination, ownHostAndPath: $0) }) == true else { return }
            let isImage = type == CMARK_NODE_IMAGE
            links.append(BodyLink(destination: destination, line: Int(cmark_node_get_start_line(node)),
                                  column: Int(cmark_node_get_start_column(node)), isImage: isImage,
                                  hasDescription: !isImage || BodyImages.altText(node).contains { !$0.isWhitespace }))
        }
        return links
    }

    /// `base_url` without its scheme, lowercased: `example.org/monitor/`.
    static func hostAndPath(_ address: String) -> [UInt8] {
        let lower = Array(address.lowercased().utf8)
        guard let colon = lower.firstIndex(of: UInt8(ascii: ":")), lower[colon...].starts(with: "://".utf8) else { return lower }
        return Array(lower[(colon + 3)...])
    }

    /// True for `http://` or `https://` followed by the site's own host and path.
    public static func isOwn(_ url: String, ownAddress: String) -> Bool {
        isOwn(url, ownHostAndPath: hostAndPath(ownAddress))
    }

    static func isOwn(_ url: String, ownHostAndPath own: [UInt8]) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard let rest = afterWebScheme(bytes, at: 0) else { return false }
            return startsCaseless(bytes, at: rest, with: own)
        }
    }

    /// False only when every `](`, `]:` and `<` of the text is followed by an `http(s)://`
    /// address on another host: then no link of the text can lead into the site. Anything
    /// else (a path, an entity, another scheme) is looked at by parsing. The bytes are
    /// searched with `memchr`, as most of a body is prose with neither byte.
    static func mayLinkIntoSite(_ bytes: UnsafeBufferPointer<UInt8>, ownHostAndPath own: [UInt8]?) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count, let found = memchr(base + index, Int32(UInt8(ascii: "]")), count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            guard index < count, bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: ":") else { continue }
            var start = index + 1
            while start < count, bytes[start] == 32 || bytes[start] == 9 || bytes[start] == 10 || bytes[start] == UInt8(ascii: "<") { start += 1 }
            guard let rest = afterWebScheme(bytes, at: start) else { return true }
            if let own, startsCaseless(bytes, at: rest, with: own) { return true }
        }
        // An autolink (`<https://…>`) is always absolute: only one to the site's own address matters.
        guard let own else { return false }
        index = 0
        while index < count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            if let rest = afterWebScheme(bytes, at: index), startsCaseless(bytes, at: rest, with: own) { return true }
        }
        return false
    }

    /// Where the text after `http://` or `https://` (any case) at `start` begins; nil if neither is there.
    private static func afterWebScheme(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        if startsCaseless(bytes, at: start, with: https) { return start + 8 }
        if startsCaseless(bytes, at: start, with: http) { return start + 7 }
        return nil
    }

    private static let https = Array("https://".utf8)
    private static let http = Array("http://".utf8)

    /// True when the bytes from `start` begin with `prefix` (lowercase ASCII), ignoring ASCII case.
    private static func startsCaseless(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, with prefix: [UInt8]) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[start + offset]
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if lower != expected { return false }
        }
        return true
    }
}
