import Foundation
import Testing
@testable import DocketModel
@testable import Templates

/// Issue 22, part 2 and the country × status facet: the prisoner list's three orders, each on
/// its own pages; compact lines with a small photo; a country's people by status.
@Suite struct PrisonerOrderTests {
    /// 120 people from Yemen, detained, arrested on days of 2010 (Person 0001 earliest); five
    /// more named to test each order.
    func site() throws -> TestSite {
        let site = try TestSite()
        for number in 1...120 {
            let day = String(format: "%02d", (number - 1) % 28 + 1), month = String(format: "%02d", (number - 1) / 28 + 1)
            try site.prisoner(String(format: "person-%04d", number), """
            name: Person \(String(format: "%04d", number))
            country: Yemen
            status: detained
            arrested: 2010-\(month)-\(day)
            updated: 2012-01-01
            """)
        }
        // By name: Eldar, Ədalət, Fuad (Ə after E in the Azerbaijani alphabet, not after Z).
        try site.prisoner("adalat", "name: Ədalət Əliyev\ncountry: Azerbaijan\nstatus: imprisoned\narrested: 2015-06\nupdated: 2014-01-01\n"
            + "corrections:\n  - date: 2016-01-10\n    text: The date of arrest was wrong.")
        try site.prisoner("eldar", "name: Eldar Zeynalov\ncountry: Azerbaijan\nstatus: released\narrested: 2015-12-30\nreleased: 2016-01-05\nupdated: 2015-12-31")
        try site.prisoner("fuad", "name: Fuad Mammadov\ncountry: Azerbaijan\nstatus: imprisoned\narrested: 2015-12-30\nupdated: 2015-12-31")
        // No date of arrest, no review date: last in those orders, by name.
        try site.prisoner("zaur", "name: Zaur Qurbanli\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.prisoner("aaron", "name: Aaron Abbott\ncountry: Yemen\nstatus: deceased")
        #expect(try site.build().succeeded)
        return site
    }

    /// The people a page lists, in order, by slug.
    func listed(_ html: String) -> [String] {
        let list = html.components(separatedBy: "<ul class=\"prisoners\">").dropFirst().first?.components(separatedBy: "</ul>").first ?? ""
        return list.components(separatedBy: "<li><a href=\"/prisoners/").dropFirst().compactMap { $0.split(separator: "/").first.map(String.init) }
    }

    @Test func byNameFollowsTheAlphabetOfNames() throws {
        let site = try site()
        let first = try site.read("prisoners/index.html")
        let page = listed(first)
        #expect(page.count == 100)
        #expect(Array(page.prefix(4)) == ["aaron", "eldar", "adalat", "fuad"])
        #expect(first.contains("<a href=\"/prisoners/\" aria-current=\"page\">By name</a>"))
        #expect(first.contains("<a href=\"/prisoners/by-arrest/\">By date of arrest</a>"))
        #expect(first.contains("<a href=\"/prisoners/by-review/\">Recently reviewed</a>"))
        #expect(first.contains("<a href=\"/prisoners/page/2/\" rel=\"next\">"))
        // The lead names each status with its count and links to its list.
        #expect(first.contains("<a href=\"/status/detained/\">Detained</a> (120)"))
        #expect(first.contains("<a href=\"/status/deceased/\">Deceased</a> (1)"))
        let second = try site.read("prisoners/page/2/index.html")
        #expect(listed(second).count == 25 && listed(second).last == "zaur")
        #expect(second.contains("<a href=\"/prisoners/\" rel=\"prev\">") && second.contains("<h1>Prisoners (page 2)</h1>"))
        #expect(Set(page + listed(second)).count == 125)
    }

    @Test func byArrestNewestFirstAndUndatedLast() throws {
        let site = try site()
        let first = try site.read("prisoners/by-arrest/index.html")
        // Arrested the same day: by name.
        #expect(Array(listed(first).prefix(4)) == ["eldar", "fuad", "adalat", "person-0120"])
        #expect(first.contains("<a href=\"/prisoners/by-arrest/\" aria-current=\"page\">By date of arrest</a>"))
        #expect(first.contains("<a href=\"/prisoners/\">By name</a>"))
        #expect(first.contains("<h1>Prisoners by date of arrest</h1>"))
        let second = try site.read("prisoners/by-arrest/page/2/index.html")
        #expect(Array(listed(second).suffix(3)) == ["person-0001", "aaron", "zaur"])
        #expect(second.contains("<a href=\"/prisoners/by-arrest/\" rel=\"prev\">"))
        #expect(!site.exists("prisoners/by-arrest/page/3/index.html"))
    }

    @Test func byReviewCountsCorrections() throws {
        let site = try site()
        let first = try site.read("prisoners/by-review/index.html")
        // Ədalət's record was updated in 2014, but corrected on 10 January 2016.
        #expect(Array(listed(first).prefix(4)) == ["adalat", "eldar", "fuad", "person-0001"])
        #expect(first.contains("reviewed 10 January 2016"))
        #expect(first.contains("<a href=\"/prisoners/by-review/\" aria-current=\"page\">Recently reviewed</a>"))
        let second = try site.read("prisoners/by-review/page/2/index.html")
        #expect(Array(listed(second).suffix(2)) == ["aaron", "zaur"])
        #expect(second.contains("<a href=\"/prisoners/by-review/\" rel=\"prev\">"))
    }

    @Test func aLineNamesCountryStatusAndSinceWhen() throws {
        let site = try site()
        let first = try site.read("prisoners/by-arrest/index.html")
        #expect(first.contains("<li><a href=\"/prisoners/fuad/\">Fuad Mammadov</a> <span class=\"meta\">Azerbaijan · Imprisoned since 30 December 2015</span></li>"))
        // In the order by arrest, the date of arrest when the status does not give it.
        #expect(first.contains("<li><a href=\"/prisoners/eldar/\">Eldar Zeynalov</a> <span class=\"meta\">Azerbaijan · Released 5 January 2016 · arrested 30 December 2015</span></li>"))
        #expect(try site.read("prisoners/index.html").contains("<li><a href=\"/prisoners/eldar/\">Eldar Zeynalov</a> <span class=\"meta\">Azerbaijan · Released 5 January 2016</span></li>"))
        let last = try site.read("prisoners/by-arrest/page/2/index.html")
        #expect(last.contains("<li><a href=\"/prisoners/aaron/\">Aaron Abbott</a> <span class=\"meta\">Yemen · Deceased</span></li>"))
    }

    @Test func aPhotoIsItsOwnFileShownSmall() throws {
        let site = try TestSite()
        try site.write("content/media/people/tall.png", bytes: ReaderOutputsTests.png(width: 400, height: 600))
        try site.write("content/media/people/wide.png", bytes: ReaderOutputsTests.png(width: 300, height: 200))
        try site.prisoner("tall", "name: Tall Person\ncountry: Yemen\nstatus: detained\nphoto: people/tall.png")
        try site.prisoner("wide", "name: Wide Person\ncountry: Yemen\nstatus: detained\nphoto: people/wide.png")
        try site.prisoner("none", "name: No Photo\ncountry: Yemen\nstatus: detained")
        #expect(try site.build().succeeded)
        for page in ["prisoners/index.html", "status/detained/index.html", "countries/yemen/status/detained/index.html"] {
            let html = try site.read(page)
            #expect(html.contains("<a href=\"/prisoners/tall/\"><img src=\"/media/people/tall.png\" width=\"27\" height=\"40\" alt=\"\" loading=\"lazy\">Tall Person</a>"), "\(page)")
            #expect(html.contains("<a href=\"/prisoners/wide/\"><img src=\"/media/people/wide.png\" width=\"40\" height=\"27\" alt=\"\" loading=\"lazy\">Wide Person</a>"), "\(page)")
            #expect(html.contains("<a href=\"/prisoners/none/\">No Photo</a>"), "\(page)")
            #expect(html.contains("<ul class=\"prisoners photos\">"), "\(page)")
        }
        let copied = try Data(contentsOf: site.output.appendingPathComponent("media/people/tall.png"))
        #expect([UInt8](copied) == ReaderOutputsTests.png(width: 400, height: 600))
    }

    @Test func countryPagesLinkTheirStatusListsWhichArePaginated() throws {
        let site = try site()
        let yemen = try site.read("countries/yemen/index.html")
        #expect(yemen.contains("<a href=\"/countries/yemen/status/detained/\">Detained</a></th><td>120</td>"))
        #expect(yemen.contains("<a href=\"/countries/yemen/status/deceased/\">Deceased</a></th><td>1</td>"))
        #expect(!yemen.contains("/countries/yemen/status/imprisoned/"))
        // The country page counts; the lists hold the people.
        #expect(listed(yemen).isEmpty)
        let detained = try site.read("countries/yemen/status/detained/index.html")
        #expect(listed(detained).count == 100 && listed(detained).first == "person-0001")
        #expect(detained.contains("<h1>Yemen: detained</h1>"))
        #expect(detained.contains("<a href=\"/countries/yemen/status/detained/page/2/\" rel=\"next\">"))
        #expect(detained.contains("<a href=\"/countries/yemen/status/deceased/\">Deceased</a>"))
        #expect(detained.contains("<a href=\"/countries/yemen/\">Yemen</a>"))
        let second = try site.read("countries/yemen/status/detained/page/2/index.html")
        #expect(listed(second).count == 20 && listed(second).last == "person-0120")
        #expect(second.contains("<a href=\"/countries/yemen/status/detained/\" rel=\"prev\">"))
        let azerbaijan = try site.read("countries/azerbaijan/status/imprisoned/index.html")
        #expect(listed(azerbaijan) == ["adalat", "fuad", "zaur"])
        #expect(!site.exists("countries/azerbaijan/status/detained/index.html"))
        #expect(!site.exists("countries/yemen/status/imprisoned/index.html"))
    }

    @Test func theOrdersAndTheCountryListsAreRoutesTheLinkCheckerKnows() throws {
        #expect(Route.parse("prisoners/by-arrest/")?.route == .prisonersByArrest)
        let review = try #require(Route.parse("prisoners/by-review/page/3/"))
        #expect(review.route == .prisonersByReview && review.page == 3)
        let detained = try #require(Route.parse("countries/yemen/status/detained/page/2/"))
        #expect(detained.route == .countryStatus("yemen", .detained) && detained.page == 2)
        #expect(Route.parse("countries/yemen/status/nobody/") == nil)
        #expect(Route.parse("prisoners/by-arrest-2/")?.route == .prisoner("by-arrest-2"))
        let site = try TestSite()
        try site.prisoner("a", "name: A\ncountry: Yemen\nstatus: detained")
        try site.article("r", """
        title: Links
        date: 2016-01-01
        """, body: "[a](/countries/yemen/status/detained/) [b](/prisoners/by-review/) [c](/countries/yemen/status/released/) "
            + "[d](/prisoners/by-arrest/page/2/) [e](/countries/oman/status/detained/)")
        let messages = site.load().diagnostics.map(\.message)
        #expect(messages == [
            "link to /countries/yemen/status/released/: no published prisoner from Yemen has the status \"released\", so its page is not written",
            "link to /prisoners/by-arrest/page/2/: that listing has 1 page (1 prisoner, 100 a page); link to its first page, as what a later page shows moves as entries are added",
            "link to /countries/oman/status/detained/: no country page \"oman\"; a country has a page once a published prisoner is from there",
        ])
    }

    @Test func theOrdersFoldersAreNoPrisonersSlugs() throws {
        let site = try TestSite()
        try site.prisoner("by-arrest", "name: A\ncountry: Yemen\nstatus: detained")
        try site.prisoner("by-review", "name: B\ncountry: Yemen\nstatus: detained")
        // Nor former slugs: the redirect from one would be written where the list is.
        try site.prisoner("c", "name: C\ncountry: Yemen\nstatus: detained\nformer_slugs: [by-review, c-old]")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/by-arrest.md:1:1: error: a prisoner cannot be called \"by-arrest\": /prisoners/by-arrest/ is the list of prisoners by date of arrest; rename the file [E034 reserved-slug]",
            "content/prisoners/by-review.md:1:1: error: a prisoner cannot be called \"by-review\": /prisoners/by-review/ is the list of prisoners by when they were last reviewed; rename the file [E034 reserved-slug]",
            "content/prisoners/c.md:5:16: error: a prisoner cannot have the former slug \"by-review\": /prisoners/by-review/ is the list of prisoners by when they were last reviewed [E034 reserved-slug]",
        ])
    }
}
