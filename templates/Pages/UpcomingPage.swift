import DocketModel

/// `/upcoming/` (and `/upcoming/page/N/`): every hearing, trial and appeal written with
/// `scheduled: true` whose date has not passed (`Schedule.upcoming`), soonest first, with its
/// feed. Made only when there is one; the home page's and the timeline's lists link here.
public enum UpcomingPage {
    public static let perPage = ListingSizes.upcoming

    public static func render(_ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let upcoming = context.index.schedule.upcoming
        return Pagination.pages(upcoming, size: perPage, first: urls.upcoming, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>Upcoming\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(upcoming.count, "hearing, trial or appeal", "hearings, trials and appeals")) \
            set from \(context.index.asOf.display) on, soonest first. \
            <a href="\(urls.upcomingFeed)">Follow upcoming events (Atom feed)</a></p>
            \(EventList.list(Array(chunk), context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(
                context, title: number > 1 ? "Upcoming (page \(number))" : "Upcoming",
                description: "Hearings, trials and appeals set for the days ahead, soonest first.",
                path: path, section: .timeline, head: HeadExtras(feeds: [(title: "Upcoming", url: urls.upcomingFeed)]), body: body))
        }
    }

    /// The page of `/upcoming/` (1-based) that lists the event at `offset` in `Schedule.upcoming`.
    static func page(ofOffset offset: Int) -> Int { offset / perPage + 1 }
}
