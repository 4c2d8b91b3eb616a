import DocketSupport
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
    /// Scheduled hearings, trials and appeals, which the timeline leaves out (see `Schedule`).
    public let schedule: Schedule
    /// Charges by article, years of arrest, professions and outlets, with their people.
    public let facets: FacetIndex

    /// `jobs` is how many threads may build the parts at once; the index is the same whatever it is.
    public init(site: Site, asOf: PartialDate, jobs: Int = Parallel.defaultJobs) {
        self.site = site
        self.asOf = asOf

        // Three stages, each of two parts that run on two threads when `jobs` allows: what the
        // timeline needs; the timeline (itself sorted on two threads); what is made from it.
        let ((prisonerBySlug, facets), listed) = Parallel.together(jobs: jobs, {
            var prisonerBySlug: [String: Prisoner] = [:]
            prisonerBySlug.reserveCapacity(site.prisoners.count)
            for prisoner in site.prisoners { prisonerBySlug[prisoner.slug] = prisoner }
            return (prisonerBySlug, FacetIndex(site))
        }, {
            Listings(site: site, asOf: asOf)
        })
        let articles = listed.articles
        let timeline = Self.timeline(site: site, articlesNewestFirst: articles, prisonerBySlug: prisonerBySlug, jobs: jobs)

        let (byPrisoner, (countries, tags)) = Parallel.together(jobs: jobs, {
            var eventsByPrisoner: [String: [Event]] = [:]
            var years: [(year: Int, events: [Event])] = []
            var articlesByPrisoner: [String: [Article]] = [:]
            for event in timeline {
                for slug in event.prisoners { eventsByPrisoner[slug, default: []].append(event) }
            }
            for event in timeline {
                if years.last?.year == event.date.year { years[years.count - 1].events.append(event) } else { years.append((event.date.year, [event])) }
            }
            for article in articles {
                for slug in article.prisoners where prisonerBySlug[slug] != nil {
                    articlesByPrisoner[slug, default: []].append(article)
                }
            }
            return (eventsByPrisoner, years, articlesByPrisoner)
        }, {
            (CountryIndex(prisoners: site.prisoners, timeline: timeline, prisonerBySlug: prisonerBySlug, asOf: asOf,
                          declared: site.config.countries),
             TagIndex(articlesNewestFirst: articles, prisoners: site.prisoners))
        })
        let (eventsByPrisoner, years, articlesByPrisoner) = byPrisoner
        let (articleBySlug, prisonersByStatus, series, heldByCountry) =
            (listed.articleBySlug, listed.prisonersByStatus, listed.series, listed.heldByCountry)
        self.prisonerBySlug = prisonerBySlug
        self.facets = facets
        articlesNewestFirst = articles
        self.timeline = timeline
        self.eventsByPrisoner = eventsByPrisoner
        self.years = years
        self.countries = countries
        self.articleBySlug = articleBySlug
        self.articlesByPrisoner = articlesByPrisoner
        self.prisonersByStatus = prisonersByStatus
        self.tags = tags
        self.series = series
        self.heldByCountry = heldByCountry
        schedule = Schedule(site: site, articles: articles, prisonerBySlug: prisonerBySlug, asOf: asOf)
    }

    /// Every event of every prisoner and report, newest first; names of left-out prisoners
    /// (drafts) are left out of the events too, and scheduled events (`Schedule`) altogether.
    private static func timeline(site: Site, articlesNewestFirst articles: [Article],
                                 prisonerBySlug: [String: Prisoner], jobs: Int) -> [Event] {
        let all: [Event] = (site.prisoners.flatMap { $0.events } + articles.flatMap { $0.events }).filter { !$0.isScheduled }
        // A prisoner that is left out (a draft) is left out of the events too. Each event's
        // names are joined once, not on every comparison of the sort, and its date made a
        // number once; all three on every core, in chunks.
        let chunkSize = 4096
        let chunks = stride(from: 0, to: all.count, by: chunkSize).map { $0..<min($0 + chunkSize, all.count) }
        let prepared = Parallel.map(chunks, jobs: jobs) { range -> [(event: Event, name: String, key: Int)] in
            range.map { index in
                let event = all[index]
                let kept = event.prisoners.filter { prisonerBySlug[$0] != nil }
                let keptEvent = kept.count == event.prisoners.count ? event : Event(
                    date: event.date, kind: event.kind, text: event.text, textHTML: event.textHTML, prisoners: kept,
                    sourceURL: event.sourceURL, sourceTitle: event.sourceTitle, origin: event.origin, isDerived: event.isDerived)
                let name = kept.compactMap { prisonerBySlug[$0]?.name }.joined(separator: ", ")
                return (keptEvent, name, EventOrdering.dateKey(event.date))
            }
        }
        let entries = prepared.flatMap { $0 }
        let precedes: @Sendable (Int, Int) -> Bool = { a, b in
            if entries[a].key != entries[b].key { return entries[b].key < entries[a].key }
            return EventOrdering.newestFirst(entries[a].event, entries[b].event, nameA: entries[a].name, nameB: entries[b].name)
        }
        // Each half sorted on its own thread, then merged; both sorts are stable and the merge
        // takes from the first half on a tie, so the order is that of one stable sort.
        let middle = entries.count / 2
        let (first, second) = Parallel.together(jobs: jobs, {
            Array(0..<middle).sorted(by: precedes)
        }, {
            Array(middle..<entries.count).sorted(by: precedes)
        })
        var merged: [Event] = []
        merged.reserveCapacity(entries.count)
        var i = 0
        var j = 0
        while i < first.count && j < second.count {
            if precedes(second[j], first[i]) {
                merged.append(entries[second[j]].event)
                j += 1
            } else {
                merged.append(entries[first[i]].event)
                i += 1
            }
        }
        while i < first.count { merged.append(entries[first[i]].event); i += 1 }
        while j < second.count { merged.append(entries[second[j]].event); j += 1 }
        return merged
    }

    static func newestArticleFirst(_ a: Article, _ b: Article) -> Bool {
        if a.date != b.date { return b.date < a.date }
        if a.title != b.title { return a.title < b.title }
        return a.slug < b.slug
    }

    /// What the first stage lists beside the prisoners by slug: reports newest first and by slug,
    /// prisoners by status, the chart's series, and how many are held in each country.
    private struct Listings: Sendable {
        let articles: [Article]
        let articleBySlug: [String: Article]
        let prisonersByStatus: [(status: PrisonerStatus, prisoners: [Prisoner])]
        let series: DetentionSeries
        let heldByCountry: [(country: String, count: Int)]

        init(site: Site, asOf: PartialDate) {
            articles = site.articles.sorted(by: SiteIndex.newestArticleFirst)
            var articleBySlug: [String: Article] = [:]
            articleBySlug.reserveCapacity(site.articles.count)
            for article in site.articles { articleBySlug[article.slug] = article }
            self.articleBySlug = articleBySlug
            let byName: (Prisoner, Prisoner) -> Bool = { a, b in
                a.name != b.name ? a.name < b.name : a.slug < b.slug
            }
            prisonersByStatus = PrisonerStatus.allCases.compactMap { status in
                let group = site.prisoners.filter { $0.status == status }.sorted(by: byName)
                return group.isEmpty ? nil : (status, group)
            }
            series = DetentionSeries(prisoners: site.prisoners, asOf: asOf)
            var counts: [String: Int] = [:]
            for prisoner in site.prisoners where prisoner.status.isHeld { counts[prisoner.country, default: 0] += 1 }
            heldByCountry = counts.map { (country: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : CountryIndex.alphabetical($0.country, $1.country) }
        }
    }

    /// How many people are held now.
    public var heldCount: Int { heldByCountry.reduce(0) { $0 + $1.count } }
}
