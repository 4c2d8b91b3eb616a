import DocketLocalization
import DocketModel

/// `/timeline/`: the years with their counts and the latest events; `/timeline/<year>/`
/// (and `/timeline/<year>/page/N/`): one year's events, newest first, grouped by month.
public enum TimelinePage {
    public static let latestCount = 50
    public static let perPage = ListingSizes.timelineYear

    /// `recent`: what `/updated/` lists, which the hub links to when it is written.
    public static func renderHub(_ context: PageContext, recent: RecentChanges) -> HTML {
        let urls = context.urls
        let index = context.index
        let t = context.catalog
        let body: HTML = """
        <h1>\(t[.navTimeline])</h1>
        <p class="lead">\(t.format("timeline.lead", [("events", eventCount(index.timeline.count, context))]))\
        \(UpdatedPage.sentence(recent, context))</p>
        \(yearNavigation(context, current: nil))\
        \(UpcomingList.timeline(context))\
        \(section("latest", t[.homeLatestEvents], EventList.list(Array(index.timeline.prefix(latestCount)), context)))
        """
        return Layout.page(context, title: t[.navTimeline], path: urls.timeline, section: .timeline,
                           head: HeadExtras(feeds: UpcomingList.feeds(context) + UpdatedPage.feeds(recent, context)), body: body)
    }

    public static func renderYear(_ year: Int, _ events: [Event], _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let first = urls.timelineYear(year)
        let title = t.format("timeline.yearTitle", [("year", String(year))])
        return Pagination.pages(events, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(title)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(t.format("timeline.yearLead", [("events", eventCount(events.count, context)), ("year", String(year))]))</p>
            \(yearNavigation(context, current: year))\
            \(months(Array(chunk), year: year, context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: title, path: path, section: .timeline, body: body))
        }
    }

    /// The page of its year (2 or more) that lists each event past the year's first page, by
    /// anchor: the same chunks as `renderYear` makes. Years of one page add nothing.
    static func laterPages(_ years: [(year: Int, events: [Event])]) -> [String: Int] {
        var pages: [String: Int] = [:]
        for entry in years where entry.events.count > perPage {
            for (offset, event) in entry.events.enumerated().dropFirst(perPage) { pages[event.anchor] = offset / perPage + 1 }
        }
        return pages
    }

    /// Links to every year, newest first, with counts.
    static func yearNavigation(_ context: PageContext, current: Int?) -> HTML {
        let urls = context.urls
        let items: [HTML] = context.index.years.map { entry in
            entry.year == current
                ? "<li><a href=\"\(urls.timelineYear(entry.year))\" aria-current=\"page\">\(entry.year)</a> <span class=\"count\">\(context.number(entry.events.count))</span></li>"
                : "<li><a href=\"\(urls.timelineYear(entry.year))\">\(entry.year)</a> <span class=\"count\">\(context.number(entry.events.count))</span></li>"
        }
        guard !items.isEmpty else { return "<p class=\"empty\">\(context.label(.personNoEvents))</p>\n" }
        return "<nav class=\"years\" aria-label=\"\(context.catalog.format("timeline.years"))\"><ul>\(items)</ul></nav>\n"
    }

    /// A year's events by month, newest first, then those known only to the year.
    static func months(_ events: [Event], year: Int, _ context: PageContext) -> HTML {
        var months: [HTML] = []
        var rest = events[...]
        while let first = rest.first {
            let month = first.date.month
            let group = rest.prefix { $0.date.month == month }
            rest = rest.dropFirst(group.count)
            let title = month.map { context.writesEnglish ? "\(CivilDate.monthNames[$0 - 1]) \(year)" : DateText.write(year: year, month: $0, in: context.catalog) }
                ?? context.catalog.format("timeline.monthUnknown", [("year", String(year))])
            let id = month.map { "m\($0 < 10 ? "0" : "")\($0)" } ?? "month-unknown"
            months.append(section(id, title, EventList.list(Array(group), context)))
        }
        return months.joined()
    }
}

/// "1 event", "240 events" ("240 hadisə", "240 событий"); English as it always was (no grouping
/// under a thousand is the same either way).
func eventCount(_ count: Int, _ context: PageContext) -> String {
    context.catalog.string(.events(count))
}
