import Foundation
import Testing
@testable import DocketModel

/// Issue 21, part 6: facts against the site's date (`--as-of`). The messages at their lines are
/// in Tests/BadContent/site-date; here, what moves with the date, what is shown where, and the
/// notice beside the status.
@Suite struct SiteDateTests {
    static let person = "name: Nadia Invented\ncountry: Azerbaijan\nstatus: detained\narrested: 2015-06-01"

    /// The diagnostics of a build at `asOf`, as printed.
    static func messages(_ site: TestSite, asOf: String) throws -> [String] {
        try site.build(asOf: asOf).diagnostics.map(\.description)
    }

    @Test func aPartialDateIsInTheFutureOnlyWhenItsFirstDayIs() throws {
        let site = try TestSite()
        try site.prisoner("this-month", "name: This Month\ncountry: Azerbaijan\nstatus: detained\narrested: 2016-01")
        try site.prisoner("this-year", "name: This Year\ncountry: Azerbaijan\nstatus: detained\narrested: 2016\nupdated: 2016-01-15")
        try site.prisoner("next-month", "name: Next Month\ncountry: Azerbaijan\nstatus: detained\narrested: 2016-02")
        #expect(try Self.messages(site, asOf: "2016-01-15") == [
            "content/prisoners/next-month.md:5:11: error: \"arrested\" 2016-02 is after the site's date 2016-01-15 (--as-of, else today); "
                + "a fact cannot be dated after it; is the year right? [E044 future-date]",
        ])
        #expect(try Self.messages(site, asOf: "2016-02-01") == [])
    }

    /// The same file, built on two dates: a hearing not yet held is an error until its day.
    @Test func asOfMovesADateFromTheFutureToThePast() throws {
        let site = try TestSite()
        try site.prisoner("nadia", Self.person + "\nevents:\n  - date: 2016-03-10\n    kind: hearing\n    text: A hearing.")
        let early = try site.build(asOf: "2016-01-15")
        #expect(!early.succeeded)
        #expect(early.diagnostics.map(\.description) == [
            "content/prisoners/nadia.md:7:11: error: the event's \"date\" 2016-03-10 is after the site's date 2016-01-15 (--as-of, else today); "
                + "if the hearing is set for that day, add \"scheduled: true\" [E044 future-date]",
        ])
        #expect(try site.build(asOf: "2016-03-10").succeeded)
        #expect(try site.read("prisoners/nadia/index.html").contains("A hearing."))
    }

    /// `docket check` judges at `--as-of` as the build does (and at today without it).
    @Test func checkTakesAsOf() throws {
        let site = try TestSite()
        try site.prisoner("nadia", Self.person + "\nupdated: 2016-02-01")
        let early = try DocketProcess.run(["check", "--site", site.root.path, "--as-of", "2016-01-15"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("content/prisoners/nadia.md:6:10: error: \"updated\" 2016-02-01 is after the site's date 2016-01-15"))
        let later = try DocketProcess.run(["check", "--site", site.root.path, "--as-of", "2016-02-01"])
        #expect(later.status == 0, "\(later.stderr)")
        let today = try DocketProcess.run(["check", "--site", site.root.path])
        #expect(today.status == 0, "\(today.stderr)")
    }

    /// Only a term that certainly ended: a term ending in 2016 (arrested 2011, 5 years) has not,
    /// on 2016-01-15; it has on 2017-01-01. A release, or a status not held, says nothing.
    @Test func aHeldStatusAfterTheTermIsAWarningOnlyWhenTheEndIsCertain() throws {
        let site = try TestSite()
        try site.prisoner("year-only", "name: Year Only\ncountry: Azerbaijan\nstatus: imprisoned\narrested: 2011\nsentence:\n  term: 5y")
        try site.prisoner("released", "name: Let Go\ncountry: Azerbaijan\nstatus: released\narrested: 2005-01-01\nsentence:\n  term: 2y")
        try site.prisoner("from-sentence", "name: From Sentence\ncountry: Azerbaijan\nstatus: detained\nsentence:\n  term: 1y6m\n  date: 2013-05")
        #expect(try Self.messages(site, asOf: "2016-01-15") == [
            "content/prisoners/from-sentence.md:4:9: warning: status is \"detained\" but the term of 1 year 6 months from sentence on 2013-05 "
                + "ended on 2014-11, before the site's date 2016-01-15; update the status, or add the release (\"released\") [W006 term-ended]",
        ])
        let later = try Self.messages(site, asOf: "2017-01-01")
        #expect(later.count == 2)
        #expect(later.last == "content/prisoners/year-only.md:4:9: warning: status is \"imprisoned\" but the term of 5 years from arrest on 2011 "
            + "ended on 2016, before the site's date 2017-01-01; update the status, or add the release (\"released\") [W006 term-ended]")
    }

    /// A report written ahead is kept back by `embargo_until` or `draft`; one published at once may not be dated ahead.
    @Test func aReportMayBeDatedAheadOnlyWhenHeldBack() throws {
        let site = try TestSite()
        try site.article("embargoed", "title: Embargoed\ndate: 2016-02-01\nembargo_until: 2016-02-01T09:00Z")
        try site.article("draft", "title: Draft\ndate: 2016-02-01\ndraft: true")
        #expect(try Self.messages(site, asOf: "2016-01-15") == [])
        try site.article("ahead", "title: Ahead\ndate: 2016-02-01")
        let messages = try Self.messages(site, asOf: "2016-01-15")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/articles/ahead.md:3:7: error: the report's \"date\" 2016-02-01 is after the site's date") == true)
    }

    /// A site with two scheduled events and one that has happened.
    static func scheduledSite() throws -> TestSite {
        let site = try TestSite()
        try site.prisoner("nadia", Self.person + """

            events:
              - date: 2016-03-10
                kind: appeal
                scheduled: true
                text: Appeal hearing set at the *Court of Appeal*.
              - date: 2015-12-01
                kind: statement
                text: Her lawyer speaks to the press.
            """)
        try site.prisoner("omar", "name: Omar Invented\ncountry: Azerbaijan\nstatus: detained\narrested: 2015-07-01")
        try site.article("trial-set", """
            title: Trial set
            date: 2016-01-10
            prisoners: [omar]
            events:
              - date: 2016-02
                kind: trial
                scheduled: true
                prisoners: [omar]
                text: Trial expected in February.
            """)
        return site
    }

    @Test func scheduledEventsAreUpcomingSoonestFirstAndNeverPastEntries() throws {
        let site = try Self.scheduledSite()
        let report = try site.build(asOf: "2016-01-15")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")

        let home = try site.read("index.html")
        let upcoming = try #require(home.range(of: "<h2 id=\"upcoming\">Upcoming</h2>"))
        let latest = try #require(home.range(of: "<h2 id=\"latest-events\">"))
        #expect(upcoming.upperBound < latest.lowerBound)
        let upcomingPart = String(home[upcoming.upperBound..<latest.lowerBound])
        let trial = try #require(upcomingPart.range(of: "Trial expected in February."))
        let appeal = try #require(upcomingPart.range(of: "Appeal hearing set at the <em>Court of Appeal</em>."))
        #expect(trial.lowerBound < appeal.lowerBound, "soonest first")
        let latestPart = String(home[latest.upperBound...])
        #expect(latestPart.contains("Her lawyer speaks to the press."))
        #expect(!latestPart.contains("Appeal hearing set") && !latestPart.contains("Trial expected"))

        // The person's page: above their timeline, not in it.
        let nadia = try site.read("prisoners/nadia/index.html")
        let nadiaUpcoming = try #require(nadia.range(of: "<h2 id=\"upcoming\">Upcoming</h2>"))
        let nadiaTimeline = try #require(nadia.range(of: "<h2 id=\"timeline\">Timeline</h2>"))
        #expect(nadiaUpcoming.upperBound < nadiaTimeline.lowerBound)
        #expect(nadia[nadiaUpcoming.upperBound..<nadiaTimeline.lowerBound].contains("Appeal hearing set"))
        #expect(!nadia[nadiaTimeline.upperBound...].contains("Appeal hearing set"))
        #expect(try site.read("prisoners/omar/index.html").contains("Trial expected in February."))

        // The timeline page lists them at its top; its years, feeds and data files do not.
        let hub = try site.read("timeline/index.html")
        #expect(hub.contains("<h2 id=\"upcoming\">Upcoming</h2>"))
        #expect(hub.contains("3 events"))  // the two arrests and the statement
        #expect(!site.exists("timeline/2016/index.html"))
        for path in ["timeline/feed.xml", "prisoners/nadia/feed.xml", "prisoners/omar/feed.xml", "data/events.csv", "data/events.json",
                     "timeline/2015/index.html", "countries/azerbaijan/index.html"] {
            let text = try site.read(path)
            #expect(!text.contains("Appeal hearing set") && !text.contains("Trial expected"), "\(path)")
        }
        // The report lists its own scheduled event apart from the events that happened.
        let article = try site.read("articles/trial-set/index.html")
        #expect(article.contains("<h2 id=\"upcoming\">Upcoming</h2>"))
        #expect(!article.contains("Events in this report"))
    }

    /// Once its day has passed, a scheduled event is a warning, leaves the home page and stays on
    /// the person's page as set for a day now past.
    @Test func aScheduledEventWhoseDayHasPassedAsksWhatHappened() throws {
        let site = try Self.scheduledSite()
        let report = try site.build(asOf: "2016-04-01")
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            "content/articles/trial-set.md:8:16: warning: the trial was scheduled for 2016-02, before the site's date 2016-04-01: "
                + "record what happened (remove \"scheduled: true\" and say how it went, or change the date if it was postponed) [W007 scheduled-passed]",
            "content/prisoners/nadia.md:9:16: warning: the appeal was scheduled for 2016-03-10, before the site's date 2016-04-01: "
                + "record what happened (remove \"scheduled: true\" and say how it went, or change the date if it was postponed) [W007 scheduled-passed]",
        ])
        #expect(!(try site.read("index.html")).contains("id=\"upcoming\""))
        #expect(!(try site.read("timeline/index.html")).contains("id=\"upcoming\""))
        let nadia = try site.read("prisoners/nadia/index.html")
        #expect(nadia.contains("Set for a day now past; what happened is not recorded yet:"))
        #expect(!(try site.read("timeline/feed.xml")).contains("Appeal hearing set"))
    }

    @Test func scheduledOnlyOnHearingsTrialsAndAppeals() throws {
        let site = try TestSite()
        try site.prisoner("nadia", Self.person + "\nevents:\n  - date: 2015-12-01\n    kind: transfer\n    scheduled: true\n    text: Moved.")
        #expect(try Self.messages(site, asOf: "2016-01-15") == [
            "content/prisoners/nadia.md:9:16: error: only a hearing, trial or appeal can be \"scheduled\", not \"transfer\"; "
                + "remove \"scheduled: true\", and write the event once it has happened [E045 not-schedulable]",
        ])
    }

    /// "Not reviewed for over a year" stands beside the status at the top; "Last reviewed" stays at the foot.
    @Test func theStaleNoticeIsBesideTheStatus() throws {
        let site = try TestSite()
        try site.prisoner("old", Self.person + "\nupdated: 2014-06")
        try site.prisoner("fresh", "name: Fresh Record\ncountry: Azerbaijan\nstatus: detained\nupdated: 2015-06")
        #expect(try site.build(asOf: "2016-01-15").succeeded)
        let old = try site.read("prisoners/old/index.html")
        let status = "<p class=\"status status-detained\"><a href=\"/status/detained/\">Detained</a></p>\n"
        let notice = "<p class=\"stale\"><strong>This record has not been reviewed for over a year (last on "
            + "<time datetime=\"2014-06\">June 2014</time>); the situation may have changed.</strong></p>\n"
        #expect(old.contains(status + notice + "<h1>"), "\(old)")
        #expect(old.contains("<p class=\"reviewed\">Last reviewed: <time datetime=\"2014-06\">June 2014</time>.</p>"))
        #expect(old.components(separatedBy: "not been reviewed").count == 2)
        let fresh = try site.read("prisoners/fresh/index.html")
        #expect(!fresh.contains("not been reviewed"))
        #expect(fresh.contains("Last reviewed: "))
    }
}
