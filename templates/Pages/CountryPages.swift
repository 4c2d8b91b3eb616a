import DocketModel

/// `/countries/`: every country with how many people are held there.
public enum CountryListPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        // By name as the page's language writes it (the index sorts the English names).
        var countries = context.index.countries.countries
        if !context.writesEnglish {
            countries = countries.map { (NameCollation.key(context.countryName($0.name)), $0) }
                .sorted { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1.slug < $1.1.slug }.map(\.1)
        }
        let rows: [HTML] = countries.map { country in
            "<tr><th scope=\"row\"><a href=\"\(urls.country(country.slug))\">\(context.countryName(country.name))</a></th><td>\(context.number(country.heldCount))</td><td>\(context.number(country.prisoners.count))</td></tr>\n"
        }
        let body: HTML = """
        <h1>\(t[.navCountries])</h1>
        \(rows.isEmpty ? "<p class=\"empty\">\(t[.listNoPrisoners])</p>\n" : """
        <table class="counts">
        <caption>\(t[.countriesLead])</caption>
        <thead><tr><th scope="col">\(t[.factCountry])</th><th scope="col">\(t[.homeHeldNow])</th><th scope="col">\(t[.homeInTheMonitor])</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """ as HTML)
        """
        return Layout.page(context, title: t[.navCountries], path: urls.countries, section: .countries, body: body)
    }
}

/// `/countries/<slug>/`: how many people there are by status, each count linking to the list of
/// those people (`CountryStatusPage`, so the page stays small however many there are), a chart
/// and the country's events.
public enum CountryPage {
    public static let eventCount = 100

    public static func render(_ country: CountryIndex.Country, _ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let name = context.countryName(country.name)
        let path = urls.country(country.slug)
        let counts: [HTML] = PrisonerStatus.allCases.compactMap { status in
            let count = country.count(status)
            return count == 0 ? nil
                : "<tr><th scope=\"row\"><a href=\"\(urls.countryStatus(country.slug, status))\">\(t[status.labelKey])</a></th><td>\(context.number(count))</td></tr>\n"
        }
        let shown = Array(country.events.prefix(eventCount))
        let earlier = country.events.count - shown.count
        let more: HTML = earlier > 0
            ? "<p>\(phrase(t, "country.earlierEvents", count: earlier, [("timeline", "<a href=\"\(urls.timeline)\">\(t.format("country.timelineLink"))</a>")]))</p>\n"
            : HTML()
        let body: HTML = """
        <h1>\(name)</h1>
        <p class="lead">\(t.format("country.lead", [("held", t.string(.people(country.heldCount))), ("total", t.string(.people(country.prisoners.count)))]))</p>
        <table class="counts">
        <caption>\(t[.listByStatus])</caption>
        <thead><tr><th scope="col">\(t[.factStatus])</th><th scope="col">\(t.format("count.peopleHeader"))</th></tr></thead>
        <tbody>
        \(counts)</tbody>
        </table>
        \(section("over-time", t[.homeOverTime], DetentionChart.render(country.series, image: context.urls.path(.countryChart(country.slug)), subject: name, context)))\
        \(section("events", t[.personEvents], EventList.list(shown, context) + more))
        """
        return Layout.page(context, title: name, description: t.format("country.description", [("country", name)]),
                           path: path, section: .countries, body: body)
    }
}
