import DocketModel

/// `/updated/` (and `/updated/page/N/`): people and reports by when they last changed, newest
/// first (`RecentChanges`), each saying what changed, with its feed. Made only when one has
/// changed; linked from the home page and the timeline.
public enum UpdatedPage {
    public static let perPage = ListingSizes.updated

    public static func render(_ recent: RecentChanges, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let changes = recent.changes
        return Pagination.pages(changes, size: perPage, first: urls.updated, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>Recently updated\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(changes.count, "person or report", "people and reports")) by when they last changed, \
            newest first: a person when their record was reviewed or corrected, a report when it was corrected. \
            <a href="\(urls.updatedFeed)">Follow updates (Atom feed)</a></p>
            \(list(chunk, context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(
                context, title: number > 1 ? "Recently updated (page \(number))" : "Recently updated",
                description: "People and reports by when their records last changed, newest first.",
                path: path, section: .timeline, head: HeadExtras(feeds: [(title: "Recently updated", url: urls.updatedFeed)]), body: body))
        }
    }

    /// The feed for a page's head (`HeadExtras.feeds`), when `/updated/` is written.
    public static func feeds(_ recent: RecentChanges, _ context: PageContext) -> [(title: String, url: String)] {
        recent.changes.isEmpty ? [] : [(title: "Recently updated", url: context.urls.updatedFeed)]
    }

    /// " · Recently updated", a link after the home page's link to the timeline; nothing when not written.
    static func link(_ recent: RecentChanges, _ context: PageContext) -> HTML {
        recent.changes.isEmpty ? HTML() : " · <a href=\"\(context.urls.updated)\">Recently updated</a>"
    }

    /// The timeline hub's pointer to `/updated/`; nothing when not written.
    static func sentence(_ recent: RecentChanges, _ context: PageContext) -> HTML {
        recent.changes.isEmpty ? HTML() : " <a href=\"\(context.urls.updated)\">Recently updated records</a>."
    }

    /// `<ol class="changes">`: each change's date, its page and what changed.
    static func list(_ changes: ArraySlice<RecentChanges.Change>, _ context: PageContext) -> HTML {
        let urls = context.urls
        var list = HTML.Interpolation(literalCapacity: 32 + changes.count * 256, interpolationCount: 0)
        list.appendLiteral("<ol class=\"changes\">\n")
        for change in changes {
            let page = urls.origin(change.origin)
            list.appendLiteral("<li>")
            list.appendInterpolation(time: change.date)
            list.appendLiteral(" <a href=\"")
            list.appendInterpolation(change.anchor.map { page + "#" + $0 } ?? page)
            list.appendLiteral("\">")
            list.appendInterpolation(change.title)
            list.appendLiteral("</a>")
            if case .article = change.origin { list.appendLiteral(" <span class=\"kind\">report</span>") }
            list.appendLiteral(": ")
            list.appendInterpolation(change.summary)
            list.appendLiteral("</li>\n")
        }
        list.appendLiteral("</ol>\n")
        return HTML(stringInterpolation: list)
    }
}
