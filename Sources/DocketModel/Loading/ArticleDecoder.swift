import DocketMarkdown

/// `content/articles/<slug>.md` → `Article`, with every problem reported.
enum ArticleDecoder {
    static let keys = ["title", "date", "summary", "author", "prisoners", "tags", "sources", "events", "draft",
                             "embargo_until", "notes", "former_slugs", "corrections"]
    static let what = "article front matter"

    struct Result {
        var article: Article?
        var references: [SlugReference]
        var links: [LinkReference] = []
        var diagnostics: [Diagnostic]
        /// `former_slugs`, where each is written (checked against other files by `FormerSlugs`).
        var formerSlugs: [SlugReference] = []
    }

    /// `config` is the site's settings, for links at the site's own address (nil: none is known).
    static func decode(bytes: [UInt8], path: String, file absolutePath: String? = nil, config: SiteConfig? = nil,
                       asOf: PartialDate? = nil, media: MediaLibrary? = nil) -> Result {
        let start = ContentStart(bytes: bytes, path: path, page: Route.article, keys: keys, what: what, config: config, media: media)
        var (reader, links) = (start.reader, start.links)
        reader.asOf = asOf
        let slug = start.slug
        guard let (file, fields) = start.opened else {
            return Result(article: nil, references: [], diagnostics: reader.diagnostics)
        }
        var references: [SlugReference] = []
        let title = reader.string("title", in: fields, required: true, what: what)
        let date = reader.date("date", in: fields, required: true, what: what)
        if let date, date.precision != .day {
            reader.report(.invalidDate, "an article's \"date\" must be a full date YYYY-MM-DD, not \"\(date)\"", at: fields["date"]?.value)
        }
        let summary = reader.string("summary", in: fields, what: what)
        let author = reader.string("author", in: fields, what: what)
        var prisoners: [String] = []
        for (prisoner, node) in reader.stringList("prisoners", in: fields) {
            let (line, column) = reader.position(of: node)
            references.append(SlugReference(slug: prisoner, file: path, line: line, column: column))
            if prisoners.contains(prisoner) {
                reader.report(.duplicateEntry, "prisoner \"\(prisoner)\" is named twice", at: node)
            } else {
                prisoners.append(prisoner)
            }
        }
        var tags: [String] = []
        for (tag, _) in reader.stringList("tags", in: fields) where !tags.contains(tag) { tags.append(tag) }
        let sources = SharedFields.sources(fields, reader: &reader, links: &links)
        let draft = reader.bool("draft", in: fields)
        let embargoUntil = reader.moment("embargo_until", in: fields)
        _ = reader.string("notes", in: fields, what: what)  // checked, never kept: notes are for editors only
        let events = SharedFields.events(fields, sources: sources, origin: .article(slug: slug), owner: nil,
                                         reader: &reader, references: &references, links: &links)
        let formerSlugs = RecordHistory.formerSlugs(fields, slug: slug, reader: &reader)
        let corrections = RecordHistory.corrections(fields, reader: &reader, links: &links)
        SiteDateChecks.report(fields, date: date, heldBack: draft || embargoUntil != nil, reader: &reader)
        guard let title, let date, !reader.diagnostics.hasErrors else {
            return Result(article: nil, references: references, links: links.found, diagnostics: reader.diagnostics,
                          formerSlugs: formerSlugs)
        }
        let article = Article(Article.Record(slug: slug, path: path, title: title, date: date, summary: summary, author: author,
                              prisoners: prisoners, tags: tags, sources: sources, events: events, draft: draft,
                              body: file.body(bytes: bytes, file: absolutePath), embargoUntil: embargoUntil,
                              formerSlugs: formerSlugs.map(\.slug), corrections: corrections))
        return Result(article: article, references: references, links: links.found, diagnostics: reader.diagnostics,
                      formerSlugs: formerSlugs)
    }
}
