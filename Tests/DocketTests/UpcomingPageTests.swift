import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DocketModel

/// Issue 22, part 4: `/upcoming/`, every scheduled event from the site's date on, and its feed.
@Suite struct UpcomingPageTests {
    @Test func upcomingListsScheduledEventsSoonestFirstWithAFeed() throws {
        let site = try SiteDateTests.scheduledSite()
        let report = try site.build(asOf: "2016-01-15")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")

        let page = try site.read("upcoming/index.html")
        let main = String(try #require(page.components(separatedBy: "<main").dropFirst().first))
        let trial = try #require(main.range(of: "Trial expected in February."))
        let appeal = try #require(main.range(of: "Appeal hearing set at the <em>Court of Appeal</em>."))
        #expect(trial.lowerBound < appeal.lowerBound, "soonest first")
        #expect(main.contains("Nadia Invented") && main.contains("Omar Invented"))
        #expect(main.contains("<span class=\"kind\">Appeal</span>") && main.contains("<span class=\"kind\">Trial</span>"))
        #expect(main.contains("2 hearings, trials and appeals set from"))
        #expect(!main.contains("Her lawyer speaks to the press."), "what has happened is not upcoming")
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Upcoming · "))

        // The home page and the timeline link to it, and name its feed in their heads.
        for path in ["index.html", "timeline/index.html"] {
            let text = try site.read(path)
            #expect(text.contains("<a href=\"/upcoming/\">All upcoming</a> (2)"), "\(path)")
            #expect(text.contains("href=\"https://example.org/upcoming/feed.xml\">"), "\(path)")
        }

        let data = try Data(contentsOf: site.output.appendingPathComponent("upcoming/feed.xml"))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        let feed = String(decoding: data, as: UTF8.self)
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<id>https://example.org/upcoming/feed.xml</id>"))
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/upcoming/feed.xml\"/>"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/upcoming/\"/>"))
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("<title>February 2016: Trial — Omar Invented</title>\n<id>https://example.org/upcoming/#"))
        // The trial's entry is dated by its report (2016-01-10); nadia's file has no `updated`, so the appeal's own date.
        #expect(feed.contains("<published>2016-01-10T00:00:00Z</published>"))
        #expect(feed.contains("<updated>2016-03-10T00:00:00Z</updated>\n<author>"))
        #expect(!feed.contains("2016-01-15"), "never the site's date")
    }

    @Test func noUpcomingPageWithoutScheduledEvents() throws {
        let site = try SiteDateTests.scheduledSite()
        _ = try site.build(asOf: "2016-04-01")
        #expect(!site.exists("upcoming/index.html") && !site.exists("upcoming/feed.xml"))
        #expect(!(try site.read("index.html")).contains("/upcoming/"))
    }

    @Test func longListsArePaginatedAndTheFeedHoldsTheSoonestFifty() throws {
        let site = try TestSite()
        let events = (1...130).map { day in
            "  - date: \(PartialDate(dayNumber: PartialDate(year: 2016, month: 2, day: 1).firstDay + day).description)\n"
                + "    kind: hearing\n    scheduled: true\n    text: Hearing \(day)."
        }.joined(separator: "\n")
        try site.prisoner("nadia", SiteDateTests.person + "\nupdated: 2016-01-05\nevents:\n" + events)
        let report = try site.build(asOf: "2016-01-15")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let first = try site.read("upcoming/index.html")
        let second = try site.read("upcoming/page/2/index.html")
        #expect(first.contains("Hearing 100.") && !first.contains("Hearing 101."))
        #expect(second.contains("Hearing 130.") && !second.contains("Hearing 100."))
        #expect(!site.exists("upcoming/page/3/index.html"))
        let feed = try site.read("upcoming/feed.xml")
        #expect(feed.components(separatedBy: "<entry>").count == 51)
        #expect(feed.contains("Hearing 50.") && !feed.contains("Hearing 51."))
        #expect(feed.contains("<updated>2016-01-05T00:00:00Z</updated>\n<author>"))
    }
}
