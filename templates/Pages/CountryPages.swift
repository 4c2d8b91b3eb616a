import DocketModel

/// `/countries/`: every country with how many people are held there.
public enum CountryListPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let rows: [HTML] = context.index.countries.countries.map { country in
            "<tr><th scope=\"row\"><a href=\"\(urls.country(country.slug))\">\(country.name)</a></th><td>\(grouped(country.heldCount))</td><td>\(grouped(country.prisoners.count))</td></tr>\n"
        }
        let body: HTML = """
        <h1>Countries</h1>
        \(rows.isEmpty ? "<p class=\"empty\">No prisoners yet.</p>\n" : """
        <table class="counts">
        <caption>People in this monitor, by country</caption>
        <thead><tr><th scope="col">Country</th><th scope="col">Held now</th><th scope="col">In the monitor</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """ as HTML)
        """
        return Layout.page(context, title: "Countries", path: urls.countries, section: .countries, body: body)
    }
}

/// `/countries/<slug>/`: how many people there are by status, each count linking to the list of
/// those people (`CountryStatusPage`, so the page stays small however many there are), a chart
/// and the country's events.
public enum CountryPage {
    public static let eventCount = 100

    public static func render(_ country: CountryIndex.Country, _ context: PageContext) -> HTML {
        let urls = context.urls
        let path = urls.country(country.slug)
        let counts: [HTML] = PrisonerStatus.allCases.compactMap { status in
            let count = country.count(status)
            return count == 0 ? nil
                : "<tr><th scope=\"row\"><a href=\"\(urls.countryStatus(country.slug, status))\">\(status.label)</a></th><td>\(grouped(count))</td></tr>\n"
        }
        let shown = Array(country.events.prefix(eventCount))
        let more: HTML = country.events.count > shown.count
            ? "<p>\(grouped(country.events.count - shown.count)) earlier events are on the <a href=\"\(urls.timeline)\">timeline</a>.</p>\n"
            : HTML()
        let body: HTML = """
        <h1>\(country.name)</h1>
        <p class="lead">\(plural(country.heldCount, "person", "people")) held now; \(plural(country.prisoners.count, "person", "people")) in this monitor.</p>
        <table class="counts">
        <caption>By status</caption>
        <thead><tr><th scope="col">Status</th><th scope="col">People</th></tr></thead>
        <tbody>
        \(counts)</tbody>
        </table>
        \(section("over-time", "Over time", DetentionChart.render(country.series, image: context.urls.path(.countryChart(country.slug)), subject: country.name)))\
        \(section("events", "Events", EventList.list(shown, context) + more))
        """
        return Layout.page(context, title: country.name, description: "Journalists and political prisoners in \(country.name).",
                           path: path, section: .countries, body: body)
    }
}
