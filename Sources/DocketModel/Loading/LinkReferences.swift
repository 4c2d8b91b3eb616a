import DocketMarkdown

/// A link from a content file into the site, with where it was written, checked once all
/// files are read (see `CrossReferences`).
public struct LinkReference: Hashable, Sendable {
    /// The path it leads to from the site's root, with any query and fragment
    /// (`/prisoners/x/#e-1`); nil when `..` climbs above the root.
    public let path: String?
    /// The destination as written, for messages.
    public let written: String
    public let isImage: Bool
    /// True for a URL at the site's own address (`https://example.org/x/`) rather than a path.
    public let isAbsolute: Bool
    public let file: String
    public let line: Int
    public let column: Int
}

/// The links into the site that one file makes: its body's links and images (found without
/// parsing when none can lead into the site, see `BodyLinks.find`), and source URLs at the
/// site's own address.
struct LinkReferences {
    /// `base_url`; nil when `content/site.yml` could not be read.
    let ownAddress: String?
    /// The page the file becomes, from the site's root (`/prisoners/x/`): relative links start there.
    let page: String
    let file: String
    private(set) var found: [LinkReference] = []

    init(config: SiteConfig?, page: String, file: String) {
        ownAddress = config?.baseURL
        self.page = page
        self.file = file
    }

    /// Every link and image of the body, at its line in the file (front matter lines counted).
    mutating func noteBody(of frontMatter: FrontMatter) {
        let links = frontMatter.bodyBytes.withUnsafeBufferPointer { BodyLinks.find(utf8: $0, ownAddress: ownAddress) }
        for link in links {
            note(link.destination, isImage: link.isImage, line: frontMatter.bodyFirstLine + link.line - 1, column: link.column)
        }
    }

    /// A source's URL: noted when it is at the site's own address.
    mutating func noteURL(_ url: String, line: Int, column: Int) {
        guard let ownAddress, BodyLinks.isOwn(url, ownAddress: ownAddress) else { return }
        note(url, isImage: false, line: line, column: column)
    }

    private mutating func note(_ destination: String, isImage: Bool, line: Int, column: Int) {
        let path: String?
        var isAbsolute = false
        switch BodyLinks.kind(destination) {
        case .samePage:
            return
        case .rootRelative, .relative:
            path = BodyLinks.resolve(destination, onPage: page)
        case .external:
            guard let ownAddress, let rest = Self.remainder(of: destination, after: ownAddress) else { return }
            path = BodyLinks.resolve("/" + rest, onPage: page)
            isAbsolute = true
        }
        found.append(LinkReference(path: path, written: destination, isImage: isImage, isAbsolute: isAbsolute,
                                   file: file, line: line, column: column))
    }

    /// What follows `base_url` in a URL at the site's own address (scheme and host in any case).
    static func remainder(of url: String, after ownAddress: String) -> Substring? {
        guard let urlScheme = url.range(of: "://"), let ownScheme = ownAddress.range(of: "://") else { return nil }
        let ownRest = ownAddress[ownScheme.upperBound...]
        let urlRest = url[urlScheme.upperBound...]
        guard urlRest.utf8.count >= ownRest.utf8.count else {
            // `https://example.org/monitor` without its last slash is the home page.
            return urlRest.lowercased() + "/" == ownRest.lowercased() ? "" : nil
        }
        let end = urlRest.utf8.index(urlRest.startIndex, offsetBy: ownRest.utf8.count)
        guard urlRest[..<end].lowercased() == ownRest.lowercased() else { return nil }
        return urlRest[end...]
    }
}
