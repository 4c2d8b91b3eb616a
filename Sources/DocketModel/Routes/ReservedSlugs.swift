extension Route {
    /// One route of every kind, whatever its slug, but the free-standing page (whose slug is
    /// what is checked): what `reservedSlugs` is read from. A new case goes here as well
    /// (`RouteTests` fails when a build writes a file under a name a page could take).
    public static let everyKind: [Route] = [
        .home, .prisoners, .prisonersByArrest, .prisonersByReview, .prisoner("x"), .prisonerFeed("x"), .prisonerEvents("x"), .prisonerReports("x"),
        .articles, .article("x"), .countries, .country("x"), .countryStatus("x", .detained), .status(.detained), .tags, .tag("x"),
        .timeline, .timelineYear(2000), .timelineFeed, .reportsFeed, .data, .dataFile("x.csv"),
        .media("x.jpg"), .stylesheet, .robots, .sitemap, .sitemapPart(1), .notFound, .corrections, .correctionsFeed,
        .prisons, .prison("x"), .charges, .charge("x"), .arrests, .arrestYear(2000),
        .professions, .profession("x"), .outlets, .outlet("x"), .names, .nameLetter("x"), .searchScript, .searchIndex("pagefind.js"),
        .chart, .countryChart("x"),
        .upcoming, .upcomingFeed, .updated, .updatedFeed,
        .formerAddress(.prisoner("x")),
    ]

    /// The folder under which `docket serve` answers for itself (the reload script and its
    /// events), beside the site.
    public static let previewFolder = "__docket"

    /// The top-level names a free-standing page (`/<slug>/`) cannot take, as the site uses them
    /// itself: the name each route's path starts with (its first folder, or its file's name
    /// before the extension or a number: `feed.xml` and `sitemap-2.xml` take `feed` and
    /// `sitemap`, the home page's `index.html` takes `index`), the pagination folder, so that
    /// no page reads as a later page of a listing, and the preview's folder.
    public static let reservedSlugs: Set<String> = {
        var names = Set(everyKind.map { name(startingPath: $0.outputFile) })
        names.insert(paginationFolder)
        names.insert(previewFolder)
        return names
    }()

    /// The names a prisoner's slug cannot take: the folders `/prisoners/` keeps for itself (its
    /// later pages, `prisoners/page/2/`, and its other orders), each with what it is for.
    public static let reservedPrisonerSlugs: [String: String] = [
        paginationFolder: "is where the list's later pages go",
        folderName(.prisonersByArrest): "is the list of prisoners by date of arrest",
        folderName(.prisonersByReview): "is the list of prisoners by when they were last reviewed",
    ]

    /// A folder under `prisoners/` a route takes: `prisoners/by-arrest/` → `by-arrest`.
    static func folderName(_ route: Route) -> String {
        String(route.path.dropFirst(prisonersFolder.utf8CodeUnitCount).dropLast())
    }

    /// The folders at the top of the site (`prisoners`, `timeline`, `media`, …), as the routes'
    /// paths begin: a link into one of them may lead to a page the build makes.
    public static let topLevelFolders: Set<String> = Set(everyKind.compactMap { route in
        route.path.firstIndex(of: "/").map { String(route.path[..<$0]) }
    })

    /// The files at the top of the site that every build writes (`feed.xml`, `404.html`, …; not
    /// the parts of a sitemap split past 50,000 addresses, written only then).
    public static let topLevelFiles: Set<String> = Set(everyKind.compactMap { route in
        switch route {
        case .sitemapPart, .searchScript, .chart: return nil
        default: break
        }
        return route.path.isEmpty || route.path.contains("/") ? nil : route.path
    })

    /// `prisoners/x/index.html` → `prisoners`; `sitemap-1.xml` → `sitemap`; `404.html` → `404`.
    static func name(startingPath path: String) -> String {
        String(path.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
