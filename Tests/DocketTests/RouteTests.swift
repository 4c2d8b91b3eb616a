import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 20: one `Route` type gives every output file, every link and the names a page cannot take.
@Suite struct RouteTests {
    /// The names refused before they came from the routes: the set must not change by accident.
    @Test func reservedSlugsComeFromTheRoutes() {
        #expect(Route.reservedSlugs == [
            "prisoners", "articles", "timeline", "countries", "status", "tags", "data", "media", "page",
            "feed", "sitemap", "robots", "404", "style", "index", "__docket", "corrections", "prisons", "names",
            "search", "pagefind", "chart", "charges", "arrests", "professions", "outlets", "upcoming", "updated",
        ])
        for route in Route.everyKind {
            let name = Route.name(startingPath: route.outputFile)
            #expect(!name.isEmpty && Route.reservedSlugs.contains(name), "\(route) starts with \(name)")
        }
        #expect(Route.name(startingPath: Route.sitemapPart(12).outputFile) == "sitemap")
    }

    @Test func aPageNamedLikeARouteIsRefused() throws {
        let site = try TestSite()
        for name in Route.reservedSlugs { try site.write("content/pages/\(name).md", "---\ntitle: T\n---\n") }
        try site.write("content/pages/about.md", "---\ntitle: About\n---\n")
        let messages = rendered(site.load().diagnostics)
        for name in Route.reservedSlugs.sorted() {
            #expect(messages.contains("content/pages/\(name).md:1:1: error: a page cannot be called \"\(name)\": "
                + "/\(name)/ is used by the site itself; rename the file [E034 reserved-slug]"), "\(name) was not refused")
        }
        #expect(!messages.contains { $0.hasPrefix("content/pages/about.md") })
    }

    /// Each route's link, under a base path, leads to the file written for it.
    @Test func everyRouteLinksToItsOutputFile() {
        let urls = SiteURLs(config: SiteConfig(title: "T", baseURL: "https://example.org/monitor/", language: "en", description: ""))
        for route in Route.everyKind + [.page("about"), .timelineYear(2016), .status(.released)] {
            let link = urls.path(route)
            #expect(link == "/monitor/" + route.path)
            #expect(urls.outputPath(link) == route.outputFile, "\(route)")
        }
        #expect(Route.home.outputFile == "index.html")
        #expect(Route.prisoner("a-b").outputFile == "prisoners/a-b/index.html")
        #expect(Route.prisonerFeed("a-b").outputFile == "prisoners/a-b/feed.xml")
        #expect(Route.paginated(Route.tags.path, page: 1) == "tags/")
        #expect(Route.paginated(urls.tags, page: 3) == "/monitor/tags/page/3/")
        #expect(urls.prisonerPath("a-b").description == urls.prisoner("a-b"))
        #expect(urls.articlePath("a-b").description == urls.article("a-b"))
    }

    /// A built site: the routes of what it holds are written where the routes say, everything
    /// written is under a reserved name (a new route missing from `everyKind` fails here), and
    /// every link of every page leads to a file the build wrote.
    @Test func linksAndListingsPointAtTheFilesWritten() throws {
        let site = try TestSite(siteYML: "title: T\nbase_url: https://example.org/monitor/\nlanguage: en\ndescription: Tests.")
        try site.write("content/media/a.png", bytes: ReaderOutputsTests.png(width: 10, height: 10))
        try site.prisoner("alpha-one", "name: Alpha One\ncountry: Azerbaijan\nstatus: imprisoned\narrested: 2014-12-05\nphoto: a.png")
        try site.article("report-one", "title: Report one\ndate: 2016-01-04\nprisoners: [alpha-one]\ntags: [courts]\n"
            + "events:\n  - date: 2015-12-28\n    kind: amnesty\n    text: A decree.")
        try site.write("content/pages/about.md", "---\ntitle: About\n---\nWho we are.\n")
        #expect(try site.build().succeeded)
        let written = Set(site.outputTree().keys)
        let routes: [Route] = [
            .home, .prisoners, .prisoner("alpha-one"), .prisonerFeed("alpha-one"), .articles, .article("report-one"),
            .countries, .country("azerbaijan"), .status(.imprisoned), .tags, .tag("courts"), .timeline, .timelineYear(2015),
            .timelineFeed, .reportsFeed, .data, .dataFile("prisoners.csv"), .dataFile("prisoners.json"),
            .dataFile("events.csv"), .dataFile("events.json"), .page("about"), .media("a.png"), .stylesheet, .robots,
            .sitemap, .notFound,
        ]
        for route in routes { #expect(written.contains(route.outputFile), "\(route): no \(route.outputFile)") }
        // Whatever the build writes, but a page from content/pages/, is under a name no page can take.
        for path in written where !path.hasPrefix(Route.page("about").path) {
            #expect(Route.reservedSlugs.contains(Route.name(startingPath: path)), "\(path) is not under a reserved name")
        }
        let urls = SiteURLs(config: SiteConfig(title: "T", baseURL: "https://example.org/monitor/", language: "en", description: ""))
        for path in written where path.hasSuffix(".html") {
            for link in attributeValues(try site.read(path), names: ["href", "src"]) where link.hasPrefix("/monitor/") {
                let file = urls.outputPath(String(link.prefix { $0 != "#" }))
                #expect(written.contains(file), "\(path) links to \(link), which was not written")
            }
        }
    }

    /// The templates get a body as HTML from the builder; none reads a file.
    @Test func templatesReadNoFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("templates")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        #expect(files.count > 20)
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for call in [".body.html", "htmlBytes(", "Data(contentsOf", "String(contentsOf", "contentsOfFile", "FileManager", "reread("] {
                #expect(!text.contains(call), "\(file.lastPathComponent) calls \(call)")
            }
        }
    }
}
