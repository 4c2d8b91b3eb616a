import Testing
@testable import DocketMarkdown
@testable import DocketModel

/// Issue 19, item 11: links in bodies and event sources to drafts, embargoed items and pages
/// that do not exist are errors at the line of the link, like references in front matter.
@Suite struct BodyLinkTests {
    /// A published person, a draft person, a report under embargo and a page.
    private func site(baseURL: String = "https://example.org/") throws -> TestSite {
        let site = try TestSite(siteYML: "title: Test Monitor\nbase_url: \(baseURL)\nlanguage: en\ndescription: Tests.\n")
        try site.prisoner("known", "name: Known\ncountry: Yemen\nstatus: detained")
        try site.prisoner("secret-name", "name: Secret\ncountry: Yemen\nstatus: detained\ndraft: true")
        try site.article("sealed-report", "title: Sealed\ndate: 2016-01-04\nembargo_until: 2030-01-01T00:00:00Z")
        try site.write("content/pages/methodology.md", "---\ntitle: Methodology\n---\nHow we work.\n")
        return site
    }

    @Test func bodyLinksToDraftsEmbargoesAndMissingSlugsAreErrorsAtTheirLine() throws {
        let site = try site()
        try site.article("open-report", "title: Open\ndate: 2016-01-05\nprisoners: [known]", body: """
        A first paragraph about [Known](/prisoners/known/).

        See [this person](/prisoners/secret-name/) and
        the [sealed report](/articles/sealed-report/#part).
        ![A photo](/media/nothing.png) and [nobody](/prisoners/nobody/) and [a page](/no-such-page/).

        Then [ref] again, with [methods](/methodology/), [home](/), [timeline](/timeline/) and [a feed](/feed.xml).

        [ref]: /articles/sealed-report/
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/open-report.md:8:5: error: link to prisoner \"secret-name\", a draft; a published page cannot name a draft (publish content/prisoners/secret-name.md or remove the link) [E038 link-to-draft]",
            "content/articles/open-report.md:9:5: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
            "content/articles/open-report.md:10:1: error: image /media/nothing.png does not exist; expected the file content/media/nothing.png [E037 broken-link]",
            "content/articles/open-report.md:10:36: error: link to /prisoners/nobody/: no prisoner \"nobody\"; expected the slug of a file in content/prisoners/ [E037 broken-link]",
            "content/articles/open-report.md:10:69: error: link to /no-such-page/: no page of this site is there [E037 broken-link]",
            "content/articles/open-report.md:12:6: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
        ])
    }

    /// The site's top-level folders and files come from `Route`: a link into a folder the site
    /// has passes, a file the site writes passes only as that file, and a sitemap part (written
    /// only past 50,000 addresses) or a name no route has is reported.
    @Test func topLevelNamesAreTheRoutes() throws {
        #expect(Route.topLevelFolders == ["prisoners", "articles", "countries", "status", "tags", "timeline", "data", "media",
                                         "corrections", "prisons", "names", "pagefind", "charges", "arrests", "professions", "outlets",
                                         "upcoming", "updated"])
        #expect(Route.topLevelFiles == ["feed.xml", "style.css", "robots.txt", "sitemap.xml", "404.html"])
        let site = try site()
        try site.article("links", "title: Links\ndate: 2016-01-05", body: """
        [a](/countries/yemen/) [b](/status/detained/) [c](/style.css) [d](/robots.txt/x) [e](/sitemap-1.xml) [f](/prisons/)
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/links.md:5:63: error: link to /robots.txt/x: no page of this site is there [E037 broken-link]",
            "content/articles/links.md:5:82: error: link to /sitemap-1.xml: no page of this site is there [E037 broken-link]",
            "content/articles/links.md:5:102: error: link to /prisons/: no page of this site is there [E037 broken-link]",
        ])
    }

    @Test func relativeLinksAndLinksUnderTheBasePathAreResolvedFromThePage() throws {
        let site = try site(baseURL: "https://example.org/monitor/")
        try site.prisoner("linker", "name: Linker\ncountry: Yemen\nstatus: detained", body: """
        Compare [a colleague](../secret-name/), [the methods](../../methodology/),
        [the same](https://example.org/monitor/articles/sealed-report/) and [outside](https://example.org/other/).
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/linker.md:6:9: error: link to prisoner \"secret-name\", a draft; a published page cannot name a draft (publish content/prisoners/secret-name.md or remove the link) [E038 link-to-draft]",
            "content/prisoners/linker.md:7:1: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
        ])
    }

    /// A URL at the site's own address is checked where it names a prisoner, a report or a
    /// photo; other paths on the host may be served by something else.
    @Test func eventSourcesNamingAnEmbargoedReportAreErrors() throws {
        let site = try site()
        try site.prisoner("named", """
        name: Named
        country: Yemen
        status: detained
        sources:
          - title: The sealed report
            url: https://example.org/articles/sealed-report/
        events:
          - date: 2015-05-01
            kind: hearing
            text: A hearing.
            source: https://example.org/articles/sealed-report/
          - date: 2015-06-01
            kind: hearing
            text: Another hearing.
            source: The sealed report
          - date: 2015-07-01
            kind: hearing
            text: A third hearing.
            source: https://example.org/prisoners/known/
          - date: 2015-08-01
            kind: hearing
            text: A fourth hearing.
            source: https://example.org/annual-report.pdf
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/named.md:7:10: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
            "content/prisoners/named.md:12:13: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
        ])
    }

    @Test func draftsMayLinkToDraftsAndDraftBuildsAllowThem() throws {
        let site = try site()
        try site.article("draft-report", "title: Draft\ndate: 2016-01-05\ndraft: true", body: "About [Secret](/prisoners/secret-name/).")
        #expect(site.load().diagnostics.isEmpty)
        try site.article("open-report", "title: Open\ndate: 2016-01-05", body: "About [Secret](/prisoners/secret-name/).")
        #expect(site.load(includeDrafts: true).diagnostics.isEmpty)
        #expect(site.load().diagnostics.count == 1)
    }

    @Test func staticPagesAreCheckedToo() throws {
        let site = try site()
        try site.write("content/pages/about.md", "---\ntitle: About\n---\nWe follow [someone](/prisoners/secret-name/).\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/pages/about.md:4:11: error: link to prisoner \"secret-name\", a draft; a published page cannot name a draft (publish content/prisoners/secret-name.md or remove the link) [E038 link-to-draft]",
        ])
    }

    /// Bodies whose links all go to other hosts (most of them) are not parsed at load; any other
    /// destination, however written, is.
    @Test func onlyBodiesThatMayLinkIntoTheSiteAreParsed() {
        func mayLink(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { BodyLinks.mayLinkIntoSite($0, ownHostAndPath: BodyLinks.hostAndPath("https://example.org/monitor/")) }
        }
        #expect(!mayLink("Prose [a](https://news.example.com/1) and [b]( HTTP://other.org/x) and <https://other.org/>.\n\n[r]: https://x.org/"))
        for text in ["[a](/prisoners/x/)", "[a](../x/)", "[a](&#47;x)", "[a](<https://example.org/monitor/x/>)",
                     "[a]: /x/", "[a]:\n  x/", "<https://EXAMPLE.org/monitor/articles/x/>", "[a](mailto:x@example.org)"] {
            #expect(mayLink(text), "\(text)")
        }
        var text = "[out](https://other.org/) [in](/prisoners/x/) ![img](pic.png) [own](http://example.org/monitor/) [here](#a)"
        let found = text.withUTF8 { BodyLinks.find(utf8: $0, ownAddress: "https://example.org/monitor/") }
        #expect(found.map(\.destination) == ["/prisoners/x/", "pic.png", "http://example.org/monitor/", "#a"])
        #expect(found.map(\.column) == [27, 47, 63, 98])
    }
}
