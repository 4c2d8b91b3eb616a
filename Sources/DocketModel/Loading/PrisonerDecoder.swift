import DocketMarkdown

/// `content/prisoners/<slug>.md` → `Prisoner`, with every problem reported.
enum PrisonerDecoder {
    static let keys = [
        "name", "aliases", "name_native", "country", "status", "profession", "outlet", "arrested", "charges",
        "sentence", "released", "lawyer", "prison", "updated", "sources", "events", "draft",
        "photo", "photo_credit", "embargo_until", "notes", "former_slugs", "corrections",
        "detentions", "release_kind", "patronymic", "tags",
    ]
    static let what = "prisoner front matter"

    struct Result {
        var prisoner: Prisoner?
        var references: [SlugReference]
        var links: [LinkReference] = []
        var diagnostics: [Diagnostic]
        /// `former_slugs`, where each is written (checked against other files by `FormerSlugs`).
        var formerSlugs: [SlugReference] = []
        /// The name, aliases and native name, for `DuplicatePeople`; given even when the file has errors.
        var names: [PersonName] = []
    }

    /// `config` is the site's settings, for links at the site's own address (nil: none is known).
    static func decode(bytes: [UInt8], path: String, file absolutePath: String? = nil, media: MediaLibrary? = nil,
                       config: SiteConfig? = nil, asOf: PartialDate? = nil,
                       lists: ContentLists = ContentLists()) -> Result {
        let start = ContentStart(bytes: bytes, path: path, page: Route.prisoner, keys: keys, what: what, config: config, media: media)
        var (reader, links) = (start.reader, start.links)
        reader.asOf = asOf
        let slug = start.slug
        if let use = Route.reservedPrisonerSlugs[slug] {
            reader.report(.reservedSlug, "a prisoner cannot be called \"\(slug)\": /prisoners/\(slug)/ \(use); rename the file", line: 1)
        }
        guard let (file, fields) = start.opened else {
            return Result(prisoner: nil, references: [], diagnostics: reader.diagnostics)
        }
        var references: [SlugReference] = []
        let name = reader.string("name", in: fields, required: true, what: what)
        let country = reader.require("country", in: fields, what: what).flatMap { node in
            reader.string(node, key: "country").flatMap { text -> Country? in
                switch CountryList(declared: config?.countries ?? []).resolve(text) {
                case .success(let country): return country
                // Without the site's settings (site.yml is broken, and says so) the places it
                // declares are unknown: a name is not called unknown for that.
                case .failure(.unknown) where config == nil: return Country(name: text, code: nil)
                case .failure(let problem): reader.report(problem.code, problem.message(text), at: node); return nil
                }
            }
        }
        let status = reader.require("status", in: fields, what: what).flatMap {
            reader.oneOf(PrisonerStatus.self, $0, key: "status", noun: "status")
        }
        let aliasNodes = reader.stringList("aliases", in: fields)
        let aliases = aliasNodes.map(\.0)
        let (nameNative, nameNativeLanguage) = Self.nameNative(fields, reader: &reader)
        let (patronymic, tags) = RecordFields.patronymicAndTags(fields, reader: &reader)
        let profession = reader.string("profession", in: fields, what: what)
        let outlet = reader.string("outlet", in: fields, what: what)
        let detentions = DetentionDecoder.decode(fields, status: status, reader: &reader, lists: lists)
        let lawyer = reader.string("lawyer", in: fields, what: what)
        let updated = reader.date("updated", in: fields, what: what)
        let sources = SharedFields.sources(fields, reader: &reader, links: &links)
        let draft = reader.bool("draft", in: fields)
        var photo: Photo?
        if let node = reader.optional("photo", in: fields), let value = reader.string(node, key: "photo"), let media {
            switch media.photo(value) {
            case .success(let found): photo = found
            case .failure(let problem): reader.report(problem.code, problem.message, at: node)
            }
        }
        let photoCredit = reader.string("photo_credit", in: fields, what: what)
        if photoCredit != nil && fields["photo"] == nil {
            reader.report(.creditWithoutPhoto, "\"photo_credit\" is set but there is no \"photo\"", at: fields["photo_credit"]?.key)
        }
        let embargoUntil = reader.moment("embargo_until", in: fields)
        _ = reader.string("notes", in: fields, what: what)  // checked, never kept: notes are for editors only
        var events = SharedFields.events(fields, sources: sources, origin: .prisoner(slug: slug), owner: slug,
                                         reader: &reader, references: &references, links: &links)

        let formerSlugs = RecordHistory.formerSlugs(fields, slug: slug, isPrisoner: true, reader: &reader)
        let corrections = RecordHistory.corrections(fields, reader: &reader, links: &links)

        SiteDateChecks.prisoner(fields, updated: updated, reader: &reader)

        let names = personNames(name: name, aliases: aliasNodes, nameNative: nameNative, patronymic: patronymic,
                                fields: fields, reader: reader)
        guard let name, let country, let status, !reader.diagnostics.hasErrors else {
            return Result(prisoner: nil, references: references, links: links.found, diagnostics: reader.diagnostics,
                          formerSlugs: formerSlugs, names: names)
        }
        events += DerivedEvents.make(slug: slug, status: status, detentions: detentions, written: events)
        let prisoner = Prisoner(Prisoner.Record(
            slug: slug, path: path, name: name, aliases: aliases, nameNative: nameNative, country: country.name,
            countryCode: country.code,
            status: status, profession: profession, outlet: outlet, detentions: detentions, lawyer: lawyer, updated: updated,
            sources: sources, events: events, draft: draft,
            body: file.body(bytes: bytes, file: absolutePath), photo: photo, photoCredit: photoCredit,
            embargoUntil: embargoUntil, formerSlugs: formerSlugs.map(\.slug), corrections: corrections,
            patronymic: patronymic, tags: tags, nameNativeLanguage: nameNativeLanguage))
        SiteDateChecks.status(of: prisoner, fields, reader: &reader)
        return Result(prisoner: prisoner, references: references, links: links.found, diagnostics: reader.diagnostics,
                      formerSlugs: formerSlugs, names: names)
    }

    /// `name_native`: the name as written in its own script, as text, or as a one-entry mapping
    /// that says its language (`name_native: {az: "Xədicə İsmayılova"}`).
    private static func nameNative(_ fields: FieldReader.Fields, reader: inout FieldReader) -> (String?, String?) {
        guard let node = reader.optional("name_native", in: fields) else { return (nil, nil) }
        guard case .mapping(let pairs, _) = node else { return (reader.string(node, key: "name_native"), nil) }
        guard pairs.count == 1, let code = reader.string(pairs[0].key, key: "name_native") else {
            reader.report(.wrongType, "\"name_native\" must be the name, or one language code and the name (name_native: {az: Xədicə İsmayılova})", at: node)
            return (nil, nil)
        }
        guard TranslationFiles.isLanguageCode(code) else {
            reader.report(.invalidValue, "\"\(code)\" in \"name_native\" is not a language code like az or ru", at: pairs[0].key)
            return (nil, nil)
        }
        return (reader.string(pairs[0].value, key: "name_native"), code)
    }

    /// Every name the file gives the person, where it is written.
    private static func personNames(name: String?, aliases: [(String, YAMLNode)], nameNative: String?, patronymic: String?,
                                    fields: FieldReader.Fields, reader: FieldReader) -> [PersonName] {
        var names: [PersonName] = []
        func add(_ text: String?, _ node: YAMLNode?) {
            guard let text else { return }
            let (line, column) = reader.position(of: node)
            names.append(PersonName(text: text, line: line, column: column, patronymic: patronymic))
        }
        add(name, fields["name"]?.value)
        for (alias, node) in aliases { add(alias, node) }
        add(nameNative, fields["name_native"]?.value)
        return names
    }
}
