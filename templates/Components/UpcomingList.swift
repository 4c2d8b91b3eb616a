import DocketModel

/// "Upcoming": hearings, trials and appeals written with `scheduled: true` (see `Schedule`),
/// soonest first, on the home page, the timeline (both linking to `UpcomingPage`), a person's page and a report's. Nothing at
/// all where there are none, so a site without scheduled events is unchanged.
enum UpcomingList {
    /// The upcoming feed for a page's head (`HeadExtras.feeds`), when `/upcoming/` is written.
    static func feeds(_ context: PageContext) -> [(title: String, url: String)] {
        context.index.schedule.upcoming.isEmpty ? [] : [(title: context.catalog.format("upcoming.heading"), url: context.urls.upcomingFeed)]
    }

    /// How many the home page shows.
    static let homeCount = 5

    /// The home page's short list, with a link to `/upcoming/` (which has them all, and the feed).
    static func home(_ context: PageContext) -> HTML {
        let upcoming = context.index.schedule.upcoming
        guard !upcoming.isEmpty else { return HTML() }
        let more: HTML = "<p><a href=\"\(context.urls.upcoming)\">\(context.catalog.format("upcoming.all"))</a> (\(context.number(upcoming.count)))</p>\n"
        return """
        <section aria-labelledby="upcoming">
        <h2 id="upcoming">\(context.catalog.format("upcoming.heading"))</h2>
        \(EventList.list(Array(upcoming.prefix(homeCount)), context))\
        \(more)</section>

        """
    }

    /// How many the timeline shows before its link to `/upcoming/`.
    static let timelineCount = 20

    /// The timeline's list, the soonest `timelineCount`, and a link to `/upcoming/`.
    static func timeline(_ context: PageContext) -> HTML {
        let upcoming = context.index.schedule.upcoming
        guard !upcoming.isEmpty else { return HTML() }
        let link: HTML = "<p><a href=\"\(context.urls.upcoming)\">\(context.catalog.format("upcoming.all"))</a> (\(context.number(upcoming.count)))</p>\n"
        return section("upcoming", context.catalog.format("upcoming.heading"), EventList.list(Array(upcoming.prefix(timelineCount)), context) + link)
    }

    /// A person's: what is set for them, then what was set for a day now past and not yet
    /// recorded (`docket check` warns about each of those).
    static func prisoner(_ prisoner: Prisoner, _ context: PageContext) -> HTML {
        let upcoming = context.index.schedule.upcomingByPrisoner[prisoner.slug] ?? []
        let overdue = context.index.schedule.overdueByPrisoner[prisoner.slug] ?? []
        guard !upcoming.isEmpty || !overdue.isEmpty else { return HTML() }
        let page = Event.Origin.prisoner(slug: prisoner.slug)
        var content = upcoming.isEmpty ? HTML() : EventList.list(upcoming, context, showPeople: false, omitting: page)
        if !overdue.isEmpty {
            content = content + "<p class=\"empty\">\(context.catalog.format("upcoming.overdue"))</p>\n"
                + EventList.list(overdue, context, showPeople: false, omitting: page)
        }
        return section("upcoming", context.catalog.format("upcoming.heading"), content)
    }

    /// A report's own scheduled events, soonest first.
    static func report(_ events: [Event], _ article: Article, _ context: PageContext) -> HTML {
        guard !events.isEmpty else { return HTML() }
        let sorted = events.sorted { $0.date != $1.date ? $0.date < $1.date : EventOrdering.newestFirst($0, $1) { _ in "" } }
        return section("upcoming", context.catalog.format("upcoming.heading"), EventList.list(sorted, context, omitting: .article(slug: article.slug)))
    }
}
