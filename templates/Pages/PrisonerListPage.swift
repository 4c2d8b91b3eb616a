import DocketModel

/// `/prisoners/` (and `/prisoners/page/N/`): everyone, grouped by status, with country,
/// outlet and since when.
public enum PrisonerListPage {
    public static let perPage = ListingSizes.prisoners

    public static func render(_ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let everyone = context.index.prisonersByStatus.flatMap { $0.prisoners }
        return Pagination.pages(everyone, size: perPage, first: urls.prisoners, urls: urls) { chunk, number, path, nav in
            var groups: [HTML] = []
            var rest = chunk
            while let first = rest.first {
                let group = rest.prefix { $0.status == first.status }
                rest = rest.dropFirst(group.count)
                let total = context.index.prisonersByStatus.first { $0.status == first.status }?.prisoners.count ?? group.count
                groups.append("""
                <section aria-labelledby="status-\(first.status.rawValue)">
                <h2 id="status-\(first.status.rawValue)"><a href="\(urls.status(first.status))">\(first.status.label)</a> <span class="count">(\(grouped(total)))</span></h2>
                \(PrisonerList.list(Array(group), context))</section>

                """)
            }
            let body: HTML = """
            <h1>Prisoners\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(everyone.count, "person", "people")) in this monitor, grouped by status. \(FacetLinks.line(context)).</p>
            \(groups.isEmpty ? "<p class=\"empty\">No prisoners yet.</p>\n" : groups.joined())\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? "Prisoners, page \(number)" : "Prisoners",
                                                              path: path, section: .prisoners, body: body))
        }
    }
}

/// A list of people: name, country, outlet, since when.
enum PrisonerList {
    static func list(_ prisoners: [Prisoner], _ context: PageContext, showCountry: Bool = true) -> HTML {
        let urls = context.urls
        let items: [HTML] = prisoners.map { prisoner in
            var details: [String] = showCountry ? [prisoner.country] : []
            if let outlet = prisoner.outlet { details.append(outlet) }
            if let arrested = prisoner.arrested { details.append("since \(arrested.display)") }
            return """
            <li><a href="\(urls.prisonerPath(prisoner.slug))">\(prisoner.name)</a>\(draftMark(prisoner.draft))\
            \(details.isEmpty ? HTML() : " <span class=\"meta\">\(details.joined(separator: " · "))</span>")</li>

            """
        }
        return "<ul class=\"prisoners\">\n\(items)</ul>\n"
    }
}
