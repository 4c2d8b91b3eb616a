import Testing
@testable import DocketModel

@Suite struct PrisonerModelTests {
    static let everyField = """
    name: Gilal Mamedov
    aliases:
      - Hilal Mammadov
      - Гилал Мамедов
    name_native: Hilal Məmmədov
    country: Azerbaijan
    status: released
    profession: Journalist
    outlet: Tolyshi Sado
    arrested: 2012-06-21
    charges:
      - Treason
      - Incitement to hatred
    sentence:
      term: 5y
      date: "2013-09-27"
      court: Lankaran Grave Crimes Court
    released: 2016-03
    lawyer: Some Lawyer
    prison: Prison No. 2
    updated: 2016-04-01
    sources:
      - title: A report
        url: https://example.org/report
        publisher: Example News
        date: 2016-03
    events:
      - date: 2014
        kind: transfer
        text: Moved to *another* prison.
        source: A report
    draft: false
    """

    @Test func decodesEveryField() throws {
        let site = try TestSite()
        try site.prisoner("gilal-mamedov", Self.everyField, body: "## Life\n\nBorn somewhere.")
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let prisoner = try #require(outcome.site?.prisoners.first)
        #expect(prisoner.slug == "gilal-mamedov")
        #expect(prisoner.path == "content/prisoners/gilal-mamedov.md")
        #expect(prisoner.name == "Gilal Mamedov")
        #expect(prisoner.aliases == ["Hilal Mammadov", "Гилал Мамедов"])
        #expect(prisoner.nameNative == "Hilal Məmmədov")
        #expect(prisoner.country == "Azerbaijan")
        #expect(prisoner.status == .released)
        #expect(prisoner.profession == "Journalist")
        #expect(prisoner.outlet == "Tolyshi Sado")
        #expect(prisoner.arrested == PartialDate(year: 2012, month: 6, day: 21))
        #expect(prisoner.charges == ["Treason", "Incitement to hatred"])
        #expect(prisoner.sentence == Sentence(term: .fixed(years: 5, months: 0, days: 0),
                                              date: PartialDate(year: 2013, month: 9, day: 27),
                                              court: "Lankaran Grave Crimes Court"))
        #expect(prisoner.released == PartialDate(year: 2016, month: 3))
        #expect(prisoner.lawyer == "Some Lawyer")
        #expect(prisoner.prison == "Prison No. 2")
        #expect(prisoner.updated == PartialDate(year: 2016, month: 4, day: 1))
        #expect(prisoner.sources == [Source(title: "A report", url: "https://example.org/report",
                                            publisher: "Example News", date: PartialDate(year: 2016, month: 3))])
        #expect(prisoner.draft == false)
        #expect(try prisoner.body.html() == "<h3>Life</h3>\n<p>Born somewhere.</p>\n")

        // The written event, then the arrest, sentence and release made from the fields.
        #expect(prisoner.events.map { "\($0.date) \($0.kind.rawValue) \($0.text)" } == [
            "2014 transfer Moved to *another* prison.",
            "2012-06-21 arrest Arrested.",
            "2013-09-27 sentence Sentenced to 5 years by Lankaran Grave Crimes Court.",
            "2016-03 release Released.",
        ])
        #expect(prisoner.events[0].textHTML == "Moved to <em>another</em> prison.")
        #expect(prisoner.events[0].sourceURL == "https://example.org/report")
        #expect(prisoner.events.allSatisfy { $0.prisoners == ["gilal-mamedov"] })
    }

    /// A draft copy differs from the record only in `draft`, every other field carried over.
    @Test func aDraftCopyKeepsEveryOtherField() throws {
        let site = try TestSite()
        try site.prisoner("gilal-mamedov", Self.everyField)
        try site.article("a-report", "title: A report\ndate: 2015-05-01\nprisoners: [gilal-mamedov]")
        let loaded = try #require(site.load().site)
        let prisoner = try #require(loaded.prisoners.first)
        let article = try #require(loaded.articles.first)
        #expect(!prisoner.draft && prisoner.asDraft().draft && !article.draft && article.asDraft().draft)
        var expected = prisoner.record
        expected.draft = true
        #expect(prisoner.asDraft().record == expected && prisoner.asDraft() != prisoner)
        var expectedArticle = article.record
        expectedArticle.draft = true
        #expect(article.asDraft().record == expectedArticle)
    }

    @Test func unquotedDatesStayDatesWithoutTimeZones() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: A\ncountry: Kazakhstan\nstatus: detained\narrested: 2015-12-31\nupdated: 2016")
        let prisoner = try #require(site.load().site?.prisoners.first)
        #expect(prisoner.arrested?.description == "2015-12-31")
        #expect(prisoner.updated?.description == "2016")
    }

    @Test func doesNotRepeatADerivedEventTheEditorWrote() throws {
        let site = try TestSite()
        try site.prisoner("a", """
        name: A
        country: Kazakhstan
        status: detained
        arrested: 2015-12-05
        events:
          - date: 2015-12-05
            kind: arrest
            text: Detained at the airport.
        """)
        let prisoner = try #require(site.load().site?.prisoners.first)
        #expect(prisoner.events.map(\.text) == ["Detained at the airport."])
    }

    @Test func decodesAnArticle() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: A\ncountry: Kazakhstan\nstatus: detained")
        try site.article("report", """
        title: A report
        date: 2016-01-04
        summary: What happened.
        author: Desk
        prisoners: [a]
        tags: [pardon, courts]
        events:
          - date: 2015-12-28
            kind: amnesty
            text: A decree.
            prisoners: [a]
            source: https://example.org/decree
        """)
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let article = try #require(outcome.site?.articles.first)
        #expect(article.title == "A report")
        #expect(article.date.description == "2016-01-04")
        #expect(article.summary == "What happened.")
        #expect(article.author == "Desk")
        #expect(article.prisoners == ["a"])
        #expect(article.tags == ["pardon", "courts"])
        #expect(article.events.first?.prisoners == ["a"])
        #expect(article.events.first?.sourceURL == "https://example.org/decree")
        #expect(article.events.first?.origin == .article(slug: "report"))
    }
}
