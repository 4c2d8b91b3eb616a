import DocketModel

/// `/articles/` (and `/articles/page/N/`): every report, newest first.
public enum ArticleListPage {
    public static let perPage = 50

    public static func render(_ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let articles = context.index.articlesNewestFirst
        let chunks = Pagination.chunks(articles, size: perPage)
        return chunks.enumerated().map { offset, chunk in
            let number = offset + 1
            let path = urls.paginated(urls.articles, page: number)
            let body: HTML = """
            <h1>Reports\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(articles.count, "report")), newest first. <a href="\(urls.tags)">By tag</a>.</p>
            \(ArticleList.list(Array(chunk), context))\
            \(Pagination.nav(first: urls.articles, page: number, of: chunks.count, urls: urls))
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? "Reports, page \(number)" : "Reports",
                                                              path: path, section: .articles, body: body))
        }
    }
}
