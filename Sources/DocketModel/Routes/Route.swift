/// Every address the site has, one case per kind: where each page, feed, data file and photo
/// lives and the file written for it.
///
/// A path here is relative to the site's root (`prisoners/<slug>/`, `feed.xml`; the home page's
/// is empty); `SiteURLs` puts the site's `base_path` or `base_url` in front of it for a link.
/// Pages live at pretty URLs: a path ending in `/` is a folder, written as its `index.html`.
/// The slugs a free-standing page cannot take come from these paths too (`reservedSlugs`), so a
/// new kind of page is one new case here (and in `everyKind`), its page in `templates/Pages`,
/// and its job in `PageRenderer`.
public enum Route: Hashable, Sendable {
    case home
    /// `prisoners/`, everyone by name (later pages under `page/N/`).
    case prisoners
    /// `prisoners/by-arrest/`, everyone by date of arrest, newest first.
    case prisonersByArrest
    /// `prisoners/by-review/`, everyone by when their record was last reviewed, newest first.
    case prisonersByReview
    case prisoner(String)
    /// A prisoner's Atom feed.
    case prisonerFeed(String)
    /// A prisoner's whole timeline, when longer than their page shows.
    case prisonerEvents(String)
    /// Every report naming a prisoner, when more than their page shows.
    case prisonerReports(String)
    /// `articles/`, every report.
    case articles
    case article(String)
    case countries
    case country(String)
    /// `countries/<slug>/status/<status>/`: a country's people with one status.
    case countryStatus(String, PrisonerStatus)
    case status(PrisonerStatus)
    case tags
    case tag(String)
    /// `timeline/`, the years and the latest events.
    case timeline
    case timelineYear(Int)
    case timelineFeed
    /// `feed.xml`, the reports' Atom feed.
    case reportsFeed
    /// `data/`, the page describing the open data files.
    case data
    /// One open data file by name (`prisoners.csv`).
    case dataFile(String)
    /// A free-standing page from `content/pages/<slug>.md`, at the top level.
    case page(String)
    /// A photo by its path under `content/media/`.
    case media(String)
    case stylesheet
    case robots
    /// `sitemap.xml`: the sitemap, or the index of its parts on a large site.
    case sitemap
    /// `sitemap-N.xml`, a part of a large site's sitemap.
    case sitemapPart(Int)
    /// `404.html`, what the web server shows for an unknown address.
    case notFound
    /// `corrections/`, every correction published, newest first.
    case corrections
    /// `corrections/feed.xml`, the corrections' Atom feed.
    case correctionsFeed
    /// `prisons/`, every prison `content/prisons.yml` lists (made only when it lists one).
    case prisons
    /// `prisons/<slug>/`: a prison, who is held there now and who was before.
    case prison(String)
    /// `charges/`: every article a charge cites, with how many people it names (`FacetIndex`).
    case charges
    /// `charges/<slug>/` (`criminal-code-234-4-3`): the people charged under one article.
    case charge(String)
    /// `arrests/`: every year of arrest, newest first, with its count.
    case arrests
    /// `arrests/<year>/`: the people with a detention whose arrest falls in the year.
    case arrestYear(Int)
    /// `professions/` and `professions/<slug>/`: the people by profession.
    case professions
    case profession(String)
    /// `outlets/` and `outlets/<slug>/`: the people by the outlet they work for.
    case outlets
    case outlet(String)
    /// `names/`: every spelling of every prisoner's name, by script and first letter.
    case names
    /// `names/<letter-slug>/`: one letter's names, when it has more than 200 (`NameIndex`).
    case nameLetter(String)
    /// `chart.svg`: the home page's chart of people held over time, as an image file.
    case chart
    /// `countries/<slug>/chart.svg`: a country's chart, as an image file.
    case countryChart(String)
    /// `upcoming/`: every scheduled hearing, trial and appeal from the site's date on, soonest
    /// first (`Schedule`); made only when there is one.
    case upcoming
    /// `upcoming/feed.xml`, the upcoming events' Atom feed.
    case upcomingFeed
    /// `updated/`: people and reports by when they last changed (reviewed, corrected), newest
    /// first (`RecentChanges`); made only when one has changed.
    case updated
    /// `updated/feed.xml`, the latest changes' Atom feed.
    case updatedFeed
    /// `search.js`: the script that shows the search box, written only with `search: pagefind`.
    case searchScript
    /// A file of Pagefind's search bundle under `pagefind/` (`pagefind.js`), which Pagefind
    /// writes after the build's own files, with `search: pagefind`.
    case searchIndex(String)
    /// The address a prisoner, a report or a page had under a former slug (`.prisoner("old")`):
    /// a small page there sends readers on to the current one. Not in the sitemap.
    /// (The one case held in a box: a route inside a route. The others are plain values, so
    /// making a link allocates nothing.)
    indirect case formerAddress(Route)

    /// The folder of every prisoner's pages, as a literal: `PagePath` writes it into a list's
    /// bytes without making a path.
    @inlinable public static var prisonersFolder: StaticString { "prisoners/" }
    /// The folder of every report's page, as a literal (see `prisonersFolder`).
    @inlinable public static var articlesFolder: StaticString { "articles/" }
    /// The file a folder's page is written as.
    @inlinable public static var indexFile: StaticString { "index.html" }
    /// The folder a paginated listing's later pages go in: `prisoners/page/2/`.
    public static let paginationFolder = "page"

    /// The path from the site's root.
    public var path: String {
        switch self {
        case .home: ""
        case .prisoners: Self.prisonersFolder.description
        case .prisonersByArrest: Self.prisonersFolder.description + "by-arrest/"
        case .prisonersByReview: Self.prisonersFolder.description + "by-review/"
        case .prisoner(let slug): Self.prisonersFolder.description + slug + "/"
        case .prisonerFeed(let slug): Self.prisonersFolder.description + slug + "/feed.xml"
        case .prisonerEvents(let slug): Self.prisonersFolder.description + slug + "/timeline/"
        case .prisonerReports(let slug): Self.prisonersFolder.description + slug + "/reports/"
        case .articles: Self.articlesFolder.description
        case .article(let slug): Self.articlesFolder.description + slug + "/"
        case .countries: "countries/"
        case .country(let slug): "countries/" + slug + "/"
        case .countryStatus(let slug, let status): "countries/" + slug + "/status/" + status.rawValue + "/"
        case .status(let status): "status/" + status.rawValue + "/"
        case .tags: "tags/"
        case .tag(let slug): "tags/" + slug + "/"
        case .timeline: "timeline/"
        case .timelineYear(let year): "timeline/\(year)/"
        case .timelineFeed: "timeline/feed.xml"
        case .reportsFeed: "feed.xml"
        case .data: "data/"
        case .dataFile(let name): "data/" + name
        case .page(let slug): slug + "/"
        case .media(let path): "media/" + path
        case .stylesheet: "style.css"
        case .robots: "robots.txt"
        case .sitemap: "sitemap.xml"
        case .sitemapPart(let number): "sitemap-\(number).xml"
        case .notFound: "404.html"
        case .corrections: "corrections/"
        case .correctionsFeed: "corrections/feed.xml"
        case .prisons: "prisons/"
        case .prison(let slug): "prisons/" + slug + "/"
        case .charges: "charges/"
        case .charge(let slug): "charges/" + slug + "/"
        case .arrests: "arrests/"
        case .arrestYear(let year): "arrests/\(year)/"
        case .professions: "professions/"
        case .profession(let slug): "professions/" + slug + "/"
        case .outlets: "outlets/"
        case .outlet(let slug): "outlets/" + slug + "/"
        case .names: "names/"
        case .nameLetter(let slug): "names/" + slug + "/"
        case .chart: "chart.svg"
        case .countryChart(let slug): "countries/" + slug + "/chart.svg"
        case .upcoming: "upcoming/"
        case .upcomingFeed: "upcoming/feed.xml"
        case .updated: "updated/"
        case .updatedFeed: "updated/feed.xml"
        case .searchScript: "search.js"
        case .searchIndex(let file): "pagefind/" + file
        case .formerAddress(let old): old.path
        }
    }

    /// The file written for the route, relative to the output folder: `prisoners/index.html`,
    /// `feed.xml`.
    public var outputFile: String { Self.outputFile(forPath: path) }

    /// The file written for a path from the site's root: a folder's `index.html`, else the path.
    public static func outputFile(forPath path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + indexFile.description : path
    }

    /// Page `number` (1-based) of a paginated listing whose first page is at `first` (a path
    /// from the site's root or a link; either ends in `/`).
    public static func paginated(_ first: String, page number: Int) -> String {
        number <= 1 ? first : first + paginationFolder + "/\(number)/"
    }
}
