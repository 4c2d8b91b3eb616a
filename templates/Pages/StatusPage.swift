import DocketModel

/// `/status/<status>/`: everyone with one status, by name (`PrisonerOrders.byStatus`), paginated.
public enum StatusPage {
    public static let perPage = ListingSizes.status

    public static func render(_ status: PrisonerStatus, _ prisoners: [Prisoner], _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let first = urls.status(status)
        return Pagination.pages(prisoners, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let others: [HTML] = PrisonerStatus.allCases.filter { $0 != status }.compactMap { other in
                context.index.prisonersByStatus.contains { $0.status == other } ? "<li><a href=\"\(urls.status(other))\">\(other.label)</a></li>" : nil
            }
            let body: HTML = """
            <h1>\(status.label)\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(prisoners.count, "person", "people")) with the status “\(status.rawValue)”.</p>
            \(prisoners.isEmpty ? "<p class=\"empty\">No one.</p>\n" : PrisonerList.list(Array(chunk), context))\
            \(nav)\
            \(others.isEmpty ? HTML() : "<nav aria-label=\"Other statuses\"><ul class=\"tags\">\(others)</ul></nav>\n")
            """
            return RenderedPage(path: path, html: Layout.page(context, title: status.label, path: path, section: .prisoners, body: body))
        }
    }
}
