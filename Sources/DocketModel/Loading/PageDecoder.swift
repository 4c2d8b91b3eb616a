import DocketMarkdown

/// `content/pages/<slug>.md` → `Page`.
enum PageDecoder {
    static let keys = ["title", "summary", "order", "draft", "former_slugs"]
    static let what = "page front matter"

    struct Result {
        var page: Page?
        var links: [LinkReference] = []
        var diagnostics: [Diagnostic]
        /// `former_slugs`, where each is written (checked against other files by `FormerSlugs`).
        var formerSlugs: [SlugReference] = []
    }

    /// `config` is the site's settings: root-relative links in the body are put under its path.
    static func decode(bytes: [UInt8], path: String, config: SiteConfig? = nil, media: MediaLibrary? = nil) -> Result {
        let start = ContentStart(bytes: bytes, path: path, page: Route.page, keys: keys, what: what, config: config, media: media)
        var reader = start.reader
        let slug = start.slug
        if Route.reservedSlugs.contains(slug) {
            reader.report(.reservedSlug, "a page cannot be called \"\(slug)\": /\(slug)/ is used by the site itself; rename the file", line: 1)
        }
        guard let (file, fields) = start.opened else { return Result(page: nil, diagnostics: reader.diagnostics) }
        let title = reader.string("title", in: fields, required: true, what: what)
        let summary = reader.string("summary", in: fields, what: what)
        var order = 0
        if let node = reader.optional("order", in: fields), let text = reader.string(node, key: "order") {
            if let value = Int(text) { order = value } else { reader.report(.invalidValue, "\"order\" must be a whole number, not \"\(text)\"", at: node) }
        }
        let draft = reader.bool("draft", in: fields)
        let formerSlugs = RecordHistory.formerSlugs(fields, slug: slug, isPage: true, reader: &reader)
        guard let title, !reader.diagnostics.hasErrors else {
            return Result(page: nil, links: start.links.found, diagnostics: reader.diagnostics, formerSlugs: formerSlugs)
        }
        let basePath = config?.basePath ?? "/"
        let rebase = BodyLinks.Rebase(basePath: basePath, page: basePath + Route.page(slug).path, images: start.links.imageSizes)
        return Result(page: Page(slug: slug, path: path, title: title, summary: summary, order: order, draft: draft,
                                 bodyHTML: Markdown.renderDocument(file.frontMatter.body, links: rebase), formerSlugs: formerSlugs.map(\.slug)),
                      links: start.links.found, diagnostics: reader.diagnostics, formerSlugs: formerSlugs)
    }
}
