import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketMarkdown
@testable import DocketModel
import Templates

/// Issue 21, part 7: links and images in bodies, event texts and correction texts are checked
/// against the pages the build writes (read back as routes), media images are copied and sized,
/// and texts shown on many pages are rebased under `base_url`'s path.
@Suite struct BodyLinkTargetTests {
    /// A published person from Yemen with a correction, a draft, a report under embargo with a
    /// tag, a published report tagged "Trials", a page, and a picture in content/media/.
    private func site(baseURL: String = "https://example.org/", corrections: Bool = true) throws -> TestSite {
        let site = try TestSite(siteYML: "title: Test Monitor\nbase_url: \(baseURL)\nlanguage: en\ndescription: Tests.\n")
        try site.prisoner("known", """
        name: Known Person
        country: Yemen
        status: detained
        former_slugs: [old-known]
        events:
          - date: 2015-05-01
            kind: arrest
            text: Arrested.
        """ + (corrections ? "\ncorrections:\n  - date: 2016-01-05\n    text: The arrest date was wrong." : ""))
        try site.prisoner("secret-name", "name: Secret\ncountry: Oman\nstatus: released\ndraft: true")
        try site.article("sealed-report", "title: Sealed\ndate: 2016-01-04\nembargo_until: 2030-01-01T00:00:00Z\ntags: [Sealed]")
        try site.article("trial-report", "title: Trials\ndate: 2016-01-03\ntags: [Trials]")
        try site.write("content/pages/methodology.md", "---\ntitle: Methodology\nformer_slugs: [methods]\n---\nHow we work.\n")
        try site.write("content/media/court.png", bytes: ReaderOutputsTests.png(width: 640, height: 480))
        try site.write("content/media/annual report.pdf", "%PDF-1.4\n")
        return site
    }

    /// The brief's cases, each at the line and column of its link: a missing page, a draft, an
    /// embargoed report, a missing image, and a link in an event text (at the text's position).
    @Test func missingDraftEmbargoedImageAndEventTextLinksAreErrorsAtTheirLines() throws {
        let site = try site()
        try site.article("open-report", """
        title: Open
        date: 2016-01-05
        events:
          - date: 2016-01-02
            kind: hearing
            text: A hearing; see [the sealed report](/articles/sealed-report/).
          - date: 2016-01-03
            kind: hearing
            text: >-
              Another hearing,
              [see here](/nowhere/).
        corrections:
          - date: 2016-01-06
            text: We linked [a draft](/prisoners/secret-name/).
        """, body: """
        See [nothing](/no-such-page/) and [a draft](/prisoners/secret-name/#bio).

        ![The court](/media/missing.png) beside [the embargo](/articles/sealed-report/?x=1).
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/open-report.md:7:11: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
            "content/articles/open-report.md:10:11: error: link to /nowhere/: no page of this site is there [E037 broken-link]",
            "content/articles/open-report.md:15:11: error: link to prisoner \"secret-name\", a draft; a published page cannot name a draft (publish content/prisoners/secret-name.md or remove the link) [E038 link-to-draft]",
            "content/articles/open-report.md:17:5: error: link to /no-such-page/: no page of this site is there [E037 broken-link]",
            "content/articles/open-report.md:17:35: error: link to prisoner \"secret-name\", a draft; a published page cannot name a draft (publish content/prisoners/secret-name.md or remove the link) [E038 link-to-draft]",
            "content/articles/open-report.md:19:1: error: image /media/missing.png does not exist; expected the file content/media/missing.png [E037 broken-link]",
            "content/articles/open-report.md:19:41: error: link to report \"sealed-report\", under embargo until 2030-01-01T00:00:00Z; a published page cannot name an embargoed record (embargo this page as well, or remove the link) [E039 link-to-embargoed]",
        ])
    }

    /// Countries, tags, statuses, timeline years and corrections have pages only when the
    /// published site holds them: each is looked up in the index the build makes.
    @Test func indexPagesAreCheckedAgainstWhatThePublishedSiteHolds() throws {
        let site = try site(corrections: false)
        try site.article("links", "title: Links\ndate: 2016-01-05", body: """
        [a](/countries/yemen/) [b](/countries/yemn/) [c](/countries/oman/) [d](/tags/trials/) [e](/tags/sealed/)
        [f](/status/detained/) [g](/status/released/) [h](/timeline/2015/) [i](/timeline/1999/) [j](/corrections/)
        [k](/data/prisoners.csv) [l](/data/nothing.csv) [m](/prisoners/known/feed.xml) [n](/prisoners/page/2/) [o](/methodology)
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/links.md:5:24: error: link to /countries/yemn/: no country page \"yemn\"; did you mean \"yemen\"?; a country has a page once a published prisoner is from there [E037 broken-link]",
            "content/articles/links.md:5:46: error: link to /countries/oman/: no country page \"oman\"; a country has a page once a published prisoner is from there [E037 broken-link]",
            "content/articles/links.md:5:87: error: link to /tags/sealed/: no tag page \"sealed\"; a tag has a page once a published item has it [E037 broken-link]",
            "content/articles/links.md:6:24: error: link to /status/released/: no published prisoner has the status \"released\", so its page is not written [E037 broken-link]",
            "content/articles/links.md:6:68: error: link to /timeline/1999/: the timeline has no events in 1999, so it has no page for that year [E037 broken-link]",
            "content/articles/links.md:6:89: error: link to /corrections/: the site publishes no corrections yet, so /corrections/ is not written [E037 broken-link]",
            "content/articles/links.md:7:26: error: link to /data/nothing.csv: no page of this site is there [E037 broken-link]",
            "content/articles/links.md:7:80: error: link to /prisoners/page/2/: that listing has 1 page (1 prisoner, 100 a page); link to its first page, as what a later page shows moves as entries are added [E037 broken-link]",
        ])
        // With a correction published, /corrections/ is written.
        let corrected = try self.site(corrections: true)
        try corrected.article("links", "title: Links\ndate: 2016-01-05", body: "[j](/corrections/) and [its feed](/corrections/feed.xml)")
        #expect(corrected.load().diagnostics.isEmpty)
    }

    /// A link to an old address works (a redirect page is written there) but is a warning that
    /// names the current address; the old slug's other paths are not written, and stay errors.
    @Test func linksToFormerAddressesAreWarningsNamingTheNewOne() throws {
        let site = try site()
        try site.article("links", "title: Links\ndate: 2016-01-05", body: "[a](/prisoners/old-known/) [b](/methods/#x) [c](/prisoners/old-known/feed.xml)")
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/links.md:5:1: warning: link to /prisoners/old-known/: that is a former address of content/prisoners/known.md, which redirects; link to /prisoners/known/ instead [W009 link-to-former-address]",
            "content/articles/links.md:5:28: warning: link to /methods/#x: that is a former address of content/pages/methodology.md, which redirects; link to /methodology/ instead [W009 link-to-former-address]",
            "content/articles/links.md:5:45: error: link to /prisoners/old-known/feed.xml: no prisoner \"old-known\"; it was renamed \"known\" (\"old-known\" is in its former_slugs); expected the slug of a file in content/prisoners/ [E037 broken-link]",
        ])
    }

    /// An image from content/media/ is copied and shown at its size, lazily; a linked file is
    /// copied too; an image without a description is a warning; one from another host is a link.
    @Test func mediaImagesAreCopiedAndSized() throws {
        let site = try site()
        try site.article("pictures", "title: Pictures\ndate: 2016-01-05", body: """
        ![The court](/media/court.png "In Sana'a") and [the report](/media/annual%20report.pdf).

        ![](/media/court.png) and ![Elsewhere](https://images.example.com/x.png).
        """)
        let report = try site.build()
        #expect(rendered(report.diagnostics) == [
            "content/articles/pictures.md:7:1: warning: image /media/court.png has no description; write what it shows between the brackets (![The court in Baku](…)), for readers who cannot see it [W008 image-without-description]",
        ])
        let page = try site.read("articles/pictures/index.html")
        #expect(page.contains(#"<img src="/media/court.png" alt="The court" title="In Sana&#39;a" width="640" height="480" loading="lazy" />"#))
        #expect(page.contains(#"<a href="/media/annual%20report.pdf">the report</a>"#))
        #expect(page.contains(#"<img src="/media/court.png" alt="" width="640" height="480" loading="lazy" />"#))
        #expect(page.contains(#"<a href="https://images.example.com/x.png">Elsewhere</a>"#))
        #expect(!page.contains("images.example.com/x.png\" alt"))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("media/court.png")) == Data(ReaderOutputsTests.png(width: 640, height: 480)))
        #expect(site.exists("media/annual report.pdf"))
    }

    /// A file shown as an image must be one: a PDF in ![…](…) is an error; files linked only
    /// from a draft are not copied.
    @Test func imagesMustBeImagesAndDraftsCopyNothing() throws {
        let site = try site()
        try site.article("pictures", "title: Pictures\ndate: 2016-01-05", body: "![The report](/media/annual%20report.pdf)")
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/pictures.md:5:1: error: image /media/annual%20report.pdf must be a PNG, JPEG, GIF or WebP file [E031 photo-format]",
        ])
        try site.article("pictures", "title: Pictures\ndate: 2016-01-05\ndraft: true", body: "![The court](/media/court.png)")
        #expect(try site.build().succeeded)
        #expect(!site.exists("media/court.png"))
        // A draft person's photo is not published by a page that shows it.
        try site.prisoner("secret-name", "name: Secret\ncountry: Oman\nstatus: released\ndraft: true\nphoto: court.png")
        try site.article("shown", "title: Shown\ndate: 2016-01-05", body: "![Secret](/media/court.png)")
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/shown.md:5:1: error: image /media/court.png: this is the photo of prisoner \"secret-name\", a draft; a published page cannot show it (publish content/prisoners/secret-name.md first, or remove it) [E038 link-to-draft]",
        ])
    }

    /// Under `base_url` with a path, links and images in bodies, event texts and corrections are
    /// written under it; a relative link in an event text (shown on many pages) is written from the root.
    @Test func eventTextsAndImagesAreRebasedUnderTheBasePath() throws {
        let site = try site(baseURL: "https://example.org/monitor/")
        try site.prisoner("linker", """
        name: Linker
        country: Yemen
        status: detained
        events:
          - date: 2015-06-01
            kind: hearing
            text: A hearing with [Known](/prisoners/known/) and [the methods](../../methodology/) ![The court](/media/court.png)
        corrections:
          - date: 2016-01-02
            text: The hearing was with [Known](/prisoners/known/#timeline).
        """, body: "![The court](/media/court.png) and [the trials](/tags/trials/)")
        #expect(try site.build().succeeded)
        let page = try site.read("prisoners/linker/index.html")
        #expect(page.contains(#"A hearing with <a href="/monitor/prisoners/known/">Known</a> and <a href="/monitor/methodology/">the methods</a> <img src="/monitor/media/court.png" alt="The court" width="640" height="480" loading="lazy" />"#))
        #expect(page.contains(#"The hearing was with <a href="/monitor/prisoners/known/#timeline">Known</a>"#))
        #expect(page.contains(#"<img src="/monitor/media/court.png" alt="The court" width="640" height="480" loading="lazy" /> and <a href="/monitor/tags/trials/">the trials</a>"#))
        let timeline = try site.read("timeline/2015/index.html")
        #expect(timeline.contains(#"<a href="/monitor/prisoners/known/">Known</a>"#))
        let corrections = try site.read("corrections/index.html")
        #expect(corrections.contains(#"<a href="/monitor/prisoners/known/#timeline">Known</a>"#))
    }

    /// `Route.parse` reads every route's path back as that route (a paginated listing's later
    /// pages too), and nothing else.
    @Test func routesReadBackFromTheirPaths() {
        for route in Route.everyKind {
            if case .formerAddress = route { continue }
            #expect(Route.parse(route.path)?.route == route, "\(route.path)")
        }
        #expect(Route.parse("prisoners/page/3/")?.page == 3)
        #expect(Route.parse("timeline/2015/page/2/").map { "\($0.route)/\($0.page)" } == "timelineYear(2015)/2")
        for path in ["prisoners/page/1/", "countries/page/2/", "prisoners/x/y/", "status/held/", "x", "data/x/", "404.html/x"] {
            #expect(Route.parse(path) == nil, "\(path)")
        }
    }

    /// The open data files the checker accepts are the ones a build writes.
    @Test func openDataFilesAreTheOnesWritten() throws {
        let site = try site()
        #expect(try site.build().succeeded)
        let written = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("data").path)
        #expect(Set(written.filter { $0 != "index.html" }) == Route.openDataFiles)
    }

    /// The checker and the build agree: every file a build writes is a target a link may name
    /// (a former address with a warning, as it redirects), read back through `Route.parse`.
    @Test func everyFileTheBuildWritesIsALinkTarget() throws {
        let site = try site()
        try site.article("pictures", "title: Pictures\ndate: 2016-01-05", body: "![The court](/media/court.png)")
        #expect(try site.build().succeeded)
        let written = site.outputTree().keys.sorted()
        #expect(written.contains("countries/yemen/index.html") && written.contains("corrections/feed.xml")
                && written.contains("tags/trials/index.html") && written.contains("timeline/2015/index.html"))
        let paths = written.map { $0.hasSuffix("index.html") ? String($0.dropLast("index.html".count)) : $0 }
        try site.article("every-page", "title: Every page\ndate: 2016-01-06",
                         body: paths.map { "[\($0)](/\($0.replacingOccurrences(of: " ", with: "%20")))" }.joined(separator: "\n"))
        let problems = site.load().diagnostics.filter { $0.code != .linkToFormerAddress }
        #expect(rendered(problems) == [])
        #expect(site.load().diagnostics.filter { $0.code == .linkToFormerAddress }.count == 2)
    }

    /// A later page of a listing, and a person's full timeline or reports, are written only when
    /// the list is long enough: the checker counts as the build does, with the templates' sizes.
    @Test func laterPagesAndFullListsExistOnlyForLongLists() throws {
        let checked: [Int] = [ListingSizes.prisoners, ListingSizes.articles, ListingSizes.status, ListingSizes.tag,
                              ListingSizes.timelineYear, ListingSizes.personList, ListingSizes.personEvents, ListingSizes.personReports]
        let templates: [Int] = [PrisonerListPage.perPage, ArticleListPage.perPage, StatusPage.perPage, TagPage.perPage,
                                TimelinePage.perPage, PrisonerListingPages.perPage, PrisonerPage.eventLimit, PrisonerPage.reportLimit]
        #expect(checked == templates)
        let site = try site()
        for number in 1...ListingSizes.articles + 1 {
            try site.article("report-\(number)", "title: Report \(number)\ndate: 2016-01-05\nprisoners: [known]")
        }
        try site.article("links", "title: Links\ndate: 2016-01-05", body: """
        [a](/articles/page/2/) [b](/articles/page/3/) [c](/prisoners/known/reports/) [d](/prisoners/known/timeline/)
        [e](/prisoners/known/reports/page/2/) [f](/tags/trials/page/2/)
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/links.md:5:24: error: link to /articles/page/3/: that listing has 2 pages (53 reports, 50 a page); link to its first page, as what a later page shows moves as entries are added [E037 broken-link]",
            "content/articles/links.md:5:78: error: link to /prisoners/known/timeline/: a person's full timeline is written only past the 100 events their page shows, and \"known\" has 1; link to /prisoners/known/ instead [E037 broken-link]",
            "content/articles/links.md:6:1: error: link to /prisoners/known/reports/page/2/: that listing has 1 page (51 reports, \(ListingSizes.personList) a page); link to its first page, as what a later page shows moves as entries are added [E037 broken-link]",
            "content/articles/links.md:6:39: error: link to /tags/trials/page/2/: that listing has 1 page (1 report, 50 a page); link to its first page, as what a later page shows moves as entries are added [E037 broken-link]",
        ])
    }
}
