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
    /// and `pagefind/fragment/one.pf_fragment` into the folder after `--site` (or prints
    /// `failure` and exits 3); each indexing adds a line to `log`, when given.
    static func fakePagefind(in folder: URL, failure: String? = nil, log: String? = nil) throws -> String {
        let path = folder.appendingPathComponent("fake-pagefind").path
        let logged = log.map { "echo run >> \"\($0)\"\n" } ?? ""
        let run = logged + (failure.map { "echo \"\($0)\" >&2; exit 3" }
            ?? "mkdir -p \"$2/pagefind/fragment\" && echo '{\"version\":\"fake\"}' > \"$2/pagefind/pagefind-entry.json\" && echo x > \"$2/pagefind/fragment/one.pf_fragment\"")
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

    /// Without search a page is exactly what it was before search existed; with it, the page
    /// differs only by the policy, the hidden box and its script, the indexed part's wrapper
    /// and the footer's sentence on scripts.
    @Test func searchChangesPagesOnlyByItsOwnParts() throws {
        let plain = try Self.site(TestSite.siteYML)
        #expect(try plain.build().succeeded)
        let searched = try Self.site()
        let fake = try Self.fakePagefind(in: searched.root)
        #expect(try Self.build(searched, environment: ["DOCKET_PAGEFIND": fake]).succeeded)
        for (page, indexed) in [("index.html", false), ("prisoners/index.html", false), ("names/index.html", false),
                                ("prisoners/gilal-mamedov/index.html", true), ("articles/trial/index.html", true)] {
            let without = try plain.read(page)
            var with = try searched.read(page)
            #expect(with != without, "\(page)")
            with = with.replacingOccurrences(of: HTML.escape(Layout.searchSecurityPolicy), with: HTML.escape(Layout.contentSecurityPolicy))
            let box = try #require(with.range(of: "<div class=\"search\" id=\"search\""), "\(page)")
            let script = try #require(with.range(of: "<script type=\"module\" src=\"/search.js\"></script>\n", range: box.upperBound..<with.endIndex))
            with.removeSubrange(box.lowerBound..<script.upperBound)
            with = with.replacingOccurrences(of: "Only its search box uses JavaScript; every page works without it, and nothing is loaded from other hosts.",
                                             with: "This site uses no JavaScript and loads nothing from other hosts.")
            if indexed {
                let opening = try #require(with.range(of: "<div data-pagefind-body>\n"), "\(page)")
                with.removeSubrange(opening)
                let closing = try #require(with.range(of: "</div>\n\n</main>"), "\(page)")
                with.replaceSubrange(closing, with: "\n</main>")
            }
            #expect(with == without, "\(page)")
        }
    }

    /// The command itself, as a reader runs it, with no Pagefind anywhere: the error at
    /// `search:` with the install line, a failing exit status, and the published site untouched.
    @Test func theDocketCommandWithoutPagefindFailsAndLeavesTheSiteAsItWas() throws {
        let site = try Self.site(TestSite.siteYML)
        #expect(try site.build().succeeded)
        let before = site.outputTree()
        try site.write("content/site.yml", Self.searchYML)
        for chosen in ["", "/nonexistent/pagefind"] {
            let result = try DocketProcess.run(["build", "--site", site.root.path, "--output", site.output.path, "--as-of", "2016-01-15"],
                                               environment: ["PATH": "/nonexistent", "DOCKET_PAGEFIND": chosen, "NO_COLOR": "1"])
            #expect(!result.signalled)
            #expect(result.status != 0)
            let said = result.stdout + result.stderr
            #expect(said.contains("content/site.yml:5:9: error: search: pagefind needs Pagefind, which could not be run"), "\(said)")
            #expect(said.contains("python3 -m pip install 'pagefind[bin]'"))
            #expect(said.contains(chosen.isEmpty ? "tried pagefind on PATH, python3 -m pagefind" : "tried DOCKET_PAGEFIND=/nonexistent/pagefind"))
            #expect(site.outputTree() == before)
        }
    }

    /// A rebuild with nothing changed is answered by the build cache and keeps Pagefind's index;
    /// an index file removed (or the whole folder) means a full build, which runs Pagefind again.
    @Test func aCachedRebuildKeepsTheIndexAndALostIndexFileIsMadeAgain() throws {
        let site = try Self.site()
        let log = site.root.appendingPathComponent("pagefind-runs.log").path
        let fake = try Self.fakePagefind(in: site.root, log: log)
        var options = SiteBuilder.Options(siteDirectory: site.root, outputDirectory: site.output, asOf: try PartialDate(parsing: "2016-01-15"))
        options.environment = ["DOCKET_PAGEFIND": fake]
        options.recentChangeSeconds = -10  // trust even files written a moment ago
        func runs() -> Int { ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").count }
        #expect(try SiteBuilder(options: options).build().succeeded)
        #expect(runs() == 1)
        let built = site.outputTree()
        #expect(built["pagefind/fragment/one.pf_fragment"] != nil)
        let cached = try SiteBuilder(options: options).build()
        #expect(cached.succeeded && cached.written == 0)
        #expect(runs() == 1)
        #expect(site.outputTree() == built)
        for lost in ["pagefind/fragment/one.pf_fragment", "pagefind"] {
            try FileManager.default.removeItem(at: site.output.appendingPathComponent(lost))
            #expect(try SiteBuilder(options: options).build().succeeded)
            #expect(site.outputTree() == built, "\(lost)")
        }
        #expect(runs() == 3)
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
