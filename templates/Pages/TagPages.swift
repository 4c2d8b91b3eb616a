import DocketModel

/// `/tags/`: every tag with its number of reports.
public enum TagListPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let items: [HTML] = context.index.tags.tags.map {
            "<li><a href=\"\(urls.tag($0.slug))\">\($0.name)</a> <span class=\"count\">(\($0.articles.count + $0.prisoners.count))</span></li>"
        }
        let body: HTML = """
        <h1>\(t[.navTags])</h1>
        \(items.isEmpty ? "<p class=\"empty\">\(t[.listNoTags])</p>\n" : "<ul class=\"tags\">\(items)</ul>\n" as HTML)
        """
        return Layout.page(context, title: t[.navTags], path: urls.tags, section: .articles, body: body)
    }
}

/// `/tags/<slug>/` (and `/tags/<slug>/page/N/`): the people with one tag, by name, then the
/// reports with it, newest first, paginated together so that no page grows without bound. A tag
/// no person has keeps the page it always had, reports only.
public enum TagPage {
    public static let perPage = ListingSizes.tag

    /// One entry of a tag's page.
    enum Tagged {
        case person(Prisoner)
        case report(Article)
    }

    public static func render(_ tag: TagIndex.Tag, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let first = urls.tag(tag.slug)
        let pageSuffix = { (number: Int) -> String in number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "" }
        let title = t.format("tags.title", [("tag", tag.name)])
        guard !tag.prisoners.isEmpty else {
            return Pagination.pages(tag.articles, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
                let body: HTML = """
                <h1>\(t.format("tags.reportsTagged", [("tag", tag.name)]))\(pageSuffix(number))</h1>
                \(ArticleList.list(Array(chunk), context))\
                \(nav)\
                <p><a href="\(urls.tags)">\(t[.listAllTags])</a></p>
                """
                return RenderedPage(path: path, html: Layout.page(context, title: title, path: path, section: .articles, body: body))
            }
        }
        let items = tag.prisoners.map(Tagged.person) + tag.articles.map(Tagged.report)
        let counts = tag.articles.isEmpty ? t.string(.people(tag.prisoners.count))
            : t.format("tags.peopleAndReports", [("people", t.string(.people(tag.prisoners.count))), ("reports", t.string(.reports(tag.articles.count)))])
        return Pagination.pages(items, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            var people: [Prisoner] = []
            var reports: [Article] = []
            for item in chunk {
                switch item {
                case .person(let person): people.append(person)
                case .report(let report): reports.append(report)
                }
            }
            let body: HTML = """
            <h1>\(t.format("tags.tagged", [("tag", tag.name)]))\(pageSuffix(number))</h1>
            <p class="lead">\(counts).</p>
            \(people.isEmpty ? HTML() : section("people", t.format("tags.people"), PrisonerList.list(people, context)))\
            \(reports.isEmpty ? HTML() : section("reports", t[.navReports], ArticleList.list(reports, context, headingLevel: 3)))\
            \(nav)\
            <p><a href="\(urls.tags)">\(t[.listAllTags])</a></p>
            """
            return RenderedPage(path: path, html: Layout.page(context, title: title, path: path, section: .articles, body: body))
        }
    }
}
