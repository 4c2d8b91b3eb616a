import DocketLocalization
import DocketModel

/// `/updated/` (and `/updated/page/N/`): people and reports by when they last changed, newest
/// first (`RecentChanges`), each saying what changed, with its feed. Made only when one has
/// changed; linked from the home page and the timeline.
public enum UpdatedPage {
    public static let perPage = ListingSizes.updated

    public static func render(_ recent: RecentChanges, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let heading = t.format("updated.heading")
        let changes = recent.changes
        return Pagination.pages(changes, size: perPage, first: urls.updated, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(t.format("updated.lead", [("items", t.format("updated.items", count: changes.count))])) \
            <a href="\(urls.updatedFeed)">\(t.format("updated.follow"))</a></p>
            \(list(chunk, context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(
                context, title: number > 1 ? t.format("upcoming.titlePage", [("title", heading), ("page", context.number(number))]) : heading,
                description: t.format("updated.description"),
                path: path, section: .timeline, head: HeadExtras(feeds: [(title: heading, url: urls.updatedFeed)]), body: body))
        }
    }

    /// The feed for a page's head (`HeadExtras.feeds`), when `/updated/` is written.
    public static func feeds(_ recent: RecentChanges, _ context: PageContext) -> [(title: String, url: String)] {
        recent.changes.isEmpty ? [] : [(title: context.catalog.format("updated.heading"), url: context.urls.updatedFeed)]
    }

    /// " · Recently updated", a link after the home page's link to the timeline; nothing when not written.
    static func link(_ recent: RecentChanges, _ context: PageContext) -> HTML {
        recent.changes.isEmpty ? HTML() : " · <a href=\"\(context.urls.updated)\">\(context.catalog.format("updated.heading"))</a>"
    }

    /// The timeline hub's pointer to `/updated/`; nothing when not written.
    static func sentence(_ recent: RecentChanges, _ context: PageContext) -> HTML {
        recent.changes.isEmpty ? HTML() : " <a href=\"\(context.urls.updated)\">\(context.catalog.format("updated.records"))</a>."
    }

    /// `<ol class="changes">`: each change's date, its page and what changed.
    static func list(_ changes: ArraySlice<RecentChanges.Change>, _ context: PageContext) -> HTML {
        let urls = context.urls
        var list = HTML.Interpolation(literalCapacity: 32 + changes.count * 256, interpolationCount: 0)
        list.appendLiteral("<ol class=\"changes\">\n")
        for change in changes {
            let page = urls.origin(change.origin)
            list.appendLiteral("<li>")
            list.appendInterpolation(time: change.date, context)
            list.appendLiteral(" <a href=\"")
            list.appendInterpolation(change.anchor.map { page + "#" + $0 } ?? page)
            list.appendLiteral("\">")
            list.appendInterpolation(change.title)
            list.appendLiteral("</a>")
            if case .article = change.origin {
                list.appendLiteral(" <span class=\"kind\">")
                list.appendInterpolation(context.catalog.format("updated.report"))
                list.appendLiteral("</span>")
            }
            list.appendLiteral(": ")
            list.appendInterpolation(context.writesEnglish ? change.summary : change.summary(in: context.catalog))
            list.appendLiteral("</li>\n")
        }
        list.appendLiteral("</ol>\n")
        return HTML(stringInterpolation: list)
    }
}
