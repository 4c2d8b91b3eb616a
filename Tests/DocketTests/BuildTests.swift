import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel

@Suite struct BuildTests {
    /// Two prisoners and a report naming both, with a hostile name.
    private func sampleSite(baseURL: String = "https://example.org/") throws -> TestSite {
        let site = try TestSite(siteYML: "title: Test Monitor\nbase_url: \(baseURL)\nlanguage: en\ndescription: Tests.")
        try site.prisoner("khadija-ismayilova", """
        name: Khadija Ismayilova
        country: Azerbaijan
        status: imprisoned
        profession: Journalist
        arrested: 2014-12-05
        sentence:
          term: 7y6m
          date: 2015-09
          court: Baku Grave Crimes Court
        updated: 2016-01
        """, body: "She is a *journalist*.\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1))")
        try site.prisoner("evil", """
        name: "<script>alert('x')</script> & Co"
        aliases: ["\\"onmouseover=alert(1)"]
        country: Azerbaijan
        status: released
        arrested: 2013
        released: 2014-05-02
        """)
        try site.article("pardon-report", """
        title: Pardon leaves out journalists
        date: 2016-01-04
        summary: None of them were freed.
        prisoners: [khadija-ismayilova, evil]
        events:
          - date: 2015-12-28
            kind: amnesty
            text: A pardon decree frees 210 prisoners.
        """)
        return site
    }

    @Test func buildsEveryPageWithPrettyURLs() throws {
        let site = try sampleSite()
        let report = try site.build()
        #expect(report.succeeded)
        #expect(Set(site.outputTree().keys) == [
            "index.html", "chart.svg", "404.html", "style.css", "robots.txt", "sitemap.xml", "feed.xml",
            "prisoners/index.html", "prisoners/by-arrest/index.html", "prisoners/by-review/index.html",
            "prisoners/khadija-ismayilova/index.html", "prisoners/khadija-ismayilova/feed.xml",
            "prisoners/evil/index.html", "prisoners/evil/feed.xml",
            "articles/index.html", "articles/pardon-report/index.html",
            "timeline/index.html", "timeline/feed.xml", "timeline/2015/index.html", "timeline/2014/index.html", "timeline/2013/index.html",
            "countries/index.html", "countries/azerbaijan/index.html", "countries/azerbaijan/chart.svg",
            "countries/azerbaijan/status/imprisoned/index.html", "countries/azerbaijan/status/released/index.html",
            "status/imprisoned/index.html", "status/released/index.html", "tags/index.html",
            "data/index.html", "data/prisoners.json", "data/prisoners.csv", "data/events.json", "data/events.csv",
            "names/index.html",
            "arrests/index.html", "arrests/2014/index.html", "arrests/2013/index.html",
            "professions/index.html", "professions/journalist/index.html",
            "updated/index.html", "updated/feed.xml",
        ])
        #expect(report.pageCount == 28)
    }

    @Test func pagesLinkToEachOther() throws {
        let site = try sampleSite()
        try site.build()
        let article = try site.read("articles/pardon-report/index.html")
        #expect(article.contains("<a href=\"/prisoners/khadija-ismayilova/\">Khadija Ismayilova</a>"))
        let prisoner = try site.read("prisoners/khadija-ismayilova/index.html")
        #expect(prisoner.contains("<a href=\"/articles/pardon-report/\">Pardon leaves out journalists</a>"))
        let timeline = try site.read("timeline/index.html")
        #expect(timeline.contains("<a href=\"/articles/pardon-report/\">Report: Pardon leaves out journalists</a>"))
        #expect(timeline.contains("<a href=\"/prisoners/khadija-ismayilova/\">Khadija Ismayilova</a>"))
        let list = try site.read("prisoners/index.html")
        #expect(list.contains("<a href=\"/prisoners/khadija-ismayilova/\">Khadija Ismayilova</a>"))
        let home = try site.read("index.html")
        #expect(home.contains("<a href=\"/articles/pardon-report/\">Pardon leaves out journalists</a>"))
        #expect(home.contains("<th scope=\"row\"><a href=\"/countries/azerbaijan/\">Azerbaijan</a></th><td>1</td>"))
    }

    @Test func prisonerPageShowsFactsAndDerivedFigures() throws {
        let site = try sampleSite()
        try site.build(asOf: "2016-01-15")
        let page = try site.read("prisoners/khadija-ismayilova/index.html")
        #expect(page.contains("<dt>Sentence</dt><dd>7 years 6 months, handed down <time datetime=\"2015-09\">September 2015</time>, by Baku Grave Crimes Court</dd>"))
        // 5 December 2014 to 15 January 2016.
        #expect(page.contains("<dt>Days in detention</dt><dd>406 (as of 15 January 2016)</dd>"))
        #expect(page.contains("<dt>Term ends</dt><dd><time datetime=\"2022-06-05\">5 June 2022</time> (counted from arrest)</dd>"))
        #expect(page.contains("<time datetime=\"2014-12-05\">5 December 2014</time> <span class=\"kind\">Arrest</span>"))
        #expect(page.contains("Last reviewed: <time datetime=\"2016-01\">January 2016</time>."))
    }

    @Test func timelineIsNewestFirstAndGroupedByYearAndMonth() throws {
        let site = try sampleSite()
        try site.build()
        let hub = try site.read("timeline/index.html")
        #expect(hub.contains("<li><a href=\"/timeline/2015/\">2015</a> <span class=\"count\">2</span></li><li><a href=\"/timeline/2014/\">2014</a> <span class=\"count\">2</span></li><li><a href=\"/timeline/2013/\">2013</a> <span class=\"count\">1</span></li>"))
        let pages = [
            ("timeline/2015/index.html", ["<h2 id=\"m12\">December 2015</h2>", "A pardon decree frees 210 prisoners.",
                                          "<h2 id=\"m09\">September 2015</h2>", "Sentenced to 7 years 6 months"]),
            ("timeline/2014/index.html", ["<h2 id=\"m12\">December 2014</h2>", "<h2 id=\"m05\">May 2014</h2>"]),
            ("timeline/2013/index.html", ["<h2 id=\"month-unknown\">2013, month not known</h2>", "Arrested."]),
        ]
        for (path, order) in pages {
            let timeline = try site.read(path)
            var position = timeline.startIndex
            for marker in order {
                let found = try #require(timeline.range(of: marker, range: position..<timeline.endIndex), "\(marker) out of order in \(path)")
                position = found.upperBound
            }
        }
    }

    @Test func escapesHostileNamesAndDropsUnsafeMarkdown() throws {
        let site = try sampleSite()
        try site.build()
        for path in ["prisoners/evil/index.html", "prisoners/index.html", "articles/pardon-report/index.html",
                     "timeline/index.html", "index.html", "prisoners/khadija-ismayilova/index.html"] {
            let (page, structuredData) = try splitStructuredData(site.read(path))
            for json in structuredData {
                #expect(!json.contains("<") && !json.contains(">"), "\(path): JSON-LD can end its script element")
                #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
            }
            #expect(!page.contains("<script"), "\(path) has a script tag")
            #expect(!page.contains("\"onmouseover"), "\(path) has an unescaped attribute")
            #expect(!page.contains("javascript:"), "\(path) has a javascript: link")
        }
        let evil = try site.read("prisoners/evil/index.html")
        #expect(evil.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</h1>"))
        #expect(evil.contains("Also written: &quot;onmouseover=alert(1)"))
    }

    @Test func linksStayUnderABaseURLSubPath() throws {
        let site = try sampleSite(baseURL: "https://example.org/monitor/")
        try site.build()
        for (path, data) in site.outputTree() where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            for href in attributeValues(page, names: ["href"]) where !href.hasPrefix("https://example.org/monitor/") && !href.hasPrefix("#") && !href.isEmpty {
                #expect(href.hasPrefix("/monitor/"), "\(path) links to \(href)")
            }
        }
        let home = try site.read("index.html")
        #expect(home.contains("<link rel=\"stylesheet\" href=\"/monitor/style.css\">"))
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/monitor/\">"))
    }

    @Test func failedBuildLeavesThePreviousOutputAsItWas() throws {
        let site = try sampleSite()
        try site.build()
        let before = site.outputTree()
        try site.prisoner("broken", "name: B\ncountry: Yemen\nstatus: jailed")
        let report = try site.build()
        #expect(!report.succeeded)
        #expect(rendered(report.diagnostics).contains { $0.hasPrefix("content/prisoners/broken.md:4:9: error: unknown status") })
        #expect(site.outputTree() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".docket-staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func draftsAreNeverWrittenUnlessAskedFor() throws {
        let site = try sampleSite()
        try site.prisoner("secret", "name: Secret Person\ncountry: Yemen\nstatus: detained\ndraft: true")
        try site.article("secret-report", "title: Secret report\ndate: 2016-01-05\ndraft: true\nprisoners: [secret]")
        try site.build()
        #expect(!site.exists("prisoners/secret/index.html"))
        #expect(!site.exists("articles/secret-report/index.html"))
        for (path, data) in site.outputTree() {
            #expect(!String(decoding: data, as: UTF8.self).contains("Secret"), "\(path) mentions a draft")
        }
        let preview = site.root.appendingPathComponent("preview")
        try site.build(includeDrafts: true, output: preview)
        let page = try String(contentsOf: preview.appendingPathComponent("prisoners/secret/index.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"draft\">Draft</span>"))
    }

    @Test func rebuildWithNothingChangedRewritesNoFile() throws {
        let site = try sampleSite()
        try site.build()
        let page = site.output.appendingPathComponent("prisoners/evil/index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.02)
        let report = try site.build()
        #expect(report.written == 0)
        #expect(report.unchanged == site.outputTree().count)
        let after = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func sameInputSameBytes() throws {
        let site = try sampleSite()
        let first = site.root.appendingPathComponent("one")
        let second = site.root.appendingPathComponent("two")
        try site.build(output: first)
        try site.build(output: second)
        #expect(site.outputTree(first) == site.outputTree(second))
        #expect(site.outputTree(first).count == 42)
    }

    @Test func refusesDangerousOutputFolders() throws {
        let site = try sampleSite()
        for output in [URL(fileURLWithPath: "/"), site.root, site.root.appendingPathComponent("content")] {
            #expect(throws: OutputWriter.WriteError.self) { try site.build(output: output) }
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/site.yml").path))
    }

    /// The page without its JSON-LD blocks, and the blocks' contents.
    private func splitStructuredData(_ page: String) -> (String, [String]) {
        let open = "<script type=\"application/ld+json\">"
        var rest = page[...]
        var html = ""
        var blocks: [String] = []
        while let start = rest.range(of: open), let end = rest.range(of: "</script>", range: start.upperBound..<rest.endIndex) {
            html += rest[..<start.lowerBound]
            blocks.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return (html + rest, blocks)
    }
}
