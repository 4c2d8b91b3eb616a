/// Everything the pages look up, computed once from the validated site:
/// the timeline, reports per prisoner, prisoners by status and country.
public struct SiteIndex: Sendable {
    public let site: Site
    /// "Now" for days in detention and terms: `--as-of`, `SOURCE_DATE_EPOCH` or today.
    public let asOf: PartialDate

    public let prisonerBySlug: [String: Prisoner]
    /// Reports, newest first (then by title).
    public let articlesNewestFirst: [Article]
    /// Every event of every prisoner and report, newest first.
    public let timeline: [Event]
    /// Reports naming each prisoner, newest first.
    public let articlesByPrisoner: [String: [Article]]
    /// Each prisoner's own timeline: their events and the reports' events naming them, newest first.
    public let eventsByPrisoner: [String: [Event]]
    /// Prisoners grouped by status in status order, each group by name.
    public let prisonersByStatus: [(status: PrisonerStatus, prisoners: [Prisoner])]
    /// Countries with people held now, most first, then by name.
    public let heldByCountry: [(country: String, count: Int)]
    public let articleBySlug: [String: Article]
    public let countries: CountryIndex
    public let tags: TagIndex
    /// People held over time, for the chart on the home page.
    public let series: DetentionSeries
    /// Timeline years, newest first, with their events.
    public let years: [(year: Int, events: [Event])]

    /// `jobs` is how many threads may build the parts at once; the index is the same whatever it is.
    public init(site: Site, asOf: PartialDate, jobs: Int = Parallel.defaultJobs) {
        self.site = site
        self.asOf = asOf

        var prisonerBySlug: [String: Prisoner] = [:]
        for prisoner in site.prisoners { prisonerBySlug[prisoner.slug] = prisoner }
        self.prisonerBySlug = prisonerBySlug
        let articles = site.articles.sorted(by: Self.newestArticleFirst)
        articlesNewestFirst = articles

        // The timeline and what is made from it on one thread; the rest on another.
        var timeline: [Event] = []
        var eventsByPrisoner: [String: [Event]] = [:]
        var years: [(year: Int, events: [Event])] = []
        var countries: CountryIndex?
        var articleBySlug: [String: Article] = [:]
        var articlesByPrisoner: [String: [Article]] = [:]
        var prisonersByStatus: [(status: PrisonerStatus, prisoners: [Prisoner])] = []
        var tags: TagIndex?
        var series: DetentionSeries?
        var heldByCountry: [(country: String, count: Int)] = []
        Parallel.together(jobs: jobs, {
            timeline = Self.timeline(site: site, articlesNewestFirst: articles, prisonerBySlug: prisonerBySlug)
            for event in timeline {
                for slug in event.prisoners { eventsByPrisoner[slug, default: []].append(event) }
            }
            for event in timeline {
                if years.last?.year == event.date.year { years[years.count - 1].events.append(event) } else { years.append((event.date.year, [event])) }
            }
            countries = CountryIndex(prisoners: site.prisoners, timeline: timeline, prisonerBySlug: prisonerBySlug, asOf: asOf)
        }, {
            for article in site.articles { articleBySlug[article.slug] = article }
            for article in articles {
                for slug in article.prisoners where prisonerBySlug[slug] != nil {
                    articlesByPrisoner[slug, default: []].append(article)
                }
            }
            let byName: (Prisoner, Prisoner) -> Bool = { a, b in
                a.name != b.name ? a.name < b.name : a.slug < b.slug
            }
            prisonersByStatus = PrisonerStatus.allCases.compactMap { status in
                let group = site.prisoners.filter { $0.status == status }.sorted(by: byName)
                return group.isEmpty ? nil : (status, group)
            }
            tags = TagIndex(articlesNewestFirst: articles)
            series = DetentionSeries(prisoners: site.prisoners, asOf: asOf)
            var counts: [String: Int] = [:]
            for prisoner in site.prisoners where prisoner.status.isHeld { counts[prisoner.country, default: 0] += 1 }
            heldByCountry = counts.map { (country: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
        })
        self.timeline = timeline
        self.eventsByPrisoner = eventsByPrisoner
        self.years = years
        self.countries = countries!
        self.articleBySlug = articleBySlug
        self.articlesByPrisoner = articlesByPrisoner
        self.prisonersByStatus = prisonersByStatus
        self.tags = tags!
        self.series = series!
        self.heldByCountry = heldByCountry
    }

    /// Every event of every prisoner and report, newest first; names of left-out prisoners
    /// (drafts) are left out of the events too.
    private static func timeline(site: Site, articlesNewestFirst articles: [Article],
                                 prisonerBySlug: [String: Prisoner]) -> [Event] {
        let sortName: (Event) -> String = { event in
            event.prisoners.compactMap { prisonerBySlug[$0]?.name }.joined(separator: ", ")
        }
        var all: [Event] = site.prisoners.flatMap(\.events)
        all += articles.flatMap(\.events)
        // A prisoner that is left out (a draft) is left out of the events too.
        all = all.map { event in
            let kept = event.prisoners.filter { prisonerBySlug[$0] != nil }
            return kept.count == event.prisoners.count ? event : Event(
                date: event.date, kind: event.kind, text: event.text, textHTML: event.textHTML, prisoners: kept,
                sourceURL: event.sourceURL, sourceTitle: event.sourceTitle, origin: event.origin, isDerived: event.isDerived)
        }
        // Each event's names are joined once, not on every comparison of the sort.
        let names = all.map(sortName)
        // Dates compared as numbers made once (the first comparison of every pair).
        let keys = all.map { EventOrdering.dateKey($0.date) }
        let order = all.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[b] < keys[a] }
            return EventOrdering.newestFirst(all[a], all[b], nameA: names[a], nameB: names[b])
        }
        all = order.map { all[$0] }
        return all
    }

    static func newestArticleFirst(_ a: Article, _ b: Article) -> Bool {
        if a.date != b.date { return b.date < a.date }
        if a.title != b.title { return a.title < b.title }
        return a.slug < b.slug
    }

    /// How many people are held now.
    public var heldCount: Int { heldByCountry.reduce(0) { $0 + $1.count } }
}
