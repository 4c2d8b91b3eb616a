import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import DocketSupport
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 19, item 15: sitemaps, JSON-LD, feeds and data files as their standards say.
@Suite struct StandardsTests {
    static func siteYML(_ baseURL: String) -> String {
        "title: Test Monitor\nbase_url: \(baseURL)\nlanguage: en\ndescription: Tests.\n"
    }

    /// A person reviewed in a month only, one reviewed on a day, and a report.
    private func datedSite(baseURL: String = "https://example.org/") throws -> TestSite {
        let site = try TestSite(siteYML: Self.siteYML(baseURL))
        try site.prisoner("month-only", "name: Month Only\naliases: [Mo Only]\ncountry: Yemen\nstatus: detained\narrested: 2015\nupdated: 2016-01")
        try site.prisoner("year-only", "name: Year Only\ncountry: Yemen\nstatus: detained\narrested: 2015\nupdated: 2015")
        try site.prisoner("full-day", "name: Full Day\ncountry: Yemen\nstatus: detained\narrested: 2015-03\nupdated: 2016-01-10")
        try site.article("a-report", "title: A report\ndate: 2016-01-04\nprisoners: [full-day]")
        return site
    }

    /// Every `<lastmod>` value of an XML text.
    private func lastmods(_ xml: String) -> [String] {
        xml.components(separatedBy: "<lastmod>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    private func isFullDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    // MARK: a) sitemap dates

    @Test func sitemapDatesAreFullDatesOrLeftOut() throws {
        let site = try datedSite()
        try site.build()
        let sitemap = try site.read("sitemap.xml")
        #expect(!lastmods(sitemap).isEmpty)
        for date in lastmods(sitemap) { #expect(isFullDate(date), "lastmod \(date) is not YYYY-MM-DD") }
        #expect(sitemap.contains("<url><loc>https://example.org/prisoners/month-only/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/prisoners/full-day/</loc><lastmod>2016-01-10</lastmod></url>"))
    }

    // MARK: b) sitemap index

    private func context(_ site: TestSite) throws -> PageContext {
        let outcome = site.load()
        let loaded = try #require(outcome.site, "\(rendered(outcome.diagnostics))")
        return PageContext(index: SiteIndex(site: loaded, asOf: try PartialDate(parsing: "2016-01-15")))
    }

    @Test func aLargeSitemapIsSplitUnderAnIndex() throws {
        let site = try datedSite()
        let context = try context(site)
        let files = try PageRenderer.render(context)
        let pages = files.filter { $0.path.hasSuffix("index.html") }.count
        #expect(pages > 7)
        let sitemaps = PageRenderer.sitemap(paths: files.map(\.path), context, limit: 3)
        let byPath = Dictionary(uniqueKeysWithValues: sitemaps.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        let parts = (pages + 2) / 3
        #expect(Set(byPath.keys) == Set(["sitemap.xml"] + (1...parts).map { "sitemap-\($0).xml" }))
        let index = try #require(byPath["sitemap.xml"])
        #expect(index.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"))
        #expect(index.contains("<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>"))
        #expect(index.hasSuffix("</sitemapindex>\n"))
        #expect(!index.contains("<url>"))
        var locations: [String] = []
        for number in 1...parts {
            let part = try #require(byPath["sitemap-\(number).xml"])
            #expect(XMLParser(data: Data(part.utf8)).parse())
            #expect(part.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            let urls = part.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(urls.count <= 3 && !urls.isEmpty)
            locations += urls
        }
        #expect(locations.count == pages && Set(locations).count == pages)
        // Under the limit the sitemap is one urlset, as before; robots.txt names sitemap.xml either way.
        let single = PageRenderer.sitemap(paths: files.map(\.path), context)
        #expect(single.map(\.path) == ["sitemap.xml"])
        #expect(Sitemap.robots(context).contains("Sitemap: https://example.org/sitemap.xml\n"))
    }

    // MARK: c) JSON-LD

    private func jsonLD(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        let object = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
        return try #require(object as? [String: Any])
    }

    @Test func structuredDataDatesAreFullAndAliasesAreAlternateNames() throws {
        let site = try datedSite()
        try site.build()
        let monthOnly = try jsonLD(site.read("prisoners/month-only/index.html"))
        #expect(monthOnly["dateModified"] == nil)
        let person = try #require(monthOnly["mainEntity"] as? [String: Any])
        #expect(person["alternateName"] as? [String] == ["Mo Only"])
        #expect(try jsonLD(site.read("prisoners/year-only/index.html"))["dateModified"] == nil)
        #expect(try jsonLD(site.read("prisoners/full-day/index.html"))["dateModified"] as? String == "2016-01-10")
    }

    // MARK: d) f) links in bodies under a sub-path, and absolute in the reports feed

    private func linkingSite() throws -> TestSite {
        let site = try TestSite(siteYML: Self.siteYML("https://example.org/monitor/"))
        try site.write("content/media/chart.png", bytes: ReaderOutputsTests.png(width: 4, height: 4))
        try site.write("content/pages/methodology.md", "---\ntitle: Methodology\n---\nHow we work.\n")
        try site.prisoner("alpha", "name: Alpha\ncountry: Yemen\nstatus: detained\narrested: 2015\nphoto: chart.png",
                          body: "See [our methods](/methodology/) and [the report](/articles/a-report/#details).")
        try site.article("a-report", "title: A report\ndate: 2016-01-04\nprisoners: [alpha]", body: """
        Read [how we count](/methodology/), [Alpha](../../prisoners/alpha/), [below](#details) and
        [elsewhere](https://news.example.com/x).

        ![A chart](/media/chart.png)
        """)
        try site.build()
        return site
    }

    @Test func rootRelativeBodyLinksAreRebasedUnderTheBasePath() throws {
        let site = try linkingSite()
        let report = try site.read("articles/a-report/index.html")
        #expect(report.contains("<a href=\"/monitor/methodology/\">how we count</a>"))
        #expect(report.contains("<a href=\"../../prisoners/alpha/\">Alpha</a>"))
        #expect(report.contains("<a href=\"#details\">below</a>"))
        #expect(report.contains("<a href=\"https://news.example.com/x\">elsewhere</a>"))
        #expect(report.contains("<img src=\"/monitor/media/chart.png\" alt=\"A chart\" width=\"4\" height=\"4\" loading=\"lazy\" />"))
        let person = try site.read("prisoners/alpha/index.html")
        #expect(person.contains("<a href=\"/monitor/methodology/\">our methods</a>"))
        #expect(person.contains("<a href=\"/monitor/articles/a-report/#details\">the report</a>"))
        // The image is copied where the rebased link points.
        #expect(site.exists("media/chart.png"))
    }

    @Test func reportsFeedBodiesLinkAbsolutely() throws {
        let site = try linkingSite()
        let feed = try site.read("feed.xml")
        let content = String(try #require(feed.components(separatedBy: "<content type=\"html\">").dropFirst().first))
        #expect(content.contains("href=&quot;https://example.org/monitor/methodology/&quot;"))
        #expect(content.contains("href=&quot;https://example.org/monitor/prisoners/alpha/&quot;"))
        #expect(content.contains("href=&quot;https://example.org/monitor/articles/a-report/#details&quot;"))
        #expect(content.contains("src=&quot;https://example.org/monitor/media/chart.png&quot;"))
        #expect(content.contains("href=&quot;https://news.example.com/x&quot;"))
        #expect(!content.contains("href=&quot;/") && !content.contains("src=&quot;/") && !content.contains("href=&quot;.")
                && !content.contains("href=&quot;#"))
    }

    // MARK: e) events on later pages of a year

    @Test func eventLinksPointAtThePageOfTheYearThatHoldsThem() throws {
        let site = try TestSite()
        let many = (0..<TimelinePage.perPage).map { "  - date: 2015-12-20\n    kind: hearing\n    text: Hearing \($0)." }
        try site.prisoner("busy", "name: Busy\ncountry: Yemen\nstatus: detained\narrested: 2015-12-30\nevents:\n" + many.joined(separator: "\n"))
        try site.prisoner("early", "name: Early\ncountry: Yemen\nstatus: detained\narrested: 2014\nevents:\n  - date: 2015-01-02\n    kind: hearing\n    text: An early hearing.")
        try site.build()
        let page2 = try site.read("timeline/2015/page/2/index.html")
        let feed = try site.read("prisoners/early/feed.xml")
        let anchor = try #require(feed.components(separatedBy: "timeline/2015/page/2/#").dropFirst().first?.prefix { $0 != "<" && $0 != "\"" })
        #expect(page2.contains("id=\"\(anchor)\""))
        // The entry links to that page, and keeps its permanent id (the year's first page), so
        // a feed reader does not see it anew when the year is split differently.
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/timeline/2015/page/2/#\(anchor)\"/>"))
        #expect(feed.contains("<id>https://example.org/timeline/2015/#\(anchor)</id>"))
        // An event on the first page keeps the year's own address.
        let busy = try site.read("prisoners/busy/feed.xml")
        #expect(busy.contains("<id>https://example.org/timeline/2015/#e-"))
    }

    // MARK: g) robots.txt under a sub-path

    @Test func buildingUnderASubPathWarnsThatRobotsTxtIsNotAtTheRoot() throws {
        let site = try TestSite(siteYML: Self.siteYML("https://example.org/monitor/"))
        try site.prisoner("alpha", "name: Alpha\ncountry: Yemen\nstatus: detained")
        let run = try DocketProcess.run(["build", "--site", site.root.path, "--as-of", "2016-01-15", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: base_url has the path /monitor/: robots.txt is written to "
                                    + "https://example.org/monitor/robots.txt, where crawlers do not look"), "\(run.stderr)")
        let root = try TestSite()
        try root.prisoner("alpha", "name: Alpha\ncountry: Yemen\nstatus: detained")
        let plain = try DocketProcess.run(["build", "--site", root.root.path, "--as-of", "2016-01-15", "--quiet"])
        #expect(plain.status == 0 && !plain.stderr.contains("robots.txt"), "\(plain.stderr)")
    }

    // MARK: h) JSON data files

    @Test func dataFilesEscapeMarkupAndLineSeparators() throws {
        let site = try TestSite()
        try site.prisoner("hostile", "name: \"</script><b>Tom & Jerry\"\ncountry: Yemen\nstatus: detained")
        try site.build()
        let json = try site.read("data/prisoners.json")
        #expect(json.contains("\"\\u003c/script\\u003e\\u003cb\\u003eTom \\u0026 Jerry\""))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let rows = try #require(decoded?["prisoners"] as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "</script><b>Tom & Jerry")
        // Line and paragraph separators, which end a JavaScript string, are escaped by the same writer.
        #expect(JSON.string("a\u{2028}b\u{2029}<").serialized == "\"a\\u2028b\\u2029\\u003c\"")
        let events = try site.read("data/events.json")
        #expect(!events.contains("<") && !events.contains("&"))
    }
}
