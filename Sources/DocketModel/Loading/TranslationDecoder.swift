import DocketMarkdown

/// A translation file (`content/prisoners/<slug>.<code>.md`, and the same for reports and pages)
/// → `Translation`: the words only. A key the original's kind has but a translation may not give
/// (a fact: a date, the status, a place, a slug…) is refused with `E050`, at its line; a key the
/// kind does not have at all is the usual unknown key.
enum TranslationDecoder {
    /// What a translation of each kind may give besides its body (`notes` are the translator's, never published).
    static func translatable(_ kind: SiteLoader.Kind) -> [String] {
        switch kind {
        case .prisoner: ["name", "aliases", "charges", "events", "sources", "corrections", "photo_credit", "notes"]
        case .article: ["title", "summary", "events", "sources", "corrections", "notes"]
        case .page: ["title", "summary"]
        }
    }

    /// Every key the original of each kind may have.
    static func originalKeys(_ kind: SiteLoader.Kind) -> [String] {
        switch kind {
        case .prisoner: PrisonerDecoder.keys
        case .article: ArticleDecoder.keys
        case .page: PageDecoder.keys
        }
    }

    static func what(_ kind: SiteLoader.Kind) -> String {
        switch kind {
        case .prisoner: "prisoner translation"
        case .article: "article translation"
        case .page: "page translation"
        }
    }

    struct Result {
        var translation: Translation?
        var links: [LinkReference] = []
        var diagnostics: [Diagnostic]
    }

    /// `slug` is the original's; `language` the translation's. `absolutePath`, when given, is
    /// where the file is: its body is rendered when its page is made.
    static func decode(bytes: [UInt8], path: String, slug: String, language: SiteLanguage, kind: SiteLoader.Kind,
                       file absolutePath: String? = nil, config: SiteConfig?, media: MediaLibrary? = nil) -> Result {
        var reader = FieldReader(file: path, lineOffset: 1)
        let route: Route = switch kind {
        case .prisoner: .prisoner(slug)
        case .article: .article(slug)
        case .page: .page(slug)
        }
        var links = LinkReferences(config: config, page: "/" + route.path, file: path, media: media)
        let basePath = config?.basePath ?? "/"
        let languageBase = basePath + language.folder
        links.renderBasePath = languageBase
        let originalFile = path.dropLast(".\(language.code).md".utf8.count) + ".md"
        guard let file = ContentFile.parse(bytes: bytes, path: path, reader: &reader),
              let fields = reader.fields(of: file.root, allowed: originalKeys(kind), what: what(kind)) else {
            return Result(translation: nil, diagnostics: reader.diagnostics)
        }
        if file.checkBodyRenderCost(reader: &reader) { links.noteBody(of: file.frontMatter) }
        let allowed = translatable(kind)
        for entry in fields.entries where !allowed.contains(entry.0) {
            reader.report(.factInTranslation, "facts come from the default language's file only: \"\(entry.0)\" cannot be given in a translation; change it in \(originalFile)", at: entry.1)
        }
        var translation = Translation(code: language.code, path: path, body: file.body(bytes: bytes, file: absolutePath))
        translation.name = reader.string(kind == .prisoner ? "name" : "title", in: fields, what: what(kind))
        if fields["aliases"] != nil { translation.aliases = reader.stringList("aliases", in: fields).map(\.0) }
        translation.summary = reader.string("summary", in: fields, what: what(kind))
        translation.photoCredit = reader.string("photo_credit", in: fields, what: what(kind))
        _ = reader.string("notes", in: fields, what: what(kind))
        translation.events = texts("events", of: fields, key: "text", originalFile: originalFile, reader: &reader, links: &links)
        translation.corrections = texts("corrections", of: fields, key: "text", originalFile: originalFile, reader: &reader, links: &links)
        translation.sources = texts("sources", of: fields, key: "title", originalFile: originalFile, reader: &reader, links: &links,
                                    rendersMarkdown: false).map(\.text)
        translation.charges = charges(fields, originalFile: originalFile, reader: &reader)
        for list in ["events", "sources", "corrections", "charges"] {
            guard let node = fields[list]?.key else { continue }
            let (line, column) = reader.position(of: node)
            translation.listPositions[list] = SourcePosition(line: line, column: column)
        }
        if kind == .page {
            let rebase = BodyLinks.Rebase(basePath: languageBase, page: languageBase + route.path, images: links.imageSizes,
                                          sharedRoot: language.isDefault ? nil : basePath)
            translation.pageBodyHTML = Markdown.renderDocument(file.frontMatter.body, links: rebase)
        }
        guard !reader.diagnostics.hasErrors else {
            return Result(translation: nil, links: links.found, diagnostics: reader.diagnostics)
        }
        return Result(translation: translation, links: links.found, diagnostics: reader.diagnostics)
    }

    /// A list of items each giving only `key` (`text` or `title`), in the original's order; any
    /// other key of the original's items is a fact. `rendersMarkdown`: texts are Markdown rendered
    /// inline (their links noted in `links`), else plain text.
    private static func texts(_ list: String, of fields: FieldReader.Fields, key: String, originalFile: Substring,
                              reader: inout FieldReader, links: inout LinkReferences, rendersMarkdown: Bool = true) -> [Translation.Text] {
        guard let node = reader.optional(list, in: fields) else { return [] }
        guard case .sequence(let items, _) = node else {
            reader.report(.wrongType, "\"\(list)\" in a translation must be a list, in the order of the original's, each with \"\(key)\"; not \(reader.describe(node))", at: node)
            return []
        }
        let itemKeys: [String] = switch list {
        case "events": SharedFields.eventKeys
        case "sources": SharedFields.sourceKeys
        default: RecordHistory.correctionKeys
        }
        var found: [Translation.Text] = []
        for (index, item) in items.enumerated() {
            let itemWhat = "item \(index + 1) of \"\(list)\""
            guard let entry = reader.fields(of: item, allowed: itemKeys, what: itemWhat) else { continue }
            for field in entry.entries where field.0 != key && field.0 != "notes" {
                reader.report(.factInTranslation, "facts come from the default language's file only: \"\(field.0)\" of \(itemWhat) cannot be given in a translation; a translation gives only \"\(key)\", in the original's order (change the fact in \(originalFile))", at: field.1)
            }
            guard let textNode = reader.require(key, in: entry, what: itemWhat), let text = reader.string(textNode, key: key) else { continue }
            let (line, column) = reader.position(of: textNode)
            let html = rendersMarkdown ? links.renderInline(text, line: line, column: column) : Markdown.escapeText(text)
            found.append(Translation.Text(text: text, html: html))
        }
        return found
    }

    /// `charges`: the texts of the current detention's charges, by position: each a text, or a
    /// mapping with only `text` (an article and its code are facts).
    private static func charges(_ fields: FieldReader.Fields, originalFile: Substring, reader: inout FieldReader) -> [String?] {
        guard let node = reader.optional("charges", in: fields) else { return [] }
        guard case .sequence(let items, _) = node else {
            reader.report(.wrongType, "\"charges\" in a translation must be a list of the charges' texts, in the original's order; not \(reader.describe(node))", at: node)
            return []
        }
        var texts: [String?] = []
        for (index, item) in items.enumerated() {
            if case .scalar = item {
                texts.append(reader.string(item, key: "charges"))
                continue
            }
            let itemWhat = "item \(index + 1) of \"charges\""
            guard let entry = reader.fields(of: item, allowed: ChargeField.keys, what: itemWhat) else { texts.append(nil); continue }
            for field in entry.entries where field.0 != "text" {
                reader.report(.factInTranslation, "facts come from the default language's file only: \"\(field.0)\" of \(itemWhat) cannot be given in a translation; give the charge's \"text\" only (change the article in \(originalFile))", at: field.1)
            }
            texts.append(reader.string("text", in: entry, what: itemWhat))
        }
        return texts
    }
}
