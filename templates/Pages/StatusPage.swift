import DocketModel

/// `/status/<status>/`: everyone with one status, by name (`PrisonerOrders.byStatus`), paginated.
public enum StatusPage {
    public static let perPage = ListingSizes.status

    public static func render(_ status: PrisonerStatus, _ prisoners: [Prisoner], _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let label = t[status.labelKey]
        let first = urls.status(status)
        return Pagination.pages(prisoners, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let others: [HTML] = PrisonerStatus.allCases.filter { $0 != status }.compactMap { other in
                context.index.prisonersByStatus.contains { $0.status == other } ? "<li><a href=\"\(urls.status(other))\">\(t[other.labelKey])</a></li>" : nil
            }
            let body: HTML = """
            <h1>\(label)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(t.format("status.lead", [("people", t.string(.people(prisoners.count))), ("code", context.writesEnglish ? status.rawValue : label)]))</p>
            \(prisoners.isEmpty ? "<p class=\"empty\">\(t[.listNoOne])</p>\n" : PrisonerList.list(Array(chunk), context))\
            \(nav)\
            \(others.isEmpty ? HTML() : "<nav aria-label=\"\(t.format("status.others"))\"><ul class=\"tags\">\(others)</ul></nav>\n")
            """
            return RenderedPage(path: path, html: Layout.page(context, title: label, path: path, section: .prisoners, body: body))
        }
    }
}
