import DocketMarkdown
import DocketModel

/// The open data files: `/data/prisoners.{json,csv}` (one row per prisoner) and
/// `/data/events.{json,csv}` (one row per timeline event). Partial dates are kept as
/// written (`2015-09`), URLs are absolute, lists are joined with "; " in CSV.
public enum OpenData {
    public static let prisonerColumns = [
        "slug", "name", "aliases", "name_native", "country", "status", "profession", "outlet", "arrested", "charges",
        "sentence_term", "sentence_date", "sentence_court", "released", "lawyer", "prison", "updated", "url",
    ]
    public static let eventColumns = [
        "date", "kind", "text", "prisoners", "prisoner_names", "countries", "from", "from_url", "source_url",
    ]

    public static let columnNotes: [String: String] = [
        "slug": "the prisoner's identifier, stable across builds",
        "aliases": "other spellings of the name",
        "status": PrisonerStatus.allCases.map(\.rawValue).joined(separator: ", "),
        "arrested": "partial date: YYYY, YYYY-MM or YYYY-MM-DD",
        "sentence_term": "like 7y6m (years and months), or life",
        "updated": "when the record was last reviewed",
        "url": "the prisoner's page",
        "kind": EventKind.allCases.map(\.rawValue).joined(separator: ", "),
        "text": "one sentence, as plain text (the site shows it with its links and emphasis)",
        "prisoners": "slugs of the people concerned",
        "from": "prisoner or report: where the event is recorded",
        "from_url": "the page of that prisoner or report",
    ]

    static let listSeparator = "; "

    private static func prisonerValues(_ p: Prisoner, _ urls: SiteURLs) -> [(String, JSON, String)] {
        func text(_ value: String?) -> (JSON, String) { (JSON.optional(value), value ?? "") }
        func list(_ values: [String]) -> (JSON, String) { (.array(values.map(JSON.string)), values.joined(separator: listSeparator)) }
        let cells: [(JSON, String)] = [
            text(p.slug), text(p.name), list(p.aliases), text(p.nameNative), text(p.country), text(p.status.rawValue),
            text(p.profession), text(p.outlet), text(p.arrested?.description), list(p.charges),
            text(p.sentence?.term?.description), text(p.sentence?.date?.description), text(p.sentence?.court),
            text(p.released?.description), text(p.lawyer), text(p.prison), text(p.updated?.description),
            text(urls.absolute(urls.prisoner(p.slug))),
        ]
        return zip(prisonerColumns, cells).map { ($0, $1.0, $1.1) }
    }

    private static func eventValues(_ e: Event, _ context: PageContext) -> [(String, JSON, String)] {
        let urls = context.urls
        let people = e.prisoners.compactMap { context.index.prisonerBySlug[$0] }
        // The text as readers see it: cmark's safe output without its tags, so raw HTML and
        // unsafe links in the Markdown never reach a data file.
        let text = Markdown.plainText(fromHTML: e.textHTML)
        var countries: [String] = []
        for person in people where !countries.contains(person.country) { countries.append(person.country) }
        let (from, fromURL): (String, String) = {
            switch e.origin {
            case .prisoner(let slug): return ("prisoner", urls.absolute(urls.prisoner(slug)))
            case .article(let slug): return ("report", urls.absolute(urls.article(slug)))
            }
        }()
        let cells: [(JSON, String)] = [
            (.string(e.date.description), e.date.description), (.string(e.kind.rawValue), e.kind.rawValue), (.string(text), text),
            (.array(e.prisoners.map(JSON.string)), e.prisoners.joined(separator: listSeparator)),
            (.array(people.map { .string($0.name) }), people.map(\.name).joined(separator: listSeparator)),
            (.array(countries.map(JSON.string)), countries.joined(separator: listSeparator)),
            (.string(from), from), (.string(fromURL), fromURL), (JSON.optional(e.sourceURL), e.sourceURL ?? ""),
        ]
        return zip(eventColumns, cells).map { ($0, $1.0, $1.1) }
    }

    /// The data file: a header (title, source, licence, as-of, count) and the rows, made one by one.
    private static func envelope<Rows: Collection>(_ key: String, _ rows: Rows, _ context: PageContext,
                                                   _ row: (Rows.Element) -> JSON) -> String {
        JSON.prettyObject([
            ("title", .string(context.config.title)),
            ("source", .string(context.config.baseURL)),
            ("license", JSON.optional(context.config.dataLicense)),
            ("as_of", .string(context.index.asOf.description)),
            ("count", .number(rows.count)),
        ], arrayKey: key, rows: rows, row)
    }

    public static func prisonersJSON(_ context: PageContext) -> String {
        envelope("prisoners", context.index.site.prisoners, context) { p in
            JSON.object(prisonerValues(p, context.urls).map { ($0.0, $0.1) })
        }
    }

    public static func prisonersCSV(_ context: PageContext) -> String {
        var table = CSVTable(header: prisonerColumns)
        for p in context.index.site.prisoners { table.append(prisonerValues(p, context.urls).map(\.2)) }
        return table.rendered
    }

    /// Events oldest first, as a record.
    static func chronological(_ context: PageContext) -> [Event] { context.index.timeline.reversed() }

    public static func eventsJSON(_ context: PageContext) -> String {
        envelope("events", context.index.timeline.reversed(), context) { e in
            JSON.object(eventValues(e, context).map { ($0.0, $0.1) })
        }
    }

    public static func eventsCSV(_ context: PageContext) -> String {
        var table = CSVTable(header: eventColumns)
        for e in chronological(context) { table.append(eventValues(e, context).map(\.2)) }
        return table.rendered
    }
}
