import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 3: every page kind, feed and export of a small site.
@Suite struct ReaderOutputsTests {
    static let marker = "DRAFT-MARKER-7f3a"

    /// A small site under a sub-path, with a draft carrying a marker, a photo and a page.
    private func site(baseURL: String = "https://example.org/monitor/") throws -> TestSite {
        let site = try TestSite(siteYML: """
        title: Test Monitor
        base_url: \(baseURL)
        language: en
        description: Tests.
        data_license: CC BY 4.0
        onion_url: http://exampleonionaddress.onion/monitor/
        """)
        try site.write("content/media/people/a.png", bytes: Self.png(width: 120, height: 160))
        try site.prisoner("alpha-one", """
        name: Alpha One
        aliases: [Alfa Odin]
        country: Azerbaijan
        status: released
        profession: Journalist
        outlet: Daily Paper
        arrested: 2014-12-05
        released: 2016-05
        photo: people/a.png
        photo_credit: A Photographer
        sources:
          - title: A source
            url: https://news.example.com/a
        """)
        try site.prisoner("beta-two", """
        name: "=cmd|' /C calc'!A0"
        country: Türkiye
        status: detained
        arrested: 2015-03
        """)
        try site.prisoner("secret-person", "name: \(Self.marker) Person\ncountry: Azerbaijan\nstatus: detained\narrested: 2015\ndraft: true")
        try site.article("report-one", """
        title: Report one
        date: 2016-01-04
        summary: A summary.
        author: A Reporter
        prisoners: [alpha-one, beta-two]
        tags: [courts, United States]
        events:
          - date: 2015-12-28
            kind: amnesty
            text: A decree.
        """)
        try site.article("secret-report", "title: \(Self.marker) report\ndate: 2016-01-05\ndraft: true\ntags: [\(Self.marker)]")
        try site.write("content/pages/methodology.md", "---\ntitle: Methodology\norder: 1\n---\nHow we work.\n")
        try site.build(asOf: "2016-06-01")
        return site
    }

    @Test func everyPageKindIsWritten() throws {
        let site = try site()
        for path in ["index.html", "prisoners/index.html", "prisoners/alpha-one/index.html", "articles/index.html",
                     "articles/report-one/index.html", "timeline/index.html", "timeline/2016/index.html", "timeline/2015/index.html",
                     "timeline/2014/index.html", "countries/index.html", "countries/azerbaijan/index.html", "countries/turkiye/index.html",
                     "status/released/index.html", "status/detained/index.html", "tags/index.html", "tags/courts/index.html",
                     "tags/united-states/index.html", "methodology/index.html", "data/index.html", "404.html",
                     "feed.xml", "timeline/feed.xml", "prisoners/alpha-one/feed.xml", "sitemap.xml", "robots.txt",
                     "data/prisoners.json", "data/prisoners.csv", "data/events.json", "data/events.csv", "media/people/a.png"] {
            #expect(site.exists(path), "missing \(path)")
        }
    }

    @Test func noDraftAnywhere() throws {
        let site = try site()
        for (path, data) in site.outputTree() {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.marker), "\(path) leaks a draft")
        }
        #expect(!site.exists("prisoners/secret-person/index.html"))
    }

    @Test func internalLinksStayUnderTheBasePath() throws {
        let site = try site()
        for (path, data) in site.outputTree() where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            for link in attributeValues(text, names: ["href", "src"]) {
                if link.hasPrefix("#") || link.isEmpty || link.hasPrefix("https://news.example.com/") || link.hasPrefix("http://www.w3.org/")
                    || link.hasPrefix("http://www.sitemaps.org/") { continue }
                let isInternal = link.hasPrefix("/monitor/") || link.hasPrefix("https://example.org/monitor/")
                #expect(isInternal, "\(path) links outside /monitor/: \(link)")
            }
        }
    }

    @Test func feedsAndSitemapAreWellFormedXML() throws {
        let site = try site()
        for path in ["feed.xml", "timeline/feed.xml", "prisoners/alpha-one/feed.xml", "prisoners/beta-two/feed.xml", "sitemap.xml"] {
            let data = try Data(contentsOf: site.output.appendingPathComponent(path))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
        let reports = try site.read("feed.xml")
        #expect(reports.contains("<id>https://example.org/monitor/feed.xml</id>"))
        #expect(reports.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/monitor/feed.xml\"/>"))
        #expect(reports.contains("<entry>\n<title>Report one</title>\n<id>https://example.org/monitor/articles/report-one/</id>"))
        #expect(reports.contains("<updated>2016-01-04T00:00:00Z</updated>"))
        let person = try site.read("prisoners/alpha-one/feed.xml")
        #expect(person.contains("<title>Alpha One · Test Monitor</title>"))
        #expect(person.contains("December 2014: Arrest"))
        #expect(person.contains("<id>https://example.org/monitor/articles/report-one/</id>"))
        // A person's feed carries each report's summary and link; the reports feed carries the whole report.
        #expect(person.contains("<summary>A summary.</summary>") && !person.contains("&lt;p&gt;A report.&lt;/p&gt;"))
        #expect(reports.contains("<content type=\"html\">&lt;p&gt;A report.&lt;/p&gt;"))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://example.org/monitor/articles/report-one/</loc><lastmod>2016-01-04</lastmod></url>"))
        #expect(!sitemap.contains("404"))
        #expect(try site.read("robots.txt").contains("Sitemap: https://example.org/monitor/sitemap.xml"))
        let page = try site.read("prisoners/alpha-one/index.html")
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Alpha One · Test Monitor\" href=\"https://example.org/monitor/prisoners/alpha-one/feed.xml\">"))
    }

    @Test func openDataParsesWithOneRowPerPrisonerAndEvent() throws {
        let site = try site()
        let prisoners = try #require(try JSONSerialization.jsonObject(with: Data(site.read("data/prisoners.json").utf8)) as? [String: Any])
        #expect(prisoners["license"] as? String == "CC BY 4.0")
        let rows = try #require(prisoners["prisoners"] as? [[String: Any]])
        #expect(rows.count == 2)
        let alpha = try #require(rows.first { $0["slug"] as? String == "alpha-one" })
        #expect(alpha["released"] as? String == "2016-05")
        #expect(alpha["aliases"] as? [String] == ["Alfa Odin"])
        #expect(alpha["url"] as? String == "https://example.org/monitor/prisoners/alpha-one/")

        let csv = try site.read("data/prisoners.csv")
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == OpenData.prisonerCSVColumns.joined(separator: ","))
        #expect(lines.count == 3)
        // A name that a spreadsheet would run as a formula is defused.
        #expect(csv.contains(",'=cmd|' /C calc'!A0,"))

        let events = try #require(try JSONSerialization.jsonObject(with: Data(site.read("data/events.json").utf8)) as? [String: Any])
        let eventRows = try #require(events["events"] as? [[String: Any]])
        let timelineCount = try site.read("timeline/index.html").components(separatedBy: "class=\"event ").count - 1
        #expect(eventRows.count == 4)
        #expect(timelineCount == 4)
        let eventsCSV = try site.read("data/events.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(eventsCSV.first == OpenData.eventColumns.joined(separator: ","))
        #expect(eventsCSV.count == 5)
        #expect(eventsCSV[1].hasPrefix("2014-12-05,arrest,Arrested.,alpha-one,Alpha One,Azerbaijan,prisoner,"))
    }

    @Test func chartStructuredDataAndSharing() throws {
        let site = try site()
        let home = try site.read("index.html")
        // The chart is an image file whose alternative text is its title and figures; no inline SVG.
        #expect(home.contains("<img src=\"/monitor/chart.svg\" width=\"640\" height=\"240\" alt=\"People held over time. From "))
        #expect(!home.contains("<svg"))
        let chart = try site.read("chart.svg")
        #expect(chart.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(chart.contains("<title>People held over time</title>"))
        #expect(home.contains("<th scope=\"row\">June 2016</th><td>1</td></tr>\n<tr><th scope=\"row\">End of 2015</th><td>2</td>"))
        #expect(home.contains("<meta http-equiv=\"onion-location\" content=\"http://exampleonionaddress.onion/monitor/\">"))
        let country = try site.read("countries/azerbaijan/index.html")
        #expect(country.contains("<img src=\"/monitor/countries/azerbaijan/chart.svg\" width=\"640\" height=\"240\" alt=\"People held over time in Azerbaijan. From "))
        #expect(try site.read("countries/azerbaijan/chart.svg").contains("<title>People held over time in Azerbaijan</title>"))
        let page = try site.read("prisoners/alpha-one/index.html")
        #expect(page.contains("\"@type\":\"ProfilePage\""))
        #expect(page.contains("\"mainEntity\":{\"@type\":\"Person\",\"name\":\"Alpha One\""))
        #expect(page.contains("\"jobTitle\":\"Journalist\",\"worksFor\":{\"@type\":\"Organization\",\"name\":\"Daily Paper\"}"))
        #expect(page.contains("\"image\":\"https://example.org/monitor/media/people/a.png\""))
        #expect(page.contains("<meta property=\"og:title\" content=\"Alpha One\">"))
        #expect(page.contains("<meta http-equiv=\"onion-location\" content=\"http://exampleonionaddress.onion/monitor/prisoners/alpha-one/\">"))
        #expect(page.contains("<img src=\"/monitor/media/people/a.png\" alt=\"Photo of Alpha One\" width=\"120\" height=\"160\">"))
        #expect(page.contains("<figcaption>Photo: A Photographer</figcaption>"))
        let article = try site.read("articles/report-one/index.html")
        #expect(article.contains("\"@type\":\"NewsArticle\""))
        #expect(article.contains("\"about\":[{\"@type\":\"Person\",\"name\":\"Alpha One\",\"url\":\"https://example.org/monitor/prisoners/alpha-one/\"}"))
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.org/monitor/articles/report-one/\">"))
        #expect(try site.read("404.html").contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func pagesAreLinkedFromTheFooterAndViewsAreFiltered() throws {
        let site = try site()
        let home = try site.read("index.html")
        #expect(home.contains("<li><a href=\"/monitor/methodology/\">Methodology</a></li>"))
        let detained = try site.read("status/detained/index.html")
        #expect(detained.contains("/monitor/prisoners/beta-two/"))
        #expect(!detained.contains("/monitor/prisoners/alpha-one/"))
        let tag = try site.read("tags/united-states/index.html")
        #expect(tag.contains("<a href=\"/monitor/articles/report-one/\">Report one</a>"))
        let turkey = try site.read("countries/turkiye/index.html")
        #expect(turkey.contains("/monitor/prisoners/beta-two/"))
        #expect(!turkey.contains("/monitor/prisoners/alpha-one/"))
    }

    @Test func everyPageIsSmallAndSelfContained() throws {
        let site = try site()
        for (path, data) in site.outputTree() where path.hasSuffix(".html") {
            #expect(data.count < 60_000, "\(path) is \(data.count) bytes")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;"))
            #expect(text.contains("<html lang=\"en\">"))
            #expect(text.contains("<a class=\"skip\" href=\"#main\">"))
            #expect(text.contains("<main id=\"main\">"))
        }
        #expect(try Data(contentsOf: site.output.appendingPathComponent("style.css")).count < 15_000)
    }

    /// Past the first rows, the event files are sized from those rows at once (`OpenData.sizingSample`);
    /// every row after that point is still there, in order, in both files.
    @Test func eventFilesBeyondTheSizingSampleKeepEveryRow() throws {
        let site = try TestSite()
        let people = OpenData.sizingSample + 40
        for number in 0..<people {
            try site.prisoner("p\(number)", """
            name: Person \(number)
            country: Kazakhstan
            status: imprisoned
            arrested: \(2000 + number % 20)-01-01
            events:
              - date: \(2000 + number % 20)-06-01
                kind: sentence
                text: Sentenced, file \(number), to "\(number % 9 + 1) years".
            """)
        }
        try site.build(asOf: "2025-06-01")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.read("data/events.json").utf8)) as? [String: Any])
        let rows = try #require(json["events"] as? [[String: Any]])
        #expect(rows.count == 2 * people)
        #expect(json["count"] as? Int == 2 * people)
        let dates = rows.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        let sentences = rows.compactMap { $0["text"] as? String }.filter { $0.hasPrefix("Sentenced") }
        #expect(sentences.count == people)
        #expect(sentences.contains("Sentenced, file \(people - 1), to “\((people - 1) % 9 + 1) years”."))
        let csv = try site.read("data/events.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv.count == 2 * people + 1)
        #expect(OpenData.estimate(1_000, after: 100, of: 1_000) >= 10_000)
    }

    @Test func longListingsArePaginated() throws {
        let site = try TestSite()
        var list = ""
        for number in 0..<120 {
            try site.prisoner("p\(number)", "name: Person \(number)\ncountry: Kazakhstan\nstatus: detained\narrested: 2015-01-01")
            list += "p\(number % 120), "
        }
        for number in 0..<60 {
            try site.article("a\(number)", "title: Report \(number)\ndate: 2016-01-\(String(format: "%02d", number % 28 + 1))\nprisoners: [p0]")
        }
        try site.build(asOf: "2016-02-01")  // after every report's date
        #expect(site.exists("articles/page/2/index.html"))
        #expect(!site.exists("articles/page/3/index.html"))
        let first = try site.read("articles/index.html")
        #expect(first.contains("<a href=\"/articles/page/2/\" rel=\"next\">Next →</a>"))
        #expect(first.components(separatedBy: "<h2><a href=\"/articles/a").count - 1 == ArticleListPageSize.value)
        // A person named in more reports than their page shows gets a full, paginated list.
        let person = try site.read("prisoners/p0/index.html")
        #expect(person.components(separatedBy: "<h3><a href=\"/articles/a").count - 1 == 50)
        #expect(person.contains("<a href=\"/prisoners/p0/reports/\">All 60 reports</a>"))
        let all = try site.read("prisoners/p0/reports/index.html")
        #expect(all.components(separatedBy: "<h2><a href=\"/articles/a").count - 1 == 60)
        #expect(!site.exists("prisoners/p1/reports/index.html"))
    }

    @Test func photoAndPageProblemsAreErrors() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: A\ncountry: Kazakhstan\nstatus: detained\nphoto: ../../etc/passwd")
        try site.prisoner("b", "name: B\ncountry: Kazakhstan\nstatus: detained\nphoto: missing.jpg")
        try site.write("content/pages/timeline.md", "---\ntitle: T\n---\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/pages/timeline.md:1:1: error: a page cannot be called \"timeline\": /timeline/ is used by the site itself; rename the file [E034 reserved-slug]",
            "content/prisoners/a.md:5:8: error: photo \"../../etc/passwd\" must be a plain path inside content/media/ (no \"..\", \".\", hidden or empty parts) [E030 photo-path]",
            "content/prisoners/b.md:5:8: error: photo \"missing.jpg\" does not exist; expected the file content/media/missing.jpg [E030 photo-path]",
        ])
    }

    /// A minimal PNG header with the given size.
    static func png(width: Int, height: Int) -> [UInt8] {
        func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be32(13) + Array("IHDR".utf8) + be32(width) + be32(height) + [8, 6, 0, 0, 0]
    }
}

enum ArticleListPageSize { static let value = ArticleListPage.perPage }
