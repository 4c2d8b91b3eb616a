import DocketModel

/// `/articles/` (and `/articles/page/N/`): every report, newest first.
public enum ArticleListPage {
    public static let perPage = ListingSizes.articles

    public static func render(_ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let articles = context.index.articlesNewestFirst
        return Pagination.pages(articles, size: perPage, first: urls.articles, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>Reports\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(articles.count, "report")), newest first. <a href="\(urls.tags)">By tag</a>.</p>
            \(ArticleList.list(Array(chunk), context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? "Reports, page \(number)" : "Reports",
                                                              path: path, section: .articles, body: body))
        }
    }
}
