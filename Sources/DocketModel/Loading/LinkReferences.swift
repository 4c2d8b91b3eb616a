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
    /// For an image: whether it has a description (alt text).
    public var hasDescription: Bool = true
    /// For a link or image to `/media/<file>`: the file in `content/media/` as loading read it,
    /// or what is wrong with it; nil for other links, and when no media folder was looked at
    /// (a file decoded in memory).
    var media: Result<MediaFile, MediaProblem>? = nil
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
    /// `base_url`'s path (`/monitor/`): where texts rendered at load put root-relative links.
    let basePath: String
    /// Where `/media/<file>` links are looked for; nil when decoding in memory.
    let media: MediaLibrary?
    /// For a translation: the language's base path (`/monitor/az/`), under which its texts rendered
    /// at load put root-relative links; nil: `basePath`.
    var renderBasePath: String? = nil
    private(set) var found: [LinkReference] = []

    init(config: SiteConfig?, page: String, file: String, media: MediaLibrary? = nil) {
        ownAddress = config?.baseURL
        basePath = config?.basePath ?? "/"
        self.page = page
        self.file = file
        self.media = media
    }

    /// Every link and image of the body, at its line in the file (front matter lines counted).
    mutating func noteBody(of frontMatter: FrontMatter) {
        let links = frontMatter.bodyBytes.withUnsafeBufferPointer { BodyLinks.find(utf8: $0, ownAddress: ownAddress) }
        for link in links {
            note(link.destination, isImage: link.isImage, hasDescription: link.hasDescription,
                 line: frontMatter.bodyFirstLine + link.line - 1, column: link.column)
        }
    }

    /// An event's or a correction's text, shown on many pages (the person's, the timeline, a
    /// feed): its links are noted at the text's own position (`line`, `column`: where the value
    /// starts), and the text is rendered with root-relative links under the base path, relative
    /// ones resolved from the file's page, and its media images sized.
    mutating func renderInline(_ text: String, line: Int, column: Int) -> String {
        let before = found.count
        var source = text
        let links = source.withUTF8 { BodyLinks.find(utf8: $0, ownAddress: ownAddress) }
        // Most texts link nowhere in the site (or nowhere at all): nothing to rewrite.
        guard !links.isEmpty else { return Markdown.renderInline(text) }
        for link in links {
            note(link.destination, isImage: link.isImage, hasDescription: link.hasDescription, line: line, column: column)
        }
        let base = renderBasePath ?? basePath
        return Markdown.renderInline(text, links: BodyLinks.Rebase(basePath: base, page: base + page.dropFirst(),
                                                                   fromRoot: true, images: Self.imageSizes(found[before...]),
                                                                   sharedRoot: renderBasePath == nil ? nil : basePath))
    }

    /// The sizes of the media images found, by path under `media/` (for a text rendered at load).
    var imageSizes: [String: ImageDimensions] { Self.imageSizes(found[...]) }

    static func imageSizes(_ links: ArraySlice<LinkReference>) -> [String: ImageDimensions] {
        var images: [String: ImageDimensions] = [:]
        for link in links where link.isImage {
            if case .success(let file)? = link.media, let size = file.dimensions { images[file.path] = size }
        }
        return images
    }

    /// A source's URL: noted when it is at the site's own address.
    mutating func noteURL(_ url: String, line: Int, column: Int) {
        guard let ownAddress, BodyLinks.isOwn(url, ownAddress: ownAddress) else { return }
        note(url, isImage: false, line: line, column: column)
    }

    private mutating func note(_ destination: String, isImage: Bool, hasDescription: Bool = true, line: Int, column: Int) {
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
        var link = LinkReference(path: path, written: destination, isImage: isImage, isAbsolute: isAbsolute,
                                 file: file, line: line, column: column, hasDescription: hasDescription)
        if let media, let path, let name = Self.mediaFile(path) {
            link.media = media.linked(name, named: "\(isImage ? "image" : "link to") \(destination)", image: isImage)
        }
        found.append(link)
    }

    /// The file under `content/media/` that a path from the site's root names (`/media/a%20b.png#x`
    /// → `a b.png`); nil for any other path.
    static func mediaFile(_ path: String) -> String? {
        let bare = path.prefix { $0 != "?" && $0 != "#" }
        guard bare.hasPrefix("/media/") else { return nil }
        return BodyLinks.percentDecoded(bare.dropFirst("/media/".count))
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
