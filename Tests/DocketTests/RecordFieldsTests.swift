import DocketEditing
import Foundation
import Testing
@testable import DocketModel
@testable import Templates

/// Issue 21, parts 10 and 12a, 12c, 12d: an event's source named by title, URL or publisher or
/// written in place; sources that are only a URL; `patronymic`; `tags` on prisoners.
@Suite struct RecordFieldsTests {
    static let sources = """
    sources:
      - title: Verdict in the case
        url: https://news.example.org/2014/verdict
        publisher: Example News
      - title: Rights group statement
        url: https://rights.example.net/statement
        publisher: Rights Group
      - https://www.Footnotes.example.com:8443/list/12?x=1
      - http://example.com
    """

    private func prisoner(_ events: String, extra: String = "") throws -> (Prisoner?, [String]) {
        let site = try TestSite()
        try site.prisoner("ali-aliyev", "name: Ali Aliyev\ncountry: Azerbaijan\nstatus: imprisoned\n\(extra)\(Self.sources)\nevents:\n\(events)")
        let outcome = site.load()
        return (outcome.site?.prisoners.first, rendered(outcome.diagnostics))
    }

    @Test func aBareURLIsASourceTitledByItsHost() throws {
        let (person, problems) = try prisoner("  - {date: 2014, kind: other, text: X.}")
        #expect(problems == [])
        let sources = try #require(person?.sources)
        #expect(sources.map(\.title) == ["Verdict in the case", "Rights group statement", "footnotes.example.com", "example.com"])
        #expect(sources[2].url == "https://www.Footnotes.example.com:8443/list/12?x=1")
        #expect(sources[2].publisher == nil && sources[2].date == nil)
        #expect(SourceFields.hostTitle(of: "https://www.example.org/a/b") == "example.org")
        #expect(SourceFields.hostTitle(of: "https://user@WWW.Example.org#x") == "example.org")
        #expect(SourceFields.hostTitle(of: "http://wwwexample.org/") == "wwwexample.org")
    }

    /// Reports read sources and events the same way, and link the source on their page.
    @Test func aReportHasTheSameForms() throws {
        let site = try TestSite()
        try site.article("2015-05-01-report", """
        title: A report
        date: 2015-05-01
        sources:
          - https://www.decrees.example.org/2015/7
        events:
          - {date: 2015-04-30, kind: legislation, text: A decree., source: DECREES.example.org}
        """)
        #expect(try site.build().succeeded)
        let page = try site.read("articles/2015-05-01-report/index.html")
        #expect(page.contains("<a href=\"https://www.decrees.example.org/2015/7\" rel=\"nofollow noopener noreferrer\">Source: decrees.example.org</a>"))
    }

    @Test func aBareTextThatIsNoURLIsRefused() throws {
        let site = try TestSite()
        try site.prisoner("x", "name: X\ncountry: Yemen\nstatus: detained\nsources:\n  - example.org/report\n  - javascript:alert(1)")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/x.md:6:5: error: a source written as text must be an http or https URL (its host name becomes its title), not \"example.org/report\"; or write a mapping with title and url [E026 invalid-url]",
            "content/prisoners/x.md:7:5: error: a source written as text must be an http or https URL (its host name becomes its title), not \"javascript:alert(1)\"; or write a mapping with title and url [E026 invalid-url]",
        ])
    }

    @Test func anEventNamesASourceByTitleURLOrPublisherInAnyCase() throws {
        let (person, problems) = try prisoner("""
          - {date: 2014-01-01, kind: other, text: By title., source: Verdict in the case}
          - {date: 2014-01-02, kind: other, text: By title in another case., source: VERDICT IN THE CASE}
          - {date: 2014-01-03, kind: other, text: By URL., source: "https://rights.example.net/statement"}
          - {date: 2014-01-04, kind: other, text: By publisher., source: example news}
          - {date: 2014-01-05, kind: other, text: By the host of a bare URL., source: footnotes.example.com}
          - {date: 2014-01-06, kind: other, text: A URL of its own., source: "https://elsewhere.example.org/x"}
          - date: 2014-01-07
            kind: other
            text: A source of its own.
            source:
              title: Court record
              url: https://court.example.org/record
              publisher: The Court
              date: 2014-01-08
        """)
        #expect(problems == [])
        let events = try #require(person?.events).filter { !$0.isDerived }
        #expect(events.map(\.sourceTitle) == ["Verdict in the case", "Verdict in the case", "Rights group statement", "Verdict in the case",
                                              "footnotes.example.com", nil, "Court record"])
        #expect(events.map(\.sourceURL) == [
            "https://news.example.org/2014/verdict", "https://news.example.org/2014/verdict", "https://rights.example.net/statement",
            "https://news.example.org/2014/verdict", "https://www.Footnotes.example.com:8443/list/12?x=1",
            "https://elsewhere.example.org/x", "https://court.example.org/record",
        ])
    }

    @Test func anAmbiguousOrUnknownSourceIsAnErrorAtItsLine() throws {
        let site = try TestSite()
        try site.prisoner("x", """
        name: X
        country: Yemen
        status: detained
        sources:
          - {title: Verdict, url: "https://a.example.org/1", publisher: Example News}
          - {title: Appeal, url: "https://a.example.org/2", publisher: Example News}
          - {title: Appeal, url: "https://a.example.org/3"}
        events:
          - {date: 2014, kind: other, text: One., source: Example News}
          - {date: 2014, kind: other, text: Two., source: appeal}
          - {date: 2014, kind: other, text: Three., source: Exampel News}
          - {date: 2014, kind: other, text: Four., source: Something else}
          - {date: 2014, kind: other, text: Five., source: {title: No URL}}
          - {date: 2014, kind: other, text: Six., source: {title: T, url: "ftp://a.example.org/x"}}
          - {date: 2014, kind: other, text: Seven., source: [a, b]}
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/x.md:10:51: error: event source \"Example News\" is the publisher of 2 of this file's sources: \"Verdict\" (https://a.example.org/1), \"Appeal\" (https://a.example.org/2); write the title or the URL of the one meant [E048 ambiguous-source]",
            "content/prisoners/x.md:11:51: error: event source \"appeal\" is the title of 2 of this file's sources: \"Appeal\" (https://a.example.org/2), \"Appeal\" (https://a.example.org/3); write the URL of the one meant [E048 ambiguous-source]",
            "content/prisoners/x.md:12:53: error: event source \"Exampel News\" is neither an http(s) URL nor the title, URL or publisher of one of this file's sources; did you mean \"Example News\"? [E029 unknown-source]",
            "content/prisoners/x.md:13:52: error: event source \"Something else\" is neither an http(s) URL nor the title, URL or publisher of one of this file's sources (\"Verdict\", \"Appeal\", \"Appeal\") [E029 unknown-source]",
            "content/prisoners/x.md:14:52: error: missing required key \"url\" in an event's source [E021 missing-key]",
            "content/prisoners/x.md:15:67: error: \"url\" must be an http or https URL, not \"ftp://a.example.org/x\" [E026 invalid-url]",
            "content/prisoners/x.md:16:53: error: \"source\" must be text, not a list [E022 wrong-type]",
        ])
    }

    @Test func theSourceIsLinkedOnThePersonsPageTheTimelineAndTheFeed() throws {
        let site = try TestSite()
        try site.prisoner("ali-aliyev", """
        name: Ali Aliyev
        patronymic: Rashid oglu
        country: Azerbaijan
        status: imprisoned
        tags: [Example case, "Youth <movement>"]
        sources:
          - https://www.footnotes.example.com/list
        events:
          - {date: 2015-03-01, kind: statement, text: A statement., source: Footnotes.example.com}
          - date: 2015-04-01
            kind: trial
            text: The trial opens.
            source: {title: "Court & record", url: "https://court.example.org/r?a=1&b=2", publisher: The Court}
        """)
        try site.prisoner("vali-valiyev", "name: Vali Valiyev\ncountry: Azerbaijan\nstatus: detained\ntags: [Example case]")
        try site.article("2015-05-01-report", "title: A report\ndate: 2015-05-01\ntags: [Example case, Other]")
        #expect(try site.build().succeeded)

        let page = try site.read("prisoners/ali-aliyev/index.html")
        let link = "<a href=\"https://www.footnotes.example.com/list\" rel=\"nofollow noopener noreferrer\">Source: footnotes.example.com</a>"
        let inline = "<a href=\"https://court.example.org/r?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\">Source: Court &amp; record</a>"
        #expect(page.contains(link))
        #expect(page.contains(inline))
        // The bare URL is listed among the sources under its host name.
        #expect(page.contains("<li><a href=\"https://www.footnotes.example.com/list\" rel=\"nofollow noopener noreferrer\">footnotes.example.com</a></li>"))
        // The patronymic in the fact box and in the JSON-LD as schema.org's additionalName.
        #expect(page.contains("<dt>Patronymic</dt><dd>Rashid oglu</dd>"))
        #expect(page.contains("\"additionalName\":\"Rashid oglu\""))
        // The tags, linked, escaped.
        #expect(page.contains("<dt>Tags</dt><dd><ul class=\"tags\"><li><a href=\"/tags/example-case/\">Example case</a></li>"
                              + "<li><a href=\"/tags/youth-movement/\">Youth &lt;movement&gt;</a></li></ul></dd>"))

        let timeline = try site.read("timeline/index.html")
        #expect(timeline.contains(link) && timeline.contains(inline))
        #expect(try site.read("index.html").contains(inline))
        #expect(try site.read("prisoners/ali-aliyev/feed.xml").contains("https://court.example.org/r?a=1"))

        // One tag page lists the people (by name) and the reports.
        let tag = try site.read("tags/example-case/index.html")
        #expect(tag.contains("<h1>Tagged “Example case”</h1>\n<p class=\"lead\">2 people and 1 report.</p>"))
        let people = try #require(tag.range(of: "<h2 id=\"people\">People</h2>"))
        let reports = try #require(tag.range(of: "<h2 id=\"reports\">Reports</h2>"))
        #expect(people.upperBound < reports.lowerBound)
        let ali = try #require(tag.range(of: "<a href=\"/prisoners/ali-aliyev/\">Ali Aliyev</a>"))
        let vali = try #require(tag.range(of: "<a href=\"/prisoners/vali-valiyev/\">Vali Valiyev</a>"))
        #expect(ali.lowerBound < vali.lowerBound && vali.upperBound < reports.lowerBound)
        #expect(tag.contains("<a href=\"/articles/2015-05-01-report/\">A report</a>"))
        // A tag of people only, and a tag of reports only, which looks as it did.
        let youth = try site.read("tags/youth-movement/index.html")
        #expect(youth.contains("Ali Aliyev") && !youth.contains("<h2 id=\"reports\">") && !youth.contains("No reports yet"))
        #expect(try site.read("tags/other/index.html").contains("<h1>Reports tagged “Other”</h1>"))
        let list = try site.read("tags/index.html")
        #expect(list.contains("<a href=\"/tags/example-case/\">Example case</a> <span class=\"count\">(3)</span>"))
        // Open data: patronymic and tags columns.
        let csv = try site.read("data/prisoners.csv")
        #expect(csv.hasPrefix(OpenData.prisonerColumns.joined(separator: ",")) && OpenData.prisonerColumns.suffix(2) == ["patronymic", "tags"])
        #expect(csv.contains(",Rashid oglu,Example case; Youth <movement>"))
    }

    /// People and reports are paginated together, people first: no tag page grows without bound.
    @Test func aTagOfManyPeopleIsPaginated() throws {
        let site = try TestSite()
        for number in 1...(TagPage.perPage + 3) {
            try site.prisoner("person-\(number)", "name: Person \(number)\ncountry: Yemen\nstatus: detained\ntags: [Group case]")
        }
        try site.article("2015-05-01-report", "title: The group case\ndate: 2015-05-01\ntags: [Group case]")
        #expect(try site.build().succeeded)
        let first = try site.read("tags/group-case/index.html")
        #expect(first.contains("<p class=\"lead\">53 people and 1 report.</p>") && !first.contains("<h2 id=\"reports\">"))
        #expect(first.components(separatedBy: "<a href=\"/prisoners/person-").count - 1 == TagPage.perPage)
        let second = try site.read("tags/group-case/page/2/index.html")
        #expect(second.contains("<h1>Tagged “Group case” (page 2)</h1>"))
        #expect(second.components(separatedBy: "<a href=\"/prisoners/person-").count - 1 == 3)
        #expect(second.contains("<h2 id=\"reports\">Reports</h2>") && second.contains("The group case"))
    }

    @Test func aPatronymicKeepsNamesakesApart() throws {
        #expect(PersonNameKey.patronymicKey("Rashid oglu") == PersonNameKey.patronymicKey("Rəşid oğlu"))
        #expect(PersonNameKey.patronymicKey("Rashid oglu") == PersonNameKey.patronymicKey("Рашид оглы"))
        #expect(PersonNameKey.patronymicKey("Islam qızı") == PersonNameKey.patronymicKey("Ислам кызы"))
        #expect(PersonNameKey.patronymicKey("Rashid oglu") != PersonNameKey.patronymicKey("Vagif oglu"))
        #expect(PersonNameKey.patronymicKey("oglu") == nil)

        let site = try TestSite()
        try site.prisoner("a-ali-aliyev", "name: Ali Aliyev\npatronymic: Rashid oglu\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.prisoner("b-ali-aliyev", "name: Əli Əliyev\npatronymic: Vaqif oğlu\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.prisoner("c-ali-aliyev", "name: Али Алиев\npatronymic: Рашид оглы\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.prisoner("d-ali-aliyev", "name: Ali Aliyev\ncountry: Azerbaijan\nstatus: detained")
        let outcome = site.load()
        // a and b are two people; c is a again; d gives no patronymic, so nothing tells it from a.
        #expect(rendered(outcome.diagnostics) == [
            "content/prisoners/c-ali-aliyev.md:2:7: warning: \"Али Алиев\" meets \"Ali Aliyev\" in content/prisoners/a-ali-aliyev.md:2 "
                + "once spelling is set aside; if this is the same person, keep one file and put the other spellings in its aliases "
                + "[W005 duplicate-person]",
            "content/prisoners/d-ali-aliyev.md:2:7: warning: \"Ali Aliyev\" is also the name in content/prisoners/a-ali-aliyev.md:2 "
                + "once spelling is set aside; if this is the same person, keep one file and put the other spellings in its aliases; "
                + "if they are two people, give both files their patronymic [W005 duplicate-person]",
        ])
        #expect(outcome.site?.prisoners.first?.patronymic == "Rashid oglu")
    }

    @Test func docketNewWritesThePatronymicAndComparesIt() throws {
        let today = try PartialDate(parsing: "2016-01-15")
        let site = try TestSite()
        try site.prisoner("ali-aliyev", "name: Ali Aliyev\npatronymic: Rashid oglu\ncountry: Azerbaijan\nstatus: imprisoned")
        var request = NewContent.Request(kind: .prisoner, title: "Əli Əliyev", slug: "ali-aliyev-2", date: today)
        // Another patronymic: someone else, created, with the patronymic as its own key.
        request.patronymic = " Vaqif oğlu "
        #expect(try NewContent.create(request, siteDirectory: site.root) == "content/prisoners/ali-aliyev-2.md")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/prisoners/ali-aliyev-2.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\nname: \"Əli Əliyev\"\npatronymic: \"Vaqif oğlu\"\ncountry:"))
        // The same patronymic: refused, naming that file; none: refused, naming the first file in path order.
        var same = NewContent.Request(kind: .prisoner, title: "Ali Aliyev", slug: "ali-aliyev-3", date: today)
        same.patronymic = "Rəşid oğlu"
        #expect(throws: NewContent.Failure.samePerson(name: "Ali Aliyev", existing: "Ali Aliyev", path: "content/prisoners/ali-aliyev.md", line: 2)) {
            try NewContent.create(same, siteDirectory: site.root)
        }
        same.patronymic = nil
        #expect(throws: NewContent.Failure.samePerson(name: "Ali Aliyev", existing: "Əli Əliyev", path: "content/prisoners/ali-aliyev-2.md", line: 2)) {
            try NewContent.create(same, siteDirectory: site.root)
        }
    }
}
