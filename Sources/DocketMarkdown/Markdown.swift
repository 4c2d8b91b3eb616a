import CCmark
import CMarkdownArena
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Markdown to HTML through libcmark, always in its safe mode.
///
/// Every call parses its own document and frees every cmark allocation before it
/// returns, so the functions are safe to call from many threads at once.
/// What the output never contains:
/// - raw HTML from the source (cmark's safe mode replaces it with a comment),
/// - `javascript:`, `vbscript:`, `file:` and non-image `data:` links (emptied by cmark),
/// - images from another host (turned into plain links, so a page loads nothing from elsewhere).
public enum Markdown {
    /// The cmark options used for every render. `CMARK_OPT_UNSAFE` is never set.
    static let options: Int32 = CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART

    /// Renders a whole Markdown document (a biography, a report) to HTML.
    ///
    /// - Parameter headingOffset: added to every heading level (capped at 6), so a `#`
    ///   heading in a body sits below the page's own `<h1>` and section `<h2>`.
    /// - Parameter links: how links into the site are rewritten (see `BodyLinks.Rebase`).
    public static func renderDocument(_ markdown: String, headingOffset: Int = 1, links: BodyLinks.Rebase = .none) -> String {
        var source = markdown
        return source.withUTF8 { renderDocument(utf8: $0, headingOffset: headingOffset, links: links) }
    }

    /// `renderDocument` for UTF-8 bytes already checked (a content file's body, read again).
    public static func renderDocument(utf8 bytes: UnsafeBufferPointer<UInt8>, headingOffset: Int = 1,
                                      links: BodyLinks.Rebase = .none) -> String {
        render(bytes, { document in rewrite(document, headingOffset: headingOffset, links: links) },
               output: { $0.map { String(cString: $0) } ?? "" })
    }

    /// `renderDocument(utf8:)` giving the HTML as UTF-8 bytes, for a page built of bytes.
    public static func renderDocumentBytes(utf8 bytes: UnsafeBufferPointer<UInt8>, headingOffset: Int = 1,
                                           links: BodyLinks.Rebase = .none) -> [UInt8] {
        render(bytes, { document in rewrite(document, headingOffset: headingOffset, links: links) }, output: { html in
            html.map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? []
        })
    }

    /// Renders one line of inline Markdown (an event's text) to HTML without the surrounding
    /// `<p>`. Only inline Markdown counts: emphasis, code, links and the like. What would start
    /// a block (`# `, `1986. `, `- `, `> `, a fence, a rule, four spaces, an HTML block, a link
    /// reference definition) is shown as the text it is, and line breaks become spaces.
    /// `links` rewrites its links into the site, as a body's (`BodyLinks.Rebase`).
    public static func renderInline(_ markdown: String, links: BodyLinks.Rebase = .none) -> String {
        if isPlainSentence(markdown) { return markdown }
        return renderInlineMarkdown(markdown, links: links)
    }

    /// `renderInline` without its shortcut for plain sentences.
    ///
    /// The text is made one line, without the leading blanks a paragraph drops, and put behind
    /// a no-break space: no block starts with that character, so cmark reads the line as one
    /// paragraph, and for emphasis and smart quotes the character is white space, as the
    /// start of a line is. The space is taken out of the tree before rendering.
    static func renderInlineMarkdown(_ markdown: String, links: BodyLinks.Rebase = .none) -> String {
        let line = markdown.split(whereSeparator: \.isNewline).joined(separator: " ").drop { $0 == " " || $0 == "\t" }
        var source = noBreakSpace + line
        var isOneParagraph = false
        let html = source.withUTF8 { bytes in
            render(bytes, { document in
                rewrite(document, headingOffset: 0, links: links)
                isOneParagraph = removeLeadingNoBreakSpace(document)
            }, output: { $0.map { String(cString: $0) } ?? "" })
        }
        // Never so, but should cmark read the line otherwise, its words are shown as they are.
        guard isOneParagraph else { return escapeText(String(line)) }
        return stripParagraph(html)
    }

    private static let noBreakSpace = "\u{A0}"

    /// Takes the no-break space `renderInlineMarkdown` put first out of the document's one
    /// paragraph; false (and nothing changed) if the document is not that paragraph.
    private static func removeLeadingNoBreakSpace(_ document: OpaquePointer) -> Bool {
        guard let paragraph = cmark_node_first_child(document), cmark_node_next(paragraph) == nil,
              cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(text) else { return false }
        let prefix = Array(noBreakSpace.utf8)
        guard strlen(literal) >= prefix.count,
              literal.withMemoryRebound(to: UInt8.self, capacity: prefix.count, { Array(UnsafeBufferPointer(start: $0, count: prefix.count)) }) == prefix
        else { return false }
        if literal[prefix.count] == 0 {
            cmark_node_free(text)
        } else {
            cmark_node_set_literal(text, literal + prefix.count)
        }
        return true
    }

    private static func render<Output>(_ bytes: UnsafeBufferPointer<UInt8>, _ transform: (OpaquePointer) -> Void,
                                       output: (UnsafeMutablePointer<CChar>?) -> Output) -> Output {
        // Every cmark allocation of this document comes from the thread's arena and is
        // given back at once when the document is done.
        defer { docket_cmark_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(options, docket_cmark_arena()) else { return output(nil) }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document else { return output(nil) }
        transform(document)
        guard let rendered = cmark_render_html(document, options) else { return output(nil) }
        // The renderer allocates with the document's allocator; anything else is freed here.
        defer { if docket_cmark_arena_owns(rendered) == 0 { free(rendered) } }
        return output(rendered)
    }

    /// Walks the tree once: shifts heading levels, turns images from other hosts into links,
    /// rewrites links into the site (`BodyLinks.rewrite`) and gives images of the site's media
    /// their size (`BodyImages`).
    private static func rewrite(_ document: OpaquePointer, headingOffset: Int, links: BodyLinks.Rebase = .none) {
        var remoteImages: [OpaquePointer] = []
        var sizedImages: [(OpaquePointer, ImageDimensions)] = []
        forEachNode(in: document) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING where headingOffset != 0:
                let level = Int(cmark_node_get_heading_level(node))
                cmark_node_set_heading_level(node, Int32(min(6, max(1, level + headingOffset))))
            case CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !isLocalImage(url) {
                    remoteImages.append(node)
                } else {
                    if !links.images.isEmpty, let media = BodyImages.mediaPath(url, links), let size = links.images[media] {
                        sizedImages.append((node, size))
                    }
                    BodyLinks.rewrite(node, links)
                }
            case CMARK_NODE_LINK:
                BodyLinks.rewrite(node, links)
            default:
                break
            }
        }
        for image in remoteImages { replaceImageWithLink(image) }
        for (image, size) in sizedImages {
            guard let sized = BodyImages.sizedImage(image, size) else { continue }
            cmark_node_replace(image, sized)
            cmark_node_free(image)
        }
    }

    /// A local image is a path on this site: no scheme and no `//` host.
    static func isLocalImage(_ url: String) -> Bool {
        let trimmed = url.trimmingLeadingSpaces()
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("\\") { return false }
        if let colon = trimmed.firstIndex(of: ":") {
            let beforeColon = trimmed[..<colon]
            if !beforeColon.contains("/") && !beforeColon.contains("?") && !beforeColon.contains("#") { return false }
        }
        return true
    }

    private static func replaceImageWithLink(_ image: OpaquePointer) {
        guard let link = cmark_node_new_with_mem(CMARK_NODE_LINK, docket_cmark_arena()) else { return }
        if let url = cmark_node_get_url(image) { cmark_node_set_url(link, url) }
        if let title = cmark_node_get_title(image) { cmark_node_set_title(link, title) }
        while let child = cmark_node_first_child(image) {
            cmark_node_unlink(child)
            cmark_node_append_child(link, child)
        }
        if cmark_node_first_child(link) == nil, let text = cmark_node_new_with_mem(CMARK_NODE_TEXT, docket_cmark_arena()) {
            cmark_node_set_literal(text, "image")
            cmark_node_append_child(link, text)
        }
        cmark_node_replace(image, link)
        cmark_node_free(image)
    }

    /// True for text that cmark would give back unchanged: letters, digits, single spaces
    /// and a few punctuation marks that no Markdown rule, smart punctuation or HTML escape
    /// touches, starting with a letter (so never a list, a heading or a quote) and ending
    /// without a space. Most event texts are such sentences; parsing them costs more than the rest of their event.
    static func isPlainSentence(_ text: String) -> Bool {
        var previous: UInt8 = 32
        var first = true
        for byte in text.utf8 {
            let letter = byte >= 0x80 || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
            if first {
                guard letter else { return false }
                first = false
            } else {
                switch byte {
                case 32: if previous == 32 { return false }
                case 46: if previous == 46 { return false }  // "..." becomes an ellipsis
                case 44, 59, 58, 40, 41, 37: break  // , ; : ( ) %
                default: if !letter && !(byte >= 48 && byte <= 57) { return false }
                }
            }
            previous = byte
        }
        return !first && previous != 32
    }

    private static func stripParagraph(_ html: String) -> String {
        var text = Substring(html)
        while text.last == "\n" { text = text.dropLast() }
        if text.hasPrefix("<p>") && text.hasSuffix("</p>") {
            text = text.dropFirst(3).dropLast(4)
        }
        return String(text)
    }
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> Substring {
        self.drop { $0 == " " || $0 == "\t" }
    }
}
