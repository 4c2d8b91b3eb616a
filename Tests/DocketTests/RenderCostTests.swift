import Foundation
import Testing
@testable import DocketMarkdown
@testable import DocketModel

/// Bodies and one-line texts that libcmark 0.30.2 would take too long to render are refused by
/// the loader, so by `docket check` and the build alike, at the file and line; ordinary long
/// bodies are not. (Times measured with scripts/cmark-render-cost.)
@Suite struct RenderCostTests {
    /// Each takes libcmark 0.30.2 well over 2 s at this size.
    static let slowShapes: [(name: String, body: String, cause: String)] = [
        // CVE-2023-22486: 120 KB; 100 KB took 7.4 s.
        ("![[]() repeated", String(repeating: "![[]()", count: 20_000), "image openers \"![\""),
        // The same behind plain words (the scan skips plain bytes eight at a time).
        ("![[]() after words", String(repeating: "Plain words, then ![[]()", count: 20_000), "image openers \"![\""),
        // CVE-2023-24824: 150 KB; 100 KB took over 15 s.
        (">>>…a*a*…", String(repeating: ">", count: 50_000) + String(repeating: "a*", count: 50_000), "nested up to 50000 deep"),
        // CVE-2023-24824: 100 KB took over 15 s.
        (" - - - …x, then line ends", String(repeating: " -", count: 30_000) + "x" + String(repeating: "\n", count: 30_000), "nested up to 29999 deep"),
        // cmark's "deeply nested lists" (1,000 levels, 1 MB), kept open by a million blank lines.
        ("lists nested by indentation", (0..<1_000).map { String(repeating: "  ", count: $0) + "* a\n" }.joined()
            + String(repeating: "\n", count: 1_000_000), "nested up to 1000 deep"),
        // Linear in 0.30.2, but 7.8 MB of delimiters took 14.6 s.
        ("*_* _ repeated", String(repeating: "*_* _ ", count: 1_300_000), "Markdown marks"),
        // 8 MB of emphasis openers took 6.8 s.
        ("_a repeated", String(repeating: "_a ", count: 2_700_000), "Markdown marks"),
    ]

    @Test func slowShapesAreRefused() {
        for (name, body, cause) in Self.slowShapes {
            let problem = Markdown.renderCostProblem(body)
            #expect(problem != nil, "\(name)")
            #expect(problem?.message.contains("would take too long to render") == true, "\(name)")
            #expect(problem?.message.contains(cause) == true, "\(name): \(problem?.message ?? "")")
        }
    }

    @Test func checkAndBuildRefuseTheFileAtTheLine() throws {
        let site = try TestSite()
        let body = "A first paragraph.\n\n" + String(repeating: "![[]()", count: 20_000) + "\n\nA last paragraph."
        try site.article("slow", "title: Slow\ndate: 2015-01-01", body: body)
        let errors = rendered(site.load().diagnostics)
        #expect(errors.count == 1)
        // The body starts on line 5; the paragraph is its third line.
        #expect(errors.first?.hasPrefix("content/articles/slow.md:7:1: error: this Markdown would take too long to render (an estimated ") == true,
                "\(errors)")
        #expect(errors.first?.contains("20000 image openers \"![\"") == true, "\(errors)")
        #expect(errors.first?.hasSuffix("[E032 body-too-complex]") == true, "\(errors)")

        let report = try site.build()
        #expect(!report.succeeded)
        #expect(rendered(report.diagnostics) == errors)
        #expect(!site.exists("index.html"))
    }

    /// The bytes the estimate passes over in its tight loop are exactly those its switch does not count.
    @Test func countedBytes() {
        let counted: Set<UInt8> = [10, 33, 34, 38, 39, 42, 45, 46, 60, 91, 92, 93, 95, 96]
        for byte in UInt8.min...UInt8.max {
            #expect(RenderCost.isCounted(byte) == counted.contains(byte), "\(byte)")
        }
    }

    /// Texts too short to reach the limit are not scanned: the bound holds for the worst shapes
    /// at that length, and lies where it should (no short text is ever refused; 8 KB is not scanned).
    @Test func shortTextsAreNotScannedAndCouldNotBeRefused() {
        var longestUnscanned = 0
        while RenderCost.mostFor(longestUnscanned + 1) <= Markdown.renderTimeLimit { longestUnscanned += 1 }
        #expect(longestUnscanned >= 8 * 1024)
        let n = longestUnscanned
        let worst = [
            String(repeating: "![", count: n / 4) + String(repeating: "]", count: n - n / 4 * 2),
            String(repeating: ">", count: n / 2) + String(repeating: "\n", count: n - n / 2),
            String(repeating: "> ", count: n / 4) + String(repeating: "a*", count: n / 4),
            String(repeating: " -\n", count: n / 3),
            String(repeating: "*", count: n), String(repeating: "\"", count: n),
        ]
        for text in worst {
            var text = text
            let total = text.withUTF8 { RenderCost.scan($0).total }
            #expect(total <= RenderCost.mostFor(text.utf8.count), "\(text.prefix(20))")
            #expect(total <= Markdown.renderTimeLimit)
        }
    }

    /// A refused body is not parsed at all, not even to look for links into the site (which
    /// would take libcmark as long as rendering it): its only error is its cost.
    @Test func aRefusedBodyIsNotParsedForLinks() throws {
        let site = try TestSite()
        let body = "See [nobody](/prisoners/nobody/).\n\n" + String(repeating: "![[]()", count: 20_000)
        try site.article("slow", "title: Slow\ndate: 2015-01-01", body: body)
        let errors = rendered(site.load().diagnostics)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("this Markdown would take too long to render") == true, "\(errors)")
        // The same link in a body that renders in time is checked, and refused.
        try site.article("slow", "title: Slow\ndate: 2015-01-01", body: "See [nobody](/prisoners/nobody/).")
        #expect(rendered(site.load().diagnostics).first?.contains("nobody") == true)
    }

    @Test func prisonerBodiesAndEventTextsAreScreenedToo() throws {
        let site = try TestSite()
        try site.prisoner("slow-body", "name: A\ncountry: Azerbaijan\nstatus: detained",
                          body: String(repeating: ">", count: 50_000) + String(repeating: "a*", count: 50_000))
        try site.prisoner("slow-event", """
        name: B
        country: Azerbaijan
        status: detained
        events:
          - date: 2015-01-02
            kind: hearing
            text: "\(String(repeating: "![[]()", count: 20_000))"
        """)
        let errors = rendered(site.load().diagnostics)
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix("content/prisoners/slow-body.md:6:1: error: this Markdown would take too long to render") })
        #expect(errors.contains { $0.hasPrefix("content/prisoners/slow-event.md:8:11: error: event text: this Markdown would take too long to render") },
                "\(errors)")
    }

    @Test func ordinaryLongBodiesAreAccepted() throws {
        let section = """
        ## Detention and trial

        On 5 December 2014 she was *arrested* in Baku -- "on charges that were never explained," her lawyer said.
        The court's hearing (see [the report](https://example.org/reports/2015?id=3&lang=en)) lasted... hours.

        > "I will not be silenced." -- from a letter written in prison, **2015**

        1. Tax evasion, article 213.
        2. Abuse of office; see `Criminal Code 308.2`.
           - Appeal rejected on 25 November 2015.
             - Supreme Court: 25 May 2016 ![a photo](https://photos.example.net/court.jpg)

        ---

        """
        let body = String(repeating: section, count: 1_000_000 / section.utf8.count)
        #expect(body.utf8.count > 900_000)
        #expect(Markdown.renderCostProblem(body) == nil)

        let site = try TestSite()
        try site.article("long", "title: Long\ndate: 2015-01-01", body: body)
        #expect(rendered(site.load().diagnostics) == [])
    }

    /// The site's own content and a generated site pass.
    @Test func repositoryContentIsAccepted() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let outcome = SiteLoader(siteDirectory: repository).load(includeDrafts: true)
        #expect(!rendered(outcome.diagnostics).contains { $0.contains("would take too long to render") })
        #expect(outcome.fileCount > 0)
    }
}
