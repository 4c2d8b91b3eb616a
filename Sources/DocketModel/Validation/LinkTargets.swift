import DocketMarkdown
import Foundation

/// What a link into the site may lead to: the pages and files the build will write. A link's
/// path is read back as a `Route` (`Route.parse`), and the route looked up in what the site
/// publishes. Routes that exist only for what the index finds (a country's page, a tag's, a
/// status's, a timeline year's, a later page of a listing, a person's full lists) are looked up
/// in a `SiteIndex` of the published site, made only when a link needs one.
struct LinkTargets {
    let prisonerBySlug: [String: Prisoner]
    let articleBySlug: [String: Article]
    let pageBySlug: [String: Page]
    /// Slugs of files that failed to decode: a link to them is not reported again.
    let brokenPrisoners: Set<String>
    let brokenArticles: Set<String>
    /// The photos of the prisoners published, copied to `media/`.
    let photos: Set<String>
    let includeDrafts: Bool
    let publishingAt: Moment?
    /// Nil when `content/site.yml` could not be read: then the index's routes are not checked.
    let config: SiteConfig?
    /// The site's date (`--as-of`), for the index; nil: the publishing moment's day, or today.
    let asOf: PartialDate?
    /// The slugs of `content/prisons.yml`'s prisons (none: the site has no prison pages).
    var prisonSlugs: Set<String> = []
    /// The index of the site as published, and as published with drafts (for a draft's links).
    private var indexes: [Bool: SiteIndex] = [:]

    init(prisonerBySlug: [String: Prisoner], articleBySlug: [String: Article], pageBySlug: [String: Page],
         brokenPrisoners: Set<String>, brokenArticles: Set<String>, photos: Set<String>,
         includeDrafts: Bool, publishingAt: Moment?, config: SiteConfig?, asOf: PartialDate? = nil) {
        self.prisonerBySlug = prisonerBySlug
        self.articleBySlug = articleBySlug
        self.pageBySlug = pageBySlug
        self.brokenPrisoners = brokenPrisoners
        self.brokenArticles = brokenArticles
        self.photos = photos
        self.includeDrafts = includeDrafts
        self.publishingAt = publishingAt
        self.config = config
        self.asOf = asOf
    }

    /// What is wrong with one link (its kind and message), or nil. A URL at the site's own address
    /// is checked only where it names a prisoner, a report or a file in media/: the host may serve
    /// other paths than the site's.
    mutating func problem(_ link: LinkReference, referrerIsDraft: Bool) -> (DiagnosticCode, String)? {
        guard let path = link.path, let (route, page) = Self.route(path) else { return target(link, referrerIsDraft: referrerIsDraft) }
        if let problem = target(link, referrerIsDraft: referrerIsDraft) { return problem }
        return listing(link, route, page: page, publishesDrafts: includeDrafts || referrerIsDraft)
    }

    /// The route a path from the site's root names, and the page of a listing; a folder written
    /// without its last slash (`/methodology`) is the folder, as the web server adds it.
    private static func route(_ path: String) -> (Route, Int)? {
        let bare = String(path.prefix { $0 != "?" && $0 != "#" }.dropFirst())
        return Route.parse(bare) ?? (bare.hasSuffix("/") ? nil : Route.parse(bare + "/"))
    }

    /// A later page of a listing, or a person's full timeline or reports: written only when the
    /// list is long enough (`ListingSizes`); nil when it is.
    private mutating func listing(_ link: LinkReference, _ route: Route, page: Int, publishesDrafts: Bool) -> (DiagnosticCode, String)? {
        let what = link.isImage ? "image" : "link to"
        switch route {
        case .prisonerEvents(let slug), .prisonerReports(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let isEvents: Bool
            if case .prisonerEvents = route { isEvents = true } else { isEvents = false }
            let count = isEvents ? index.eventsByPrisoner[slug]?.count ?? 0 : index.articlesByPrisoner[slug]?.count ?? 0
            let shown = isEvents ? ListingSizes.personEvents : ListingSizes.personReports
            let noun = isEvents ? "events" : "reports"
            guard count > shown else {
                return (.brokenLink, "\(what) \(link.written): a person's full \(isEvents ? "timeline" : "list of reports") is written only past the "
                    + "\(shown) \(noun) their page shows, and \"\(slug)\" has \(count); link to /\(Route.prisoner(slug).path) instead")
            }
            return laterPage(link, page, count: count, size: ListingSizes.personList, noun: noun)
        case _ where page == 1 || link.isAbsolute:
            return nil
        case .prisoners, .prisonersByArrest, .prisonersByReview:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            return laterPage(link, page, count: index.prisonersByStatus.reduce(0) { $0 + $1.prisoners.count }, size: ListingSizes.prisoners, noun: "prisoners")
        case .articles:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            return laterPage(link, page, count: index.articlesNewestFirst.count, size: ListingSizes.articles, noun: "reports")
        case .status(let status):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let count = index.prisonersByStatus.first { $0.status == status }?.prisoners.count ?? 0
            return laterPage(link, page, count: count, size: ListingSizes.status, noun: "prisoners")
        case .countryStatus(let slug, let status):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let count = index.countries.countries.first { $0.slug == slug }?.count(status) ?? 0
            return laterPage(link, page, count: count, size: ListingSizes.countryStatus, noun: "prisoners")
        case .tag(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let count = index.tags.tags.first { $0.slug == slug }?.articles.count ?? 0
            return laterPage(link, page, count: count, size: ListingSizes.tag, noun: "reports")
        case .timelineYear(let year):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let count = index.years.first { $0.year == year }?.events.count ?? 0
            return laterPage(link, page, count: count, size: ListingSizes.timelineYear, noun: "events")
        case .nameLetter(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let letter = NameIndex(index.site.prisoners).lettersWithOwnPage.first { $0.slug == slug }
            return laterPage(link, page, count: letter?.entries.count ?? 0, size: NameIndex.letterPageSize, noun: "names")
        case .prison(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let count = index.site.prisoners.filter { $0.detentions.contains { $0.prisonSlug == slug } }.count
            return laterPage(link, page, count: count, size: ListingSizes.facet, noun: "people")
        case .charge(let slug), .profession(let slug), .outlet(let slug):
            guard let index = index(withDrafts: publishesDrafts), let facet = Self.facet(route, of: index) else { return nil }
            return laterPage(link, page, count: facet.value(slug: slug)?.prisoners.count ?? 0, size: ListingSizes.facet, noun: "people")
        case .upcoming:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            return laterPage(link, page, count: index.schedule.upcoming.count, size: ListingSizes.upcoming, noun: "events")
        case .updated:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            return laterPage(link, page, count: RecentChanges(index.site).changes.count, size: ListingSizes.updated, noun: "changes")
        case .arrestYear(let year):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let count = index.facets.arrests.value(slug: String(year))?.prisoners.count ?? 0
            return laterPage(link, page, count: count, size: ListingSizes.facet, noun: "people")
        default:
            return nil
        }
    }

    /// The facet a facet's route belongs to (`.charges` and `.charge` to the charges), or nil.
    private static func facet(_ route: Route, of index: SiteIndex) -> FacetIndex.Facet? {
        switch route {
        case .charges, .charge: index.facets.charges
        case .arrests, .arrestYear: index.facets.arrests
        case .professions, .profession: index.facets.professions
        case .outlets, .outlet: index.facets.outlets
        default: nil
        }
    }

    /// Page `page` of a listing of `count` items, `size` a page: nil when the build writes it.
    private func laterPage(_ link: LinkReference, _ page: Int, count: Int, size: Int, noun: String) -> (DiagnosticCode, String)? {
        let pages = max(1, (count + size - 1) / size)
        guard page > pages else { return nil }
        return (.brokenLink, "\(link.isImage ? "image" : "link to") \(link.written): that listing has \(pages) page\(pages == 1 ? "" : "s") "
            + "(\(count) \(count == 1 ? String(noun.dropLast()) : noun), \(size) a page); link to its first page, as what a later page shows moves as entries are added")
    }

    /// What is wrong with the link's target itself (the listing or the person, for a later page
    /// or a full list), or nil.
    private mutating func target(_ link: LinkReference, referrerIsDraft: Bool) -> (DiagnosticCode, String)? {
        guard let path = link.path else { return (.brokenLink, "link to \(link.written) leads above the site's root") }
        let what = link.isImage ? "image" : "link to"
        let nothing = (DiagnosticCode.brokenLink, "\(what) \(link.written): no page of this site is there")
        guard let (route, _) = Self.route(path) else { return link.isAbsolute ? nil : nothing }
        let publishesDrafts = includeDrafts || referrerIsDraft
        switch route {
        case .prisoner(let slug), .prisonerFeed(let slug), .prisonerEvents(let slug), .prisonerReports(let slug):
            guard let prisoner = prisonerBySlug[slug] else {
                if brokenPrisoners.contains(slug) { return nil }
                if case .prisoner = route, let moved = formerAddress(slug, of: Array(prisonerBySlug.values), publishesDrafts) {
                    return renamed(link, route: .prisoner(moved.slug), file: moved.path)
                }
                let hint = CrossReferences.renamedHint(slug, in: Array(prisonerBySlug.values))
                    ?? Suggestions.hint(for: slug, in: prisonerBySlug.keys.sorted())
                return (.brokenLink, "\(what) \(link.written): no prisoner \"\(slug)\"\(hint); expected the slug of a file in content/prisoners/")
            }
            guard prisoner.draft, !publishesDrafts else { return nil }
            return unpublished("prisoner", slug, path: prisoner.path, embargo: prisoner.isEmbargoed(at: publishingAt) ? prisoner.embargoUntil : nil)
        case .article(let slug):
            guard let article = articleBySlug[slug] else {
                if brokenArticles.contains(slug) { return nil }
                if let moved = formerAddress(slug, of: Array(articleBySlug.values), publishesDrafts) {
                    return renamed(link, route: .article(moved.slug), file: moved.path)
                }
                let hint = CrossReferences.renamedHint(slug, in: Array(articleBySlug.values))
                    ?? Suggestions.hint(for: slug, in: articleBySlug.keys.sorted())
                return (.brokenLink, "\(what) \(link.written): no report \"\(slug)\"\(hint); expected the slug of a file in content/articles/")
            }
            guard article.draft, !publishesDrafts else { return nil }
            return unpublished("report", slug, path: article.path, embargo: article.isEmbargoed(at: publishingAt) ? article.embargoUntil : nil)
        case .media(let file):
            // A draft's or an embargoed person's photo is not published with a page that shows it.
            if !publishesDrafts, let owner = prisonerBySlug.values.first(where: { $0.draft && $0.photo?.path == BodyLinks.percentDecoded(file) }) {
                let embargo = owner.isEmbargoed(at: publishingAt) ? owner.embargoUntil : nil
                return (embargo == nil ? .linkToDraft : .linkToEmbargoed,
                        "\(what) \(link.written): this is the photo of prisoner \"\(owner.slug)\", "
                        + (embargo.map { "under embargo until \($0); a published page cannot show it until the embargo ends" }
                           ?? "a draft; a published page cannot show it (publish \(owner.path) first, or remove it)"))
            }
            switch link.media {
            case .success?: return nil
            case .failure(let problem)?: return (problem.code, problem.message)
            case nil:
                return photos.contains(BodyLinks.percentDecoded(file)) ? nil
                    : (.brokenLink, "\(what) \(link.written): no such file is published; expected a file in content/media/")
            }
        case _ where link.isAbsolute:
            return nil
        case .page(let slug):
            guard let target = pageBySlug[slug] else {
                let pages = Array(pageBySlug.values)
                if let moved = pages.first(where: { $0.formerSlugs.contains(slug) && (publishesDrafts || !$0.draft) }) {
                    return renamed(link, route: .page(moved.slug), file: moved.path)
                }
                return nothing
            }
            guard target.draft, !publishesDrafts else { return nil }
            return unpublished("page", slug, path: target.path, embargo: nil)
        case .country(let slug), .countryChart(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let slugs = index.countries.countries.map(\.slug)
            if slugs.contains(slug) { return nil }
            return (.brokenLink, "\(what) \(link.written): no country page \"\(slug)\"\(Suggestions.hint(for: slug, in: slugs)); "
                + "a country has a page once a published prisoner is from there")
        case .countryStatus(let slug, let status):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let slugs = index.countries.countries.map(\.slug)
            guard let country = index.countries.countries.first(where: { $0.slug == slug }) else {
                return (.brokenLink, "\(what) \(link.written): no country page \"\(slug)\"\(Suggestions.hint(for: slug, in: slugs)); "
                    + "a country has a page once a published prisoner is from there")
            }
            if country.count(status) > 0 { return nil }
            return (.brokenLink, "\(what) \(link.written): no published prisoner from \(country.name) has the status \"\(status.rawValue)\", so its page is not written")
        case .tag(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let slugs = index.tags.tags.map(\.slug)
            if slugs.contains(slug) { return nil }
            return (.brokenLink, "\(what) \(link.written): no tag page \"\(slug)\"\(Suggestions.hint(for: slug, in: slugs)); "
                + "a tag has a page once a published item has it")
        case .status(let status):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            if index.prisonersByStatus.contains(where: { $0.status == status }) { return nil }
            return (.brokenLink, "\(what) \(link.written): no published prisoner has the status \"\(status.rawValue)\", so its page is not written")
        case .timelineYear(let year):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            if index.years.contains(where: { $0.year == year }) { return nil }
            return (.brokenLink, "\(what) \(link.written): the timeline has no events in \(year), so it has no page for that year")
        case .upcoming, .upcomingFeed:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            if !index.schedule.upcoming.isEmpty { return nil }
            return (.brokenLink, "\(what) \(link.written): nothing is scheduled from the site's date on, so /\(route.path) is not written")
        case .updated, .updatedFeed:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            if !RecentChanges(index.site).changes.isEmpty { return nil }
            return (.brokenLink, "\(what) \(link.written): no person has been reviewed (\"updated\") or corrected, "
                + "nor a report corrected, so /\(route.path) is not written")
        case .corrections, .correctionsFeed:
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            if !CorrectionEntry.newestFirst(index.site).isEmpty { return nil }
            return (.brokenLink, "\(what) \(link.written): the site publishes no corrections yet, so /\(route.path) is not written")
        case .dataFile(let name):
            return Route.openDataFiles.contains(name) ? nil : nothing
        case .prisons:
            return prisonSlugs.isEmpty ? nothing : nil
        case .prison(let slug):
            if prisonSlugs.contains(slug) { return nil }
            if prisonSlugs.isEmpty { return nothing }
            return (.brokenLink, "\(what) \(link.written): no prison \"\(slug)\"\(Suggestions.hint(for: slug, in: prisonSlugs.sorted())); "
                + "expected the slug of a prison in content/prisons.yml")
        case .nameLetter(let slug):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            let slugs = NameIndex(index.site.prisoners).lettersWithOwnPage.map(\.slug)
            if slugs.contains(slug) { return nil }
            return (.brokenLink, "\(what) \(link.written): no page of names \"\(slug)\"; a letter has its own page only past "
                + "\(NameIndex.letterPageLimit) names (or when /names/ would list more than \(NameIndex.indexPageLimit)), else link to /names/#letter-\(slug)")
        case .charges, .arrests, .professions, .outlets:
            guard let index = index(withDrafts: publishesDrafts), let facet = Self.facet(route, of: index) else { return nil }
            return facet.isEmpty ? (.brokenLink, "\(what) \(link.written): no published prisoner has a value for this list, so /\(route.path) is not written") : nil
        case .charge(let slug), .profession(let slug), .outlet(let slug):
            guard let index = index(withDrafts: publishesDrafts), let facet = Self.facet(route, of: index) else { return nil }
            if facet.value(slug: slug) != nil { return nil }
            let slugs = facet.values.map(\.slug)
            return (.brokenLink, "\(what) \(link.written): no page \"\(slug)\" under /\(route.path.prefix { $0 != "/" })/\(Suggestions.hint(for: slug, in: slugs)); "
                + "a value has a page once a published prisoner has it")
        case .arrestYear(let year):
            guard let index = index(withDrafts: publishesDrafts) else { return nil }
            if index.facets.arrests.value(slug: String(year)) != nil { return nil }
            return (.brokenLink, "\(what) \(link.written): no published prisoner was arrested in \(year), so it has no page of arrests")
        case .sitemapPart:
            // Written only when the sitemap is split, past 50,000 addresses.
            return nothing
        case .searchScript, .searchIndex:
            // Written only with search on (and Pagefind's files are its own to name).
            return config?.search == nil ? nothing : nil
        case .home, .prisoners, .prisonersByArrest, .prisonersByReview, .names, .articles, .countries, .tags, .timeline, .timelineFeed, .reportsFeed, .data,
             .stylesheet, .robots, .sitemap, .notFound, .formerAddress, .chart:
            return nil
        }
    }

    /// The published record (or any, in a build of drafts) that had `slug` before, if any.
    private func formerAddress<Record: Publishable>(_ slug: String, of records: [Record], _ publishesDrafts: Bool) -> Record?
    where Record.Record: HasFormerSlugs {
        records.filter { $0.record.formerSlugs.contains(slug) && (publishesDrafts || !$0.draft) }
            .min { $0.record.slug < $1.record.slug }
    }

    /// A link to a former slug's address: it redirects, but the link should name the current one.
    private func renamed(_ link: LinkReference, route: Route, file: String) -> (DiagnosticCode, String) {
        (.linkToFormerAddress, "link to \(link.written): that is a former address of \(file), which redirects; "
            + "link to /\(route.path) instead")
    }

    private func unpublished(_ noun: String, _ slug: String, path: String, embargo: Moment?) -> (DiagnosticCode, String) {
        if let embargo {
            return (.linkToEmbargoed, "link to \(noun) \"\(slug)\", under embargo until \(embargo); a published page cannot name "
                + "an embargoed record (embargo this page as well, or remove the link)")
        }
        return (.linkToDraft, "link to \(noun) \"\(slug)\", a draft; a published page cannot name a draft (publish \(path) or remove the link)")
    }

    /// The index the build makes of the site as published (with drafts when `withDrafts`), made
    /// the first time a link needs it; at the publishing moment's day, or today.
    private mutating func index(withDrafts: Bool) -> SiteIndex? {
        guard let config else { return nil }
        if let made = indexes[withDrafts] { return made }
        let site = Site(config: config,
                        prisoners: prisonerBySlug.values.filter { withDrafts || !$0.draft },
                        articles: articleBySlug.values.filter { withDrafts || !$0.draft },
                        pages: pageBySlug.values.filter { withDrafts || !$0.draft })
        let moment = publishingAt ?? Moment(secondsSince1970: Int(Date().timeIntervalSince1970))
        let index = SiteIndex(site: site, asOf: asOf ?? moment.day)
        indexes[withDrafts] = index
        return index
    }
}
