import DocketMarkdown
import DocketModel
import DocketSupport

/// The open data files: `/data/prisoners.{json,csv}` (one row per prisoner) and
/// `/data/events.{json,csv}` (one row per timeline event). Partial dates are kept as
/// written (`2015-09`), URLs are absolute, lists are joined with "; " in CSV.
public enum OpenData {
    public static let prisonerColumns = [
        "slug", "name", "aliases", "name_native", "country", "country_code", "status", "profession", "outlet", "arrested", "charges",
        "sentence_term", "sentence_date", "sentence_court", "released", "release_kind", "lawyer", "prison", "updated", "url",
        "patronymic", "tags",
    ]
    /// `prisoners.json`'s columns: the shared ones, then every detention in full.
    public static let prisonerJSONColumns = prisonerColumns + ["detentions"]
    /// `prisoners.csv`'s columns: the shared ones, then how many detentions there were.
    public static let prisonerCSVColumns = prisonerColumns + ["detention_count"]
    /// The shared columns for this site: `articles` follows `charges` when a charge names
    /// an article (a site whose charges are all text keeps the columns it had).
    /// With more languages than one, `name_<code>` for each other language follows `name`: the
    /// name as that language's translation writes it (empty where there is none).
    public static func prisonerColumns(_ site: Site) -> [String] {
        let names = translatedNameColumns(site)
        guard hasArticles(site) || !names.isEmpty else { return prisonerColumns }
        var columns = prisonerColumns
        if hasArticles(site) { columns.insert("articles", at: chargesColumn + 1) }
        columns.insert(contentsOf: names, at: nameColumn + 1)
        return columns
    }

    private static let nameColumn = prisonerColumns.firstIndex(of: "name")!

    /// `name_az`, `name_ru`: one for each language but the default.
    static func translatedNameColumns(_ site: Site) -> [String] {
        site.config.languages.filter { !$0.isDefault }.map { "name_" + $0.code }
    }

    /// What a column holds, for `/data/`.
    public static func note(_ column: String) -> String? {
        if let note = columnNotes[column] { return note }
        guard column.hasPrefix("name_"), column != "name_native" else { return nil }
        return "the name as the \(column.dropFirst(5)) translation writes it; empty (null) where there is none"
    }

    private static let chargesColumn = prisonerColumns.firstIndex(of: "charges")!

    static func hasArticles(_ site: Site) -> Bool {
        site.prisoners.contains { $0.charges.contains { $0.article != nil } }
    }

    /// `prisoners.json`'s columns for this site (with `articles` when a charge names one).
    public static func prisonerJSONColumns(_ site: Site) -> [String] { prisonerColumns(site) + ["detentions"] }
    /// `prisoners.csv`'s columns for this site (with `articles` when a charge names one).
    public static func prisonerCSVColumns(_ site: Site) -> [String] { prisonerColumns(site) + ["detention_count"] }

    public static let eventColumns = [
        "date", "kind", "text", "prisoners", "prisoner_names", "countries", "from", "from_url", "source_url",
    ]

    public static let columnNotes: [String: String] = [
        "slug": "the prisoner's identifier, stable across builds",
        "aliases": "other spellings of the name",
        "country": "the common English name (Türkiye), or a place the site declares",
        "country_code": "ISO 3166-1 alpha-2 (AZ); empty for a place outside ISO 3166-1",
        "status": PrisonerStatus.allCases.map(\.rawValue).joined(separator: ", "),
        "arrested": "partial date: YYYY, YYYY-MM or YYYY-MM-DD; arrested, charges, the sentence columns, released, release_kind "
            + "and prison are those of the current or last detention",
        "sentence_term": "like 7y6m (years and months), life or death; after a change to the sentence, the term as it stands "
            + "(empty once annulled), with the date and court of that change",
        "release_kind": ReleaseKind.allCases.map(\.rawValue).joined(separator: ", "),
        "detentions": "JSON only: every detention, oldest first, each with arrested, charges, sentence (term, date, court, "
            + "and changes: change, date, term, court), prison, released and release_kind",
        "detention_count": "CSV only: how many detentions the person has had (the JSON lists them all)",
        "updated": "when the record was last reviewed",
        "articles": "the charges that name an article: in CSV the article (234.4.3), followed by its code in brackets when not the Criminal Code; in JSON objects with code, article and text (also in each detention); present once a charge names an article",
        "url": "the prisoner's page",
        "patronymic": "the father's name as the person's name gives it (Rashid oglu)",
        "tags": "the tags of the person's page (a case many people share)",
        "kind": EventKind.allCases.map(\.rawValue).joined(separator: ", "),
        "text": "one sentence, as plain text (the site shows it with its links and emphasis)",
        "prisoners": "slugs of the people concerned",
        "from": "prisoner or report: where the event is recorded",
        "from_url": "the page of that prisoner or report",
    ]

    static let listSeparator = "; "

    /// One cell of a row: text (nil is JSON `null`, an empty CSV field) or a list of texts
    /// (a JSON array; joined with "; " in CSV).
    enum Cell {
        case text(String?)
        case list([String])
        /// A JSON value of its own (JSON files only).
        case json(JSON)
        /// A JSON value in the JSON file, and `csv` in the CSV file.
        case jsonOrCSV(JSON, csv: String)

        var csv: String {
            switch self {
            case .text(let value): return value ?? ""
            case .list(let values): return values.joined(separator: listSeparator)
            case .json(let value): return value.serialized
            case .jsonOrCSV(_, let csv): return csv
            }
        }
    }

    private static func prisonerCells(_ p: Prisoner, _ urls: SiteURLs, articles: Bool, translations: [[String: Translation]] = []) -> [Cell] {
        var cells: [Cell] = [
            .text(p.slug), .text(p.name), .list(p.aliases), .text(p.nameNative), .text(p.country), .text(p.countryCode),
            .text(p.status.rawValue),
            .text(p.profession), .text(p.outlet), .text(p.arrested?.description), .list(p.charges.map(\.display)),
            .text(p.sentence?.currentTerm?.description), .text(p.sentence?.currentDate?.description), .text(p.sentence?.currentCourt),
            .text(p.released?.description), .text(p.releaseKind?.rawValue), .text(p.lawyer), .text(p.prison), .text(p.updated?.description),
            .text(urls.absolute(urls.prisoner(p.slug))),
            .text(p.patronymic), .list(p.tags),
        ]
        if articles { cells.insert(articleCell(p.charges), at: chargesColumn + 1) }
        if !translations.isEmpty { cells.insert(contentsOf: translations.map { .text($0[p.slug]?.name) }, at: nameColumn + 1) }
        return cells
    }

    /// The `articles` cell: the charges that name an article.
    static func articleCell(_ charges: [Charge]) -> Cell {
        .jsonOrCSV(articlesJSON(charges), csv: charges.compactMap(\.articleLabel).joined(separator: listSeparator))
    }

    /// The charges that name an article, each an object with its code, article and text.
    static func articlesJSON(_ charges: [Charge]) -> JSON {
        .array(charges.compactMap { charge in
            charge.article.map { .object([("code", JSON.optional(charge.code)), ("article", .string($0)), ("text", JSON.optional(charge.text))]) }
        })
    }

    /// Every detention of a person, oldest first, as the JSON file gives them.
    static func detentionsJSON(_ p: Prisoner, articles: Bool = false) -> JSON {
        func date(_ date: PartialDate?) -> JSON { JSON.optional(date?.description) }
        return .array(p.detentions.map { d in
            var sentence = JSON.null
            if let s = d.sentence {
                let changes: [JSON] = s.changes.map { change in
                    .object([("change", .string(change.kind.rawValue)), ("date", date(change.date)),
                             ("term", JSON.optional(change.term?.description)), ("court", JSON.optional(change.court))])
                }
                sentence = .object([("term", JSON.optional(s.term?.description)), ("date", date(s.date)),
                                    ("court", JSON.optional(s.court)), ("changes", .array(changes))])
            }
            var fields: [(String, JSON)] = [
                ("arrested", date(d.arrested)), ("charges", .array(d.charges.map { JSON.string($0.display) })), ("sentence", sentence),
                ("prison", JSON.optional(d.prison)), ("released", date(d.released)),
                ("release_kind", JSON.optional(d.releaseKind?.rawValue)),
            ]
            if articles { fields.insert(("articles", articlesJSON(d.charges)), at: 2) }
            return .object(fields)
        })
    }

    private static func eventCells(_ e: Event, _ context: PageContext) -> [Cell] {
        let urls = context.urls
        var names: [String] = []
        var countries: [String] = []
        for slug in e.prisoners {
            guard let person = context.index.prisonerBySlug[slug] else { continue }
            names.append(person.name)
            if !countries.contains(person.country) { countries.append(person.country) }
        }
        // The text as readers see it: cmark's safe output without its tags, so raw HTML and
        // unsafe links in the Markdown never reach a data file.
        let text = Markdown.plainText(fromHTML: e.textHTML)
        let (from, fromURL): (String, String) = {
            switch e.origin {
            case .prisoner(let slug): return ("prisoner", urls.absolute(urls.prisoner(slug)))
            case .article(let slug): return ("report", urls.absolute(urls.article(slug)))
            }
        }()
        return [
            .text(e.date.description), .text(e.kind.rawValue), .text(text), .list(e.prisoners), .list(names),
            .list(countries), .text(from), .text(fromURL), .text(e.sourceURL),
        ]
    }

    /// A JSON data file: a header (title, source, licence, as-of, count), then the rows, each
    /// written straight into the bytes as it is made.
    struct JSONRows {
        private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
        private let keys: [[UInt8]]
        private var isFirst = true

        init(_ key: String, columns: [String], count: Int, _ context: PageContext) {
            let header: [(String, JSON)] = [
                ("title", .string(context.config.title)),
                ("source", .string(context.config.baseURL)),
                ("license", JSON.optional(context.config.dataLicense)),
                ("as_of", .string(context.index.asOf.description)),
                ("count", .number(count)),
            ]
            for (name, value) in header {
                bytes += "\n  ".utf8
                JSON.quote(name, into: &bytes)
                bytes += ": ".utf8
                value.write(into: &bytes, indented: false, level: 0)
                bytes.append(UInt8(ascii: ","))
            }
            bytes += "\n  ".utf8
            JSON.quote(key, into: &bytes)
            bytes += ": [".utf8
            keys = columns.map { column -> [UInt8] in
                var quoted: [UInt8] = []
                JSON.quote(column, into: &quoted)
                return quoted + ": ".utf8
            }
        }

        mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

        mutating func append(_ cells: [Cell]) {
            bytes += (isFirst ? "\n    {" : ",\n    {").utf8
            isFirst = false
            for (index, cell) in cells.enumerated() {
                bytes += (index == 0 ? "\n      " : ",\n      ").utf8
                bytes += keys[index]
                switch cell {
                case .text(let value?): JSON.quote(value, into: &bytes)
                case .text(nil): bytes += "null".utf8
                case .list(let values) where values.isEmpty: bytes += "[]".utf8
                case .list(let values):
                    bytes.append(UInt8(ascii: "["))
                    for (position, value) in values.enumerated() {
                        bytes += (position == 0 ? "\n        " : ",\n        ").utf8
                        JSON.quote(value, into: &bytes)
                    }
                    bytes += "\n      ]".utf8
                case .json(let value):
                    value.write(into: &bytes, indented: true, level: 3)
                case .jsonOrCSV(let value, _):
                    value.write(into: &bytes, indented: true, level: 3)
                }
            }
            bytes += "\n    }".utf8
        }

        /// Closes the list and the file, and gives its bytes.
        mutating func finish() -> [UInt8] {
            bytes += (isFirst ? "]" : "\n  ]").utf8
            bytes += "\n}\n".utf8
            return bytes
        }
    }

    public static func prisonersJSON(_ context: PageContext) -> [UInt8] {
        let articles = hasArticles(context.index.site)
        var rows = JSONRows("prisoners", columns: prisonerJSONColumns(context.index.site), count: context.index.site.prisoners.count, context)
        let translations = translatedNames(context.index.site)
        for p in context.index.site.prisoners {
            rows.append(prisonerCells(p, context.urls, articles: articles, translations: translations) + [.json(detentionsJSON(p, articles: articles))])
        }
        return rows.finish()
    }

    public static func prisonersCSV(_ context: PageContext) -> [UInt8] {
        let articles = hasArticles(context.index.site)
        var table = CSVTable(header: prisonerCSVColumns(context.index.site))
        let translations = translatedNames(context.index.site)
        for p in context.index.site.prisoners {
            table.append(prisonerCells(p, context.urls, articles: articles, translations: translations).map(\.csv) + [String(p.detentions.count)])
        }
        return table.rendered
    }

    /// Each other language's translations of prisoners, by slug, in `languages:` order.
    static func translatedNames(_ site: Site) -> [[String: Translation]] {
        site.config.languages.filter { !$0.isDefault }.map { site.translations.prisoners[$0.code] ?? [:] }
    }

    /// How many rows are written before the rest are sized from them.
    static let sizingSample = 512

    /// The bytes `count` rows will take if they are like the first `sample`, with 12% to spare.
    static func estimate(_ bytes: Int, after sample: Int, of count: Int) -> Int {
        bytes + (bytes / sample) * (count - sample) * 112 / 100
    }

    /// Events oldest first, as a record.
    static func chronological(_ context: PageContext) -> ReversedCollection<[Event]> { context.index.timeline.reversed() }

    /// `/data/events.json` and `/data/events.csv` in one pass over the timeline: each event's
    /// cells (its plain text, names, countries, links) are made once for both.
    public static func eventFiles(_ context: PageContext) -> (json: [UInt8], csv: [UInt8]) {
        let count = context.index.timeline.count
        var rows = JSONRows("events", columns: eventColumns, count: count, context)
        var table = CSVTable(header: eventColumns)
        for (index, e) in chronological(context).enumerated() {
            let cells = eventCells(e, context)
            rows.append(cells)
            table.append(cells.map(\.csv))
            if index + 1 == sizingSample && count > 2 * sizingSample {
                // Room for all the rows at once, judged from the first ones (with a margin), rather
                // than growing by doubling: at 150,000 events the two files are about 100 MB, and
                // doubling would hold up to twice that, copied several times over.
                rows.reserveCapacity(estimate(rows.bytes.count, after: sizingSample, of: count))
                table.reserveCapacity(estimate(table.rendered.count, after: sizingSample, of: count))
            }
        }
        return (rows.finish(), table.rendered)
    }
}
