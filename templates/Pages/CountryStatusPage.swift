import DocketModel

/// `/countries/<slug>/status/<status>/`: a country's people with one status, by name, paginated;
/// linked from the country page's counts.
public enum CountryStatusPage {
    public static let perPage = ListingSizes.countryStatus

    public static func render(_ country: CountryIndex.Country, _ status: PrisonerStatus, _ prisoners: [Prisoner],
                              _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let name = context.countryName(country.name)
        let label = t[status.labelKey]
        let first = urls.countryStatus(country.slug, status)
        let others: [HTML] = PrisonerStatus.allCases.filter { $0 != status && country.count($0) > 0 }.map { other in
            "<li><a href=\"\(urls.countryStatus(country.slug, other))\">\(t[other.labelKey])</a> <span class=\"count\">(\(context.number(country.count(other))))</span></li>"
        }
        let heading = t.format("countryStatus.heading", [("country", name), ("status", label.lowercased())])
        return Pagination.pages(prisoners, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(phrase(t, "countryStatus.lead", [("country", "<a href=\"\(urls.country(country.slug))\">\(name)</a>"),
                                                              ("everywhere", "<a href=\"\(urls.status(status))\">\(t.format("countryStatus.everywhere", [("status", label.lowercased())]))</a>")],
                                 [("people", t.string(.people(prisoners.count))), ("code", context.writesEnglish ? status.rawValue : label)]))</p>
            \(PrisonerList.list(Array(chunk), context, showCountry: false))\
            \(nav)\
            \(others.isEmpty ? HTML() : "<nav aria-label=\"\(t.format("countryStatus.others", [("country", name)]))\"><ul class=\"tags\">\(others)</ul></nav>\n")
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? pageTitle(heading, number, context) : heading,
                                                              description: t.format("countryStatus.description", [("status", label), ("country", name)]),
                                                              path: path, section: .countries, body: body))
        }
    }
}
