import DocketModel

/// `/upcoming/` (and `/upcoming/page/N/`): every hearing, trial and appeal written with
/// `scheduled: true` whose date has not passed (`Schedule.upcoming`), soonest first, with its
/// feed. Made only when there is one; the home page's and the timeline's lists link here.
public enum UpcomingPage {
    public static let perPage = ListingSizes.upcoming

    public static func render(_ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let heading = t.format("upcoming.heading")
        let upcoming = context.index.schedule.upcoming
        return Pagination.pages(upcoming, size: perPage, first: urls.upcoming, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(t.format("upcoming.lead", [("events", t.format("upcoming.events", count: upcoming.count)), ("date", context.date(context.index.asOf))])) \
            <a href="\(urls.upcomingFeed)">\(t.format("upcoming.follow"))</a></p>
            \(EventList.list(Array(chunk), context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(
                context, title: number > 1 ? t.format("upcoming.titlePage", [("title", heading), ("page", context.number(number))]) : heading,
                description: t.format("upcoming.description"),
                path: path, section: .timeline, head: HeadExtras(feeds: [(title: heading, url: urls.upcomingFeed)]), body: body))
        }
    }

    /// The page of `/upcoming/` (1-based) that lists the event at `offset` in `Schedule.upcoming`.
    static func page(ofOffset offset: Int) -> Int { offset / perPage + 1 }
}
