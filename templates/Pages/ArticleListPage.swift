import DocketModel

/// `/articles/` (and `/articles/page/N/`): every report, newest first.
public enum ArticleListPage {
    public static let perPage = ListingSizes.articles

    public static func render(_ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let articles = context.index.articlesNewestFirst
        return Pagination.pages(articles, size: perPage, first: urls.articles, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(t[.navReports])\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(phrase(t, "reports.lead", [("byTag", "<a href=\"\(urls.tags)\">\(t[.listByTag])</a>")], [("reports", t.string(.reports(articles.count)))]))</p>
            \(ArticleList.list(Array(chunk), context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? pageTitle(t[.navReports], number, context) : t[.navReports],
                                                              path: path, section: .articles, body: body))
        }
    }
}
