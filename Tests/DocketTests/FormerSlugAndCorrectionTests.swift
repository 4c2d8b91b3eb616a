import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 21, parts 8 and 9: `former_slugs` leave a redirect at each old address, and
/// `corrections` are shown on their page, listed at `/corrections/` with a feed, and move the
/// page's modified date.
@Suite struct FormerSlugAndCorrectionTests {
    static let person = "name: Test Person\ncountry: Azerbaijan\nstatus: imprisoned"

    // MARK: Former slugs

    @Test func eachFormerAddressRedirectsToTheCurrentPage() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person + "\nupdated: 2015-12-01\nformer_slugs:\n  - test-persn\n  - t-person")
        try site.article("a-report", "title: \"A <report> & more\"\ndate: 2016-01-05\nformer_slugs: [old-report]")
        try site.write("content/pages/about.md", "---\ntitle: About\nformer_slugs: [about-us]\n---\nAbout.\n")
        #expect(try site.build().succeeded)

        let page = try site.read("prisoners/test-persn/index.html")
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/prisoners/test-person/\">"))
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/prisoners/test-person/\">"))
        #expect(page.contains("<p>It is now at <a href=\"/prisoners/test-person/\">Test Person</a>.</p>"))
        #expect(page.contains("<title>Moved: Test Person · Test Monitor</title>"))
        #expect(!page.contains("<script"))
        #expect(site.exists("prisoners/t-person/index.html"))
        let report = try site.read("articles/old-report/index.html")
        #expect(report.contains("<a href=\"/articles/a-report/\">A &lt;report&gt; &amp; more</a>"))
        #expect(try site.read("about-us/index.html").contains("url=/about/\">"))

        // The redirects are not pages of their own: search engines follow them to the page.
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/prisoners/test-person/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/about/</loc>"))
        for old in ["prisoners/test-persn/", "prisoners/t-person/", "articles/old-report/", "about-us/"] {
            #expect(!sitemap.contains("https://example.org/\(old)"), "\(old) is in the sitemap")
        }
    }

    @Test func redirectsLeadUnderTheBasePath() throws {
        let site = try TestSite(siteYML: "title: Test Monitor\nbase_url: https://example.org/monitor/\n")
        try site.prisoner("test-person", Self.person + "\nformer_slugs: test-persn")
        #expect(try site.build().succeeded)
        let page = try site.read("prisoners/test-persn/index.html")
        #expect(page.contains("content=\"0; url=/monitor/prisoners/test-person/\""))
        #expect(page.contains("href=\"https://example.org/monitor/prisoners/test-person/\""))
    }

    @Test func aDraftLeavesNoRedirect() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person + "\ndraft: true\nformer_slugs: test-persn")
        try site.prisoner("other-person", "name: Other Person\ncountry: Azerbaijan\nstatus: released")
        #expect(try site.build().succeeded)
        #expect(!site.exists("prisoners/test-persn/index.html"))
        try site.build(includeDrafts: true)
        #expect(site.exists("prisoners/test-persn/index.html"))
    }

    /// A former slug is checked for shape and against every file of its kind, at its own line;
    /// the same slug in another kind's folder is another address and passes.
    @Test func collisionsAreReportedAtTheFormerSlug() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person + "\nformer_slugs:\n  - old-name\n  - old-name\n  - a--b")
        try site.prisoner("other-person", "name: Other Person\ncountry: Azerbaijan\nstatus: released\ndraft: true\nformer_slugs: [old-name]")
        try site.prisoner("third-person", "name: Third Person\ncountry: Azerbaijan\nstatus: released\nformer_slugs: [other-person]")
        try site.article("old-name", "title: R\ndate: 2016-01-05\nformer_slugs: [test-person]")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/test-person.md:6:5: error: former slug \"old-name\" is already a former slug of content/prisoners/other-person.md:6; an old address can redirect to one prisoner only [E043 former-slug-taken]",
            "content/prisoners/test-person.md:7:5: warning: former slug \"old-name\" is given twice; it is kept once [W002 duplicate-entry]",
            "content/prisoners/test-person.md:8:5: error: former slug \"a--b\" is not a valid slug; write it as the old file name without .md (lowercase ASCII letters, digits and single hyphens, like khadija-ismayilova) [E033 invalid-slug]",
            "content/prisoners/third-person.md:5:16: error: former slug \"other-person\" is the slug of content/prisoners/other-person.md; the prisoner there has that address, so this one cannot redirect from it (remove the former slug, or rename the other file) [E043 former-slug-taken]",
        ])
    }

    /// A file naming a record by its former slug is told the new one (the redirect is for
    /// readers' old links; the site's own files use the slug): an error in front matter, and a
    /// warning for a link in a body, which works through the redirect (issue 21, part 7).
    @Test func namingAFormerSlugSaysWhatItWasRenamed() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person + "\nformer_slugs: test-persn")
        try site.article("a-report", "title: R\ndate: 2016-01-05\nformer_slugs: old-report\nprisoners: [test-persn]",
                         body: "See [the report](/articles/old-report/) and [the person](/prisoners/test-persn/).")
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/a-report.md:5:13: error: no prisoner \"test-persn\"; it was renamed \"test-person\" (\"test-persn\" is in its former_slugs); expected the slug of a file in content/prisoners/ [E036 unknown-prisoner]",
            "content/articles/a-report.md:7:5: warning: link to /articles/old-report/: that is a former address of content/articles/a-report.md, which redirects; link to /articles/a-report/ instead [W009 link-to-former-address]",
            "content/articles/a-report.md:7:45: warning: link to /prisoners/test-persn/: that is a former address of content/prisoners/test-person.md, which redirects; link to /prisoners/test-person/ instead [W009 link-to-former-address]",
        ])
    }

    // MARK: Corrections

    static func correctedSite() throws -> TestSite {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person + """

        updated: 2015-12-01
        corrections:
          - date: 2016-01-05
            text: The sentence is *six* years, not five.
          - date: 2016-01-10
            text: "The prison is <Prison 2>, not Prison 1."
          - date: 2016-01-05
            text: The arrest was on 2 June.
        """)
        try site.article("a-report", """
        title: A report
        date: 2015-11-20
        prisoners: [test-person]
        corrections:
          - date: 2016-01-07
            text: An earlier version named the [wrong court](https://example.com/court).
        """)
        try site.article("hidden-report", """
        title: Hidden report
        date: 2015-11-21
        draft: true
        corrections:
          - date: 2016-01-12
            text: A secret correction.
        """)
        try site.article("sealed-report", """
        title: Sealed report
        date: 2015-11-22
        embargo_until: 2030-01-01
        corrections:
          - date: 2016-01-13
            text: An embargoed correction.
        """)
        return site
    }

    @Test func eachPageShowsItsCorrectionsNewestFirst() throws {
        let site = try Self.correctedSite()
        #expect(try site.build().succeeded)
        let page = try site.read("prisoners/test-person/index.html")
        #expect(page.contains("""
        <h2 id="corrections">Corrections</h2>
        <ul class="corrections">
        <li id="correction-2016-01-10">Corrected on <time datetime="2016-01-10">10 January 2016</time>: The prison is &lt;Prison 2&gt;, not Prison 1.</li>
        <li id="correction-2016-01-05">Corrected on <time datetime="2016-01-05">5 January 2016</time>: The sentence is <em>six</em> years, not five.</li>
        <li id="correction-2016-01-05-2">Corrected on <time datetime="2016-01-05">5 January 2016</time>: The arrest was on 2 June.</li>
        </ul>
        """))
        #expect(page.contains("\"dateModified\":\"2016-01-10\""))
        let report = try site.read("articles/a-report/index.html")
        #expect(report.contains("Corrected on <time datetime=\"2016-01-07\">7 January 2016</time>: An earlier version named the <a href=\"https://example.com/court\""))
        #expect(report.contains("\"datePublished\":\"2015-11-20\",\"dateModified\":\"2016-01-07\""))
    }

    @Test func theCorrectionsPageListsThemAllNewestFirstButDraftsAndEmbargoed() throws {
        let site = try Self.correctedSite()
        #expect(try site.build().succeeded)
        let list = try site.read("corrections/index.html")
        let expected = [
            "<li><a href=\"/prisoners/test-person/#correction-2016-01-10\">Test Person</a>, corrected on <time datetime=\"2016-01-10\">10 January 2016</time>: The prison is &lt;Prison 2&gt;, not Prison 1.</li>",
            "<li><a href=\"/articles/a-report/#correction-2016-01-07\">A report</a>, corrected on <time datetime=\"2016-01-07\">7 January 2016</time>: An earlier version",
            "<a href=\"/prisoners/test-person/#correction-2016-01-05\">Test Person</a>, corrected on <time datetime=\"2016-01-05\">5 January 2016</time>: The sentence is <em>six</em> years",
            "<a href=\"/prisoners/test-person/#correction-2016-01-05-2\">Test Person</a>, corrected on <time datetime=\"2016-01-05\">5 January 2016</time>: The arrest was on 2 June.</li>",
        ]
        var rest = list[...]
        for item in expected {
            guard let found = rest.range(of: item) else { Issue.record("missing or out of order: \(item)"); break }
            rest = rest[found.upperBound...]
        }
        for hidden in ["secret", "embargoed", "Hidden report", "Sealed report"] {
            #expect(!list.contains(hidden))
            #expect(try !site.read("corrections/feed.xml").contains(hidden))
        }
        #expect(list.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Corrections · Test Monitor\" href=\"https://example.org/corrections/feed.xml\">"))
        // Linked from every page's footer, and in the sitemap.
        #expect(try site.read("index.html").contains("<li><a href=\"/corrections/\">Corrections</a></li>"))
        #expect(try site.read("sitemap.xml").contains("<loc>https://example.org/corrections/</loc><lastmod>2016-01-10</lastmod>"))
    }

    @Test func theCorrectionsFeedHasAnEntryForEach() throws {
        let site = try Self.correctedSite()
        #expect(try site.build().succeeded)
        let feed = try site.read("corrections/feed.xml")
        #expect(feed.contains("<id>https://example.org/corrections/feed.xml</id>"))
        #expect(feed.contains("<updated>2016-01-10T00:00:00Z</updated>\n<author>"))
        #expect(feed.contains("""
        <entry>
        <title>Correction: Test Person</title>
        <id>https://example.org/prisoners/test-person/#correction-2016-01-10</id>
        <link rel="alternate" type="text/html" href="https://example.org/prisoners/test-person/#correction-2016-01-10"/>
        <published>2016-01-10T00:00:00Z</published>
        <updated>2016-01-10T00:00:00Z</updated>
        <content type="html">Corrected on 10 January 2016: The prison is &amp;lt;Prison 2&amp;gt;, not Prison 1.</content>
        </entry>
        """))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 4)
        // The person's own feed has theirs.
        #expect(try site.read("prisoners/test-person/feed.xml").contains("<title>Correction: Test Person</title>"))
    }

    /// The sitemap's lastmod and a feed's updated follow the latest correction; published stays.
    @Test func modifiedDatesFollowTheLatestCorrection() throws {
        let site = try Self.correctedSite()
        #expect(try site.build().succeeded)
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/prisoners/test-person/</loc><lastmod>2016-01-10</lastmod>"))
        #expect(sitemap.contains("<loc>https://example.org/articles/a-report/</loc><lastmod>2016-01-07</lastmod>"))
        let reports = try site.read("feed.xml")
        #expect(reports.contains("<published>2015-11-20T00:00:00Z</published>\n<updated>2016-01-07T00:00:00Z</updated>"))
        #expect(reports.contains("<generator>Docket</generator>") && reports.contains("<updated>2016-01-07T00:00:00Z</updated>\n<author>"))
    }

    /// Under a base path, every link of every page (the redirects, the corrections page, the
    /// footer) leads to a file the build wrote, and the new files are under reserved names.
    @Test func everyNewLinkLeadsToAFileWritten() throws {
        let site = try TestSite(siteYML: "title: T\nbase_url: https://example.org/monitor/\nlanguage: en\ndescription: Tests.")
        try site.prisoner("test-person", Self.person + "\nformer_slugs: [test-persn]\ncorrections:\n  - date: 2016-01-05\n    text: Fixed.")
        try site.article("a-report", "title: R\ndate: 2016-01-04\nformer_slugs: [old-report]\ncorrections:\n  - date: 2016-01-06\n    text: Fixed.")
        try site.write("content/pages/about.md", "---\ntitle: About\nformer_slugs: about-us\n---\nWho we are.\n")
        #expect(try site.build().succeeded)
        let written = Set(site.outputTree().keys)
        for route in [Route.corrections, .correctionsFeed, .formerAddress(.prisoner("test-persn")), .formerAddress(.article("old-report")),
                      .formerAddress(.page("about-us"))] {
            #expect(written.contains(route.outputFile), "\(route): no \(route.outputFile)")
        }
        for path in written where !path.hasPrefix("about/") && !path.hasPrefix("about-us/") {
            #expect(Route.reservedSlugs.contains(Route.name(startingPath: path)), "\(path) is not under a reserved name")
        }
        let urls = SiteURLs(config: SiteConfig(title: "T", baseURL: "https://example.org/monitor/", language: "en", description: ""))
        for path in written where path.hasSuffix(".html") {
            for link in attributeValues(try site.read(path), names: ["href", "src", "content"]) where link.contains("/monitor/") {
                let local = link.hasPrefix("0; url=") ? String(link.dropFirst("0; url=".count)) : link
                guard local.hasPrefix("/monitor/") else { continue }
                let file = urls.outputPath(String(local.prefix { $0 != "#" }))
                #expect(written.contains(file), "\(path) links to \(link), which was not written")
            }
        }
    }

    @Test func withoutCorrectionsThereIsNoCorrectionsPage() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person)
        #expect(try site.build().succeeded)
        #expect(!site.exists("corrections/index.html"))
        #expect(!site.exists("corrections/feed.xml"))
        #expect(try !site.read("index.html").contains("/corrections/"))
    }

    @Test func aCorrectionTextIsCheckedLikeAnEventText() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person + "\ncorrections:\n  - date: 2016-01-05\n    text: \"\"\n  - date: 2016-02-30\n    text: X")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/test-person.md:7:11: error: \"text\" is empty [E023 empty-value]",
            "content/prisoners/test-person.md:8:11: error: \"date\": invalid date \"2016-02-30\": that month has 29 days [E025 invalid-date]",
        ])
    }
}
