import DocketModel

/// `/data/`: what the open data files hold, column by column, and the licence.
public enum DataPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        func columns(_ names: [String]) -> HTML {
            let rows: [HTML] = names.map { "<tr><th scope=\"row\"><code>\($0)</code></th><td>\(OpenData.columnNotes[$0] ?? "")</td></tr>\n" }
            return "<table>\n<thead><tr><th scope=\"col\">Column</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n\(rows)</tbody>\n</table>\n"
        }
        let license: HTML = context.config.dataLicense.map { "<p>The data is published under this licence: <strong>\($0)</strong>.</p>\n" }
            ?? "<p>No licence has been set for this data; ask the publisher before reusing it.</p>\n"
        let body: HTML = """
        <h1>Open data</h1>
        <p class="lead">Everything on this site is also available as data, rebuilt with every update. Drafts and unpublished items never appear.</p>
        \(license)\
        <section aria-labelledby="prisoners-data">
        <h2 id="prisoners-data">Prisoners</h2>
        <p>One row per person: <a href="\(urls.dataFile("prisoners.csv"))">prisoners.csv</a> · <a href="\(urls.dataFile("prisoners.json"))">prisoners.json</a> (\(plural(context.index.site.prisoners.count, "row")))</p>
        \(columns(OpenData.prisonerColumns(context.index.site) + ["detentions", "detention_count"]))</section>
        <section aria-labelledby="events-data">
        <h2 id="events-data">Events</h2>
        <p>One row per timeline event, oldest first: <a href="\(urls.dataFile("events.csv"))">events.csv</a> · <a href="\(urls.dataFile("events.json"))">events.json</a> (\(plural(context.index.timeline.count, "row")))</p>
        \(columns(OpenData.eventColumns))</section>
        <section aria-labelledby="formats">
        <h2 id="formats">Formats</h2>
        <ul>
        <li>CSV: UTF-8, comma-separated, RFC 4180 quoting, a header row. Lists are joined with “; ”. A cell that starts with =, +, - or @ is prefixed with an apostrophe so spreadsheets do not run it as a formula.</li>
        <li>JSON: an object with <code>title</code>, <code>source</code>, <code>license</code>, <code>as_of</code>, <code>count</code> and the rows; lists are arrays and missing values are <code>null</code>.</li>
        <li>Dates are kept as precise as they are known: <code>2015</code>, <code>2015-09</code> or <code>2015-09-01</code>.</li>
        </ul>
        </section>
        """
        return Layout.page(context, title: "Open data", path: urls.data, section: .none, body: body)
    }
}
