import DocketModel

/// `/tags/`: every tag with its number of reports.
public enum TagListPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let items: [HTML] = context.index.tags.tags.map {
            "<li><a href=\"\(urls.tag($0.slug))\">\($0.name)</a> <span class=\"count\">(\($0.articles.count + $0.prisoners.count))</span></li>"
        }
        let body: HTML = """
        <h1>Tags</h1>
        \(items.isEmpty ? "<p class=\"empty\">No tags yet.</p>\n" : "<ul class=\"tags\">\(items)</ul>\n" as HTML)
        """
        return Layout.page(context, title: "Tags", path: urls.tags, section: .articles, body: body)
    }
}

/// `/tags/<slug>/` (and `/tags/<slug>/page/N/`): the reports with one tag, newest first, and
/// on the first page the people with it, by name.
public enum TagPage {
    public static let perPage = 50

    public static func render(_ tag: TagIndex.Tag, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let first = urls.tag(tag.slug)
        return Pagination.pages(tag.articles, size: perPage, first: first, urls: urls) { chunk, number, path, nav in
            let body: HTML = tag.prisoners.isEmpty ? """
            <h1>Reports tagged “\(tag.name)”\(number > 1 ? " (page \(number))" : "")</h1>
            \(ArticleList.list(Array(chunk), context))\
            \(nav)\
            <p><a href="\(urls.tags)">All tags</a></p>
            """ : """
            <h1>Tagged “\(tag.name)”\(number > 1 ? " (page \(number))" : "")</h1>
            \(number == 1 ? section("people", "People", PrisonerList.list(tag.prisoners, context)) : HTML())\
            \(tag.articles.isEmpty ? HTML() : section("reports", "Reports", ArticleList.list(Array(chunk), context, headingLevel: 3) + nav))\
            <p><a href="\(urls.tags)">All tags</a></p>
            """
            return RenderedPage(path: path, html: Layout.page(context, title: "Tag: \(tag.name)", path: path, section: .articles, body: body))
        }
    }
}
