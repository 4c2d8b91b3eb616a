/// The hearings, trials and appeals written ahead with `scheduled: true`, kept apart from what
/// has happened: they are never on the timeline, among the latest events, in feeds, in data
/// files or in the chart (`SiteIndex` leaves them out of `timeline`), only in "Upcoming" lists.
public struct Schedule: Sendable {
    /// Every scheduled event of the site whose date has not passed (its last possible day is the
    /// site's date or later), soonest first.
    public let upcoming: [Event]
    /// Each prisoner's scheduled events (written in their file or in a report naming them), soonest first.
    public let upcomingByPrisoner: [String: [Event]]
    /// Each prisoner's scheduled events whose date has passed (a warning at check time: the file
    /// should say what happened), soonest first.
    public let overdueByPrisoner: [String: [Event]]

    /// `articles` are the published reports; names of people left out (drafts) are left out of the events too.
    init(site: Site, articles: [Article], prisonerBySlug: [String: Prisoner], asOf: PartialDate) {
        var scheduled: [Event] = []
        for prisoner in site.prisoners { for event in prisoner.events where event.isScheduled { scheduled.append(event) } }
        for article in articles { for event in article.events where event.isScheduled { scheduled.append(event) } }
        guard !scheduled.isEmpty else {
            (upcoming, upcomingByPrisoner, overdueByPrisoner) = ([], [:], [:])
            return
        }
        let entries = scheduled.map { event -> (event: Event, name: String) in
            let kept = event.prisoners.filter { prisonerBySlug[$0] != nil }
            let keptEvent = kept.count == event.prisoners.count ? event : Event(
                date: event.date, kind: event.kind, text: event.text, textHTML: event.textHTML, prisoners: kept,
                sourceURL: event.sourceURL, sourceTitle: event.sourceTitle, origin: event.origin, isDerived: event.isDerived,
                isScheduled: true)
            return (keptEvent, kept.compactMap { prisonerBySlug[$0]?.name }.joined(separator: ", "))
        }
        // Soonest first; on the same date, in the timeline's order.
        let sorted = entries.sorted { a, b in
            if a.event.date != b.event.date { return a.event.date < b.event.date }
            return EventOrdering.newestFirst(a.event, b.event, nameA: a.name, nameB: b.name)
        }.map(\.event)
        var upcoming: [Event] = []
        var byPrisoner: [String: [Event]] = [:]
        var overdue: [String: [Event]] = [:]
        for event in sorted {
            let isPast = event.date.lastDay < asOf.firstDay
            if !isPast { upcoming.append(event) }
            for slug in event.prisoners {
                if isPast { overdue[slug, default: []].append(event) } else { byPrisoner[slug, default: []].append(event) }
            }
        }
        (self.upcoming, upcomingByPrisoner, overdueByPrisoner) = (upcoming, byPrisoner, overdue)
    }
}
