extension Route {
    /// A path from the site's root read back as the route it is (`prisoners/x/` → `.prisoner("x")`),
    /// with the page of a paginated listing (`prisoners/page/2/` → `.prisoners`, page 2), or nil
    /// when no route has that path. Every candidate is checked against `path` itself (written
    /// back with `Route.paginated`), so this never disagrees with the routes' own paths.
    /// `path` has no leading `/`, query or fragment. Not a former address: that is a live route's
    /// path under an old slug, told apart by what the site holds.
    public static func parse(_ path: String) -> (route: Route, page: Int)? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var page = 1
        // `…/page/N/`: a later page of a listing.
        if parts.count >= 4, parts[parts.count - 1].isEmpty, parts[parts.count - 3] == paginationFolder,
           let number = Int(parts[parts.count - 2]), number >= 2, String(number) == parts[parts.count - 2] {
            page = number
            parts.removeLast(2)
            parts[parts.count - 1] = ""
        }
        guard let route = candidate(parts) else { return nil }
        let listingPath = route.path
        guard paginated(listingPath, page: page) == path else { return nil }
        if page > 1 && !route.isPaginated { return nil }
        return (route, page)
    }

    /// The route `parts` (the path split at `/`) would be, before it is checked against its path.
    private static func candidate(_ parts: [String]) -> Route? {
        let first = parts.first ?? ""
        let second = parts.count > 1 ? parts[1] : ""
        let third = parts.count > 2 ? parts[2] : ""
        switch (first, parts.count) {
        case ("", 1): return .home
        case ("prisoners", 2): return .prisoners
        case ("prisoners", 3):
            if third == "feed.xml" { return .prisonerFeed(second) }
            return [Route.prisonersByArrest, .prisonersByReview].first { $0.path == "prisoners/\(second)/" } ?? .prisoner(second)
        case ("prisoners", 4): return third == "timeline" ? .prisonerEvents(second) : third == "reports" ? .prisonerReports(second) : nil
        case ("articles", 2): return .articles
        case ("articles", 3): return .article(second)
        case ("countries", 2): return .countries
        case ("countries", 3): return third == "chart.svg" ? .countryChart(second) : .country(second)
        case ("countries", 5): return third == "status" ? PrisonerStatus(rawValue: parts[3]).map { .countryStatus(second, $0) } : nil
        case ("status", 3): return PrisonerStatus(rawValue: second).map { .status($0) }
        case ("tags", 2): return .tags
        case ("tags", 3): return .tag(second)
        case ("timeline", 2): return second == "feed.xml" ? .timelineFeed : .timeline
        case ("timeline", 3): return Int(second).map { .timelineYear($0) }
        case ("data", 2): return second.isEmpty ? .data : .dataFile(second)
        case ("corrections", 2): return second == "feed.xml" ? .correctionsFeed : .corrections
        case ("prisons", 2): return .prisons
        case ("upcoming", 2): return second == "feed.xml" ? .upcomingFeed : .upcoming
        case ("updated", 2): return second == "feed.xml" ? .updatedFeed : .updated
        case ("names", 2): return .names
        case ("names", 3): return .nameLetter(second)
        case ("prisons", 3): return .prison(second)
        case ("charges", 2): return .charges
        case ("charges", 3): return .charge(second)
        case ("arrests", 2): return .arrests
        case ("arrests", 3): return Int(second).map { .arrestYear($0) }
        case ("professions", 2): return .professions
        case ("professions", 3): return .profession(second)
        case ("outlets", 2): return .outlets
        case ("outlets", 3): return .outlet(second)
        case ("media", _): return .media(parts.dropFirst().joined(separator: "/"))
        case ("pagefind", _): return .searchIndex(parts.dropFirst().joined(separator: "/"))
        case (_, 1): return topLevelFile(first)
        case (_, 2): return .page(first)
        default: return nil
        }
    }

    private static func topLevelFile(_ name: String) -> Route? {
        switch name {
        case "feed.xml": return .reportsFeed
        case "style.css": return .stylesheet
        case "robots.txt": return .robots
        case "sitemap.xml": return .sitemap
        case "404.html": return .notFound
        case "search.js": return .searchScript
        case "chart.svg": return .chart
        default:
            guard name.hasPrefix("sitemap-"), name.hasSuffix(".xml"),
                  let number = Int(name.dropFirst("sitemap-".count).dropLast(".xml".count)) else { return nil }
            return .sitemapPart(number)
        }
    }

    /// The listings a build splits into pages (`Pagination`): everyone (in each order), a
    /// country's people with one status, the reports, a status, a tag, a timeline year, a
    /// person's full timeline and reports, a letter's names, a prison, and a value of a facet
    /// (an article, a year of arrest, a profession, an outlet), the upcoming events and the recent changes.
    var isPaginated: Bool {
        switch self {
        case .prisoners, .prisonersByArrest, .prisonersByReview, .countryStatus, .articles, .status, .tag, .timelineYear,
             .prisonerEvents, .prisonerReports, .nameLetter, .prison, .charge, .arrestYear, .profession, .outlet, .upcoming, .updated: true
        default: false
        }
    }

    /// The open data files every build writes under `data/` (`PageRenderer` writes them by
    /// these names; `RouteTests` holds the two together).
    public static let openDataFiles: Set<String> = ["prisoners.json", "prisoners.csv", "events.json", "events.csv"]
}

/// How many items each paginated listing shows a page, and how many a person's page shows
/// before it links to their full lists. The templates take their sizes from here
/// (`PrisonerListPage.perPage`, `PrisonerPage.eventLimit`, …), so the link checker and the build
/// agree on which later pages and full lists exist.
public enum ListingSizes {
    /// Everyone, in each of its three orders (`prisoners/`, `prisoners/by-arrest/`, `prisoners/by-review/`).
    public static let prisoners = 100
    public static let articles = 50
    public static let status = 100
    /// A country's people with one status (`countries/<slug>/status/<status>/`).
    public static let countryStatus = 100
    public static let tag = 50
    public static let timelineYear = 150
    /// A page of a person's full timeline or reports.
    public static let personList = 150
    /// The events and reports a person's page shows; a full list is written past them.
    public static let personEvents = 100
    public static let personReports = 50
    /// A prison's people, and the people of one value of a facet (`/charges/<slug>/`, …).
    public static let facet = 100
    /// `/upcoming/`'s scheduled events.
    public static let upcoming = 100
    /// `/updated/`'s people and reports.
    public static let updated = 100
}
