import DocketModel

/// `/articles/`: every report, newest first.
public enum ArticleListPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let body: HTML = """
        <h1>Reports</h1>
        \(ArticleList.list(context.index.articlesNewestFirst, context))
        """
        return Layout.page(context, title: "Reports", path: urls.articles, section: .articles, body: body)
    }
}
