import DocketModel

/// `/data/`: what the open data files hold, column by column, and the licence.
public enum DataPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        // The columns' meanings are the files' own, in English: marked so on other languages' pages.
        let notesLanguage: HTML = context.writesEnglish ? HTML() : " lang=\"en\""
        func columns(_ names: [String]) -> HTML {
            let rows: [HTML] = names.map { "<tr><th scope=\"row\"><code>\($0)</code></th><td\(notesLanguage)>\(OpenData.note($0) ?? "")</td></tr>\n" }
            return "<table>\n<thead><tr><th scope=\"col\">\(t[.dataColumn])</th><th scope=\"col\">\(t[.dataMeaning])</th></tr></thead>\n<tbody>\n\(rows)</tbody>\n</table>\n"
        }
        let license: HTML = context.config.dataLicense.map { "<p>\(t[.dataLicence]) <strong>\($0)</strong>.</p>\n" }
            ?? "<p>\(t.format("data.noLicence"))</p>\n"
        func code(_ text: String) -> HTML { "<code>\(text)</code>" }
        let body: HTML = """
        <h1>\(t[.dataHeading])</h1>
        <p class="lead">\(t.format("data.lead"))\(context.writesEnglish ? "" : " " + t.format("data.notesInEnglish"))</p>
        \(license)\
        <section aria-labelledby="prisoners-data">
        <h2 id="prisoners-data">\(t.format("data.prisoners"))</h2>
        <p>\(t[.dataOneRowPerPerson]) <a href="\(urls.dataFile("prisoners.csv"))">prisoners.csv</a> · <a href="\(urls.dataFile("prisoners.json"))">prisoners.json</a> (\(t.format("data.rows", count: context.index.site.prisoners.count)))</p>
        \(columns(OpenData.prisonerColumns(context.index.site) + ["detentions", "detention_count"]))</section>
        <section aria-labelledby="events-data">
        <h2 id="events-data">\(t.format("data.events"))</h2>
        <p>\(t[.dataOneRowPerEvent]) <a href="\(urls.dataFile("events.csv"))">events.csv</a> · <a href="\(urls.dataFile("events.json"))">events.json</a> (\(t.format("data.rows", count: context.index.timeline.count)))</p>
        \(columns(OpenData.eventColumns))</section>
        <section aria-labelledby="formats">
        <h2 id="formats">\(t[.dataFormats])</h2>
        <ul>
        <li>\(t.format("data.csv"))</li>
        <li>\(phrase(t, "data.json", [("title", code("title")), ("source", code("source")), ("license", code("license")), ("asOf", code("as_of")), ("count", code("count")), ("null", code("null"))]))</li>
        <li>\(phrase(t, "data.dates", [("y", code("2015")), ("ym", code("2015-09")), ("ymd", code("2015-09-01"))]))</li>
        </ul>
        </section>
        """
        return Layout.page(context, title: t[.dataHeading], path: urls.data, section: .none, body: body)
    }
}
