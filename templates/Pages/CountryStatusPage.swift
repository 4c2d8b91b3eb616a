import DocketModel

/// `/countries/<slug>/status/<status>/`: a country's people with one status, by name, paginated;
/// linked from the country page's counts.
public enum CountryStatusPage {
    public static let perPage = ListingSizes.countryStatus

    public static func render(_ country: CountryIndex.Country, _ status: PrisonerStatus, _ prisoners: [Prisoner],
                              _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let first = urls.countryStatus(country.slug, status)
        let others: [HTML] = PrisonerStatus.allCases.filter { $0 != status && country.count($0) > 0 }.map { other in
            "<li><a href=\"\(urls.countryStatus(country.slug, other))\">\(other.label)</a> <span class=\"count\">(\(grouped(country.count(other))))</span></li>"
        }
        let heading = "\(country.name): \(status.label.lowercased())"
        return Pagination.pages(prisoners, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(prisoners.count, "person", "people")) from <a href="\(urls.country(country.slug))">\(country.name)</a> \
            with the status “\(status.rawValue)”; <a href="\(urls.status(status))">\(status.label.lowercased()) everywhere</a>.</p>
            \(PrisonerList.list(Array(chunk), context, showCountry: false))\
            \(nav)\
            \(others.isEmpty ? HTML() : "<nav aria-label=\"Other statuses in \(country.name)\"><ul class=\"tags\">\(others)</ul></nav>\n")
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? "\(heading), page \(number)" : heading,
                                                              description: "\(status.label) journalists and political prisoners from \(country.name).",
                                                              path: path, section: .countries, body: body))
        }
    }
}
