import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 22, part 5: `search: pagefind` in site.yml. The setting and its errors; the pages with
/// and without search (policy, box, script, what is indexed); Pagefind missing or failing (an
/// error at `search:`, the published site left as it was); and, where Pagefind is installed,
/// a real index in which a person's other spelling is found.
@Suite struct SearchTests {
    static let searchYML = TestSite.siteYML + "\nsearch: pagefind\n"

    static func site(_ yml: String = searchYML) throws -> TestSite {
        let site = try TestSite(siteYML: yml)
        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\naliases: [Hilal Mammadov]\ncountry: Azerbaijan\nstatus: imprisoned\n")
        try site.article("trial", "title: A trial\ndate: 2016-01-05\nprisoners: [gilal-mamedov]")
        return site
    }

    /// A stand-in for Pagefind: answers `--version`, and writes `pagefind/pagefind-entry.json`
    /// into the folder after `--site` (or prints `failure` and exits 3).
    static func fakePagefind(in folder: URL, failure: String? = nil) throws -> String {
        let path = folder.appendingPathComponent("fake-pagefind").path
        let run = failure.map { "echo \"\($0)\" >&2; exit 3" } ?? "mkdir -p \"$2/pagefind\" && echo '{\"version\":\"fake\"}' > \"$2/pagefind/pagefind-entry.json\""
        let script = "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pagefind 0.0-fake'; exit 0; fi\n\(run)\n"
        FileManager.default.createFile(atPath: path, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        return path
    }

    static func build(_ site: TestSite, environment: [String: String]) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options(siteDirectory: site.root, outputDirectory: site.output, asOf: try PartialDate(parsing: "2016-01-15"))
        options.environment = environment
        return try SiteBuilder(options: options).build()
    }

    @Test func settingIsReadAndAnUnknownEngineIsAnErrorAtItsValue() throws {
        let good = try Self.site()
        let config = try #require(good.load().site?.config)
        #expect(config.search == .pagefind)
        #expect(config.searchPosition == SourcePosition(line: 5, column: 9))
        let bad = try Self.site(TestSite.siteYML + "\nsearch: pagefinder\n")
        #expect(rendered(bad.load().diagnostics) == [
            "content/site.yml:5:9: error: unknown search engine \"pagefinder\" (did you mean \"pagefind\"?); expected one of pagefind [E024 unknown-value]",
        ])
    }

    @Test func withoutSearchNoPageHasAScript() throws {
        let site = try Self.site(TestSite.siteYML)
        #expect(try site.build().succeeded)
        for page in ["index.html", "prisoners/gilal-mamedov/index.html", "articles/trial/index.html", "prisoners/index.html"] {
            let html = try site.read(page)
            #expect(html.contains("content=\"\(HTML.escape(Layout.contentSecurityPolicy))\""))
            #expect(!html.contains("<script type=\"module\""))
            #expect(!html.contains("data-pagefind-body"))
            #expect(!html.contains("id=\"search\""))
            #expect(html.contains("This site uses no JavaScript"))
        }
        #expect(!site.exists("search.js"))
        #expect(!site.exists("pagefind"))
    }

    @Test func withSearchTheBoxIsHiddenUntilTheScriptRunsAndPeopleAndReportsAreIndexed() throws {
        let site = try Self.site()
        let fake = try Self.fakePagefind(in: site.root)
        let report = try Self.build(site, environment: ["DOCKET_PAGEFIND": fake, "PATH": "/nonexistent"])
        #expect(report.succeeded, "\(rendered(report.diagnostics))")
        let home = try site.read("index.html")
        #expect(home.contains("content=\"\(HTML.escape("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; script-src 'self'; connect-src 'self'"))\""))
        #expect(home.contains("<div class=\"search\" id=\"search\" data-base=\"/\" hidden>"))
        #expect(home.contains("<script type=\"module\" src=\"/search.js\"></script>"))
        #expect(!home.contains("data-pagefind-body"))
        #expect(!(try site.read("prisoners/index.html")).contains("data-pagefind-body"))
        let person = try site.read("prisoners/gilal-mamedov/index.html")
        // The other spelling is inside what Pagefind indexes.
        let indexed = try #require(person.range(of: "<div data-pagefind-body>"))
        let alias = try #require(person.range(of: "Also written: Hilal Mammadov"))
        #expect(indexed.upperBound < alias.lowerBound)
        #expect(try site.read("articles/trial/index.html").contains("<div data-pagefind-body>"))
        #expect(try site.read("search.js").contains("pagefind/pagefind.js"))
        #expect(site.exists("pagefind/pagefind-entry.json"))
    }

    @Test func missingPagefindIsAnErrorAtTheSettingAndLeavesTheSiteAsItWas() throws {
        let site = try Self.site(TestSite.siteYML)
        #expect(try site.build().succeeded)
        let before = site.outputTree()
        try site.write("content/site.yml", Self.searchYML)
        let report = try Self.build(site, environment: ["PATH": "/nonexistent"])
        #expect(rendered(report.diagnostics) == [
            "content/site.yml:5:9: error: search: pagefind needs Pagefind, which could not be run (tried pagefind on PATH, python3 -m pagefind); "
                + "install it with python3 -m pip install 'pagefind[bin]', set DOCKET_PAGEFIND to its executable, or remove search: from site.yml [E049 search-failed]",
        ])
        #expect(site.outputTree() == before)
        let chosen = try Self.build(site, environment: ["DOCKET_PAGEFIND": "/nonexistent/pagefind"])
        #expect(chosen.diagnostics.first?.message.contains("tried DOCKET_PAGEFIND=/nonexistent/pagefind") == true)
    }

    @Test func pagefindFailingStopsTheBuildWithWhatItSaid() throws {
        let site = try Self.site(TestSite.siteYML)
        #expect(try site.build().succeeded)
        let before = site.outputTree()
        try site.write("content/site.yml", Self.searchYML)
        let fake = try Self.fakePagefind(in: site.root, failure: "Error: could not read the site")
        let report = try Self.build(site, environment: ["DOCKET_PAGEFIND": fake])
        #expect(rendered(report.diagnostics) == [
            "content/site.yml:5:9: error: Pagefind failed (exit status 3) while indexing the site, so nothing was published: Error: could not read the site [E049 search-failed]",
        ])
        #expect(site.outputTree() == before)
    }

    /// With the real Pagefind (PyPI's `pagefind[bin]`, which CI installs): its index is written,
    /// and the fragment of the person's page holds their other spelling. Skipped where Pagefind is
    /// not installed, except under CI, where that is a failure.
    @Test func realPagefindIndexesAPersonWithTheirOtherSpelling() throws {
        guard case .success = SearchIndexer.locate() else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "CI must have Pagefind: python3 -m pip install 'pagefind[bin]'")
            return
        }
        let site = try Self.site()
        let report = try site.build()
        #expect(report.succeeded, "\(rendered(report.diagnostics))")
        #expect(site.exists("pagefind/pagefind-entry.json"))
        #expect(site.exists("pagefind/pagefind.js"))
        let fragments = site.output.appendingPathComponent("pagefind/fragment")
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: fragments.path) {
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
            gunzip.arguments = ["-c", "gzip -dc < \"$0\"", fragments.appendingPathComponent(name).path]
            let pipe = Pipe()
            gunzip.standardOutput = pipe
            try gunzip.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            gunzip.waitUntilExit()
            texts.append(String(decoding: data, as: UTF8.self))
        }
        // One fragment per indexed page: the person and the report, not the listings.
        #expect(texts.count == 2)
        #expect(texts.contains { $0.contains("\"url\":\"/prisoners/gilal-mamedov/\"") && $0.contains("Hilal Mammadov") })
        #expect(texts.contains { $0.contains("\"url\":\"/articles/trial/\"") })
        // The same content twice gives the same index.
        let first = site.outputTree()
        try FileManager.default.removeItem(at: site.output)
        #expect(try site.build().succeeded)
        #expect(site.outputTree() == first)
    }
}
