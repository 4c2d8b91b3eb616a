import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DocketModel

/// Issue 22, part 4: `/updated/`, people and reports by when they last changed, and its feed.
@Suite struct UpdatedPageTests {
    static let person = "country: Azerbaijan\nstatus: detained\narrested: 2015-06-01"

    static func site() throws -> TestSite {
        let site = try TestSite()
        try site.prisoner("nadia", "name: Nadia Invented\n" + person + """

            updated: 2015-12-01
            corrections:
              - date: 2016-01-05
                text: The sentence is *six* years, not five, as an earlier version of this page said.
            """)
        try site.prisoner("omar", "name: Omar Invented\n" + person + "\nupdated: 2016-01-08")
        try site.prisoner("zaur", "name: Zaur Invented\n" + person)
        try site.prisoner("hidden", "name: Hidden Person\n" + person + "\nupdated: 2016-01-09\ndraft: true")
        try site.article("court", """
            title: A report on the court
            date: 2015-11-20
            corrections:
              - date: 2016-01-07
                text: An earlier version named the [wrong court](https://example.com/court).
            """)
        try site.article("plain", "title: An uncorrected report\ndate: 2016-01-10")
        return site
    }

    @Test func updatedListsChangesNewestFirstSayingWhatChanged() throws {
        let site = try Self.site()
        let report = try site.build(asOf: "2016-01-15")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("updated/index.html")
        let main = String(try #require(page.components(separatedBy: "<main").dropFirst().first))
        let omar = try #require(main.range(of: "<a href=\"/prisoners/omar/\">Omar Invented</a>: reviewed</li>"))
        let court = try #require(main.range(of: "<a href=\"/articles/court/#correction-2016-01-07\">A report on the court</a> "
            + "<span class=\"kind\">report</span>: corrected: An earlier version named the wrong court.</li>"))
        let nadia = try #require(main.range(of: "<a href=\"/prisoners/nadia/#correction-2016-01-05\">Nadia Invented</a>: "
            + "corrected: The sentence is six years, not five, as…</li>"))
        #expect(omar.lowerBound < court.lowerBound && court.lowerBound < nadia.lowerBound, "newest first")
        #expect(main.contains("3 people and reports by when they last changed"))
        // Never changed, a draft, a report only published: not listed.
        #expect(!main.contains("Zaur") && !main.contains("Hidden") && !main.contains("uncorrected"))

        for path in ["index.html", "timeline/index.html"] {
            let text = try site.read(path)
            #expect(text.contains("<a href=\"/updated/\">Recently updated"), "\(path)")
            #expect(text.contains("title=\"Recently updated · "), "\(path)")
            #expect(text.contains("href=\"https://example.org/updated/feed.xml\">"), "\(path)")
        }

        let data = try Data(contentsOf: site.output.appendingPathComponent("updated/feed.xml"))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        let feed = String(decoding: data, as: UTF8.self)
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<id>https://example.org/updated/feed.xml</id>"))
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/updated/feed.xml\"/>"))
        #expect(feed.contains("<updated>2016-01-08T00:00:00Z</updated>\n<author>"), "the latest change, not the site's date")
        #expect(feed.contains("<title>Omar Invented</title>\n<id>https://example.org/prisoners/omar/#updated-2016-01-08</id>"))
        #expect(feed.contains("<summary>corrected: An earlier version named the wrong court.</summary>"))
        #expect(feed.components(separatedBy: "<entry>").count == 4)
    }

    @Test func paginatedAtAHundredAndTheFeedHoldsFifty() throws {
        let site = try TestSite()
        for number in 1...130 {
            let day = PartialDate(dayNumber: PartialDate(year: 2015, month: 1, day: 1).firstDay + number)
            try site.prisoner("person-\(number)", "name: Person \(number)\n" + Self.person + "\nupdated: \(day.description)")
        }
        let report = try site.build(asOf: "2016-01-15")
        #expect(report.succeeded)  // names told apart by digits only meet once spelling is set aside: warnings
        let first = try site.read("updated/index.html")
        let second = try site.read("updated/page/2/index.html")
        #expect(first.contains(">Person 130</a>") && first.contains(">Person 31</a>") && !first.contains(">Person 30</a>"))
        #expect(second.contains(">Person 30</a>") && second.contains(">Person 1</a>"))
        #expect(!site.exists("updated/page/3/index.html"))
        let feed = try site.read("updated/feed.xml")
        #expect(feed.components(separatedBy: "<entry>").count == 51)
        #expect(feed.contains("<title>Person 81</title>") && !feed.contains("<title>Person 80</title>"))
    }

    @Test func noUpdatedPageWhenNothingChanged() throws {
        let site = try TestSite()
        try site.prisoner("zaur", "name: Zaur Invented\n" + Self.person)
        _ = try site.build(asOf: "2016-01-15")
        #expect(!site.exists("updated/index.html") && !site.exists("updated/feed.xml"))
        #expect(!(try site.read("index.html")).contains("/updated/"))
    }
}
