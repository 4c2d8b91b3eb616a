import Foundation
import Testing
@testable import DocketModel


/// Repeat detentions (`detentions:`) and sentences that change (`sentence:` as a list).
@Suite struct DetentionTests {
    /// Arrested twice: released under a pardon, then held again and sentenced, the sentence reduced on appeal.
    static let twice = """
    name: Rufat Aliyarov
    country: Azerbaijan
    status: imprisoned
    detentions:
      - arrested: 2013-02-04
        charges: [Mass disorder]
        sentence: {term: 5y, date: 2014-03-17, court: Shaki Grave Crimes Court}
        prison: Prison No. 14
        released: 2016-03-16
        release_kind: pardoned
      - arrested: 2020-03-21
        charges:
          - Hooliganism
        sentence:
          - term: 6y
            date: 2020-09-01
            court: Baku City Court
          - change: reduced
            date: 2021-02-10
            term: 4y
            court: Baku Court of Appeal
        prison: Pre-trial detention centre No. 1
    """

    private func load(_ frontMatter: String, slug: String = "x") throws -> SiteLoader.Outcome {
        let site = try TestSite()
        try site.prisoner(slug, frontMatter)
        return site.load()
    }

    private func person(_ frontMatter: String) throws -> Prisoner {
        let outcome = try load(frontMatter)
        #expect(rendered(outcome.diagnostics) == [])
        return try #require(outcome.site?.prisoners.first)
    }

    private func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    // MARK: Decoding

    @Test func decodesTwoDetentionsAndAChangedSentence() throws {
        let prisoner = try person(Self.twice)
        #expect(prisoner.detentions.count == 2)
        let first = prisoner.detentions[0]
        #expect(first.arrested == date("2013-02-04"))
        #expect(first.charges == ["Mass disorder"])
        #expect(first.sentence == Sentence(term: .fixed(years: 5, months: 0, days: 0), date: date("2014-03-17"),
                                           court: "Shaki Grave Crimes Court"))
        #expect(first.prison == "Prison No. 14")
        #expect(first.released == date("2016-03-16"))
        #expect(first.releaseKind == .pardoned)
        // What the rest of the site reads is the current detention.
        #expect(prisoner.arrested == date("2020-03-21"))
        #expect(prisoner.charges == ["Hooliganism"])
        #expect(prisoner.released == nil)
        #expect(prisoner.prison == "Pre-trial detention centre No. 1")
        let sentence = try #require(prisoner.sentence)
        #expect(sentence.term == .fixed(years: 6, months: 0, days: 0))
        #expect(sentence.changes == [SentenceChange(kind: .reduced, date: date("2021-02-10"),
                                                    term: .fixed(years: 4, months: 0, days: 0), court: "Baku Court of Appeal")])
        #expect(sentence.currentTerm == .fixed(years: 4, months: 0, days: 0))
        #expect(prisoner.previousDetentions.count == 1)
    }

    @Test func theShortFormIsOneDetentionAndNoKeysIsNone() throws {
        let short = try person("""
        name: A
        country: Azerbaijan
        status: released
        arrested: 2014-08
        released: 2016-03-17
        release_kind: amnestied
        """)
        #expect(short.detentions == [Detention(arrested: date("2014-08"), released: date("2016-03-17"), releaseKind: .amnestied)])
        #expect(short.releaseKind == .amnestied)
        let none = try person("name: B\ncountry: Azerbaijan\nstatus: detained")
        #expect(none.detentions.isEmpty)
        #expect(none.arrested == nil && none.charges.isEmpty)
    }

    @Test func aDeathSentenceCommutedToLife() throws {
        let prisoner = try person("""
        name: C
        country: Azerbaijan
        status: imprisoned
        arrested: 1995-03
        sentence:
          - term: death
            date: 1996-05
          - change: commuted
            date: 1998-02-10
            term: life
        """)
        let sentence = try #require(prisoner.sentence)
        #expect(sentence.term == .death)
        #expect(sentence.currentTerm == .life)
        let texts = prisoner.events.filter(\.isDerived).map(\.text)
        #expect(texts == ["Arrested.", "Sentenced to death.", "Death sentence commuted to life imprisonment."])
    }

    @Test func bothFormsInOneFileAreAnErrorAtTheSecond() throws {
        let listSecond = try load("""
        name: A
        country: Azerbaijan
        status: released
        arrested: 2014
        detentions:
          - arrested: 2015
        """)
        #expect(rendered(listSecond.diagnostics) == [
            "content/prisoners/x.md:6:1: error: \"detentions\" cannot be used together with the short form for one detention "
                + "(\"arrested\" at line 5); move the top-level \"arrested\" into an item of \"detentions\" [E046 two-detention-forms]",
        ])
        let shortSecond = try load("""
        name: A
        country: Azerbaijan
        status: released
        detentions:
          - arrested: 2015
        released: 2016
        """)
        #expect(rendered(shortSecond.diagnostics) == [
            "content/prisoners/x.md:7:1: error: \"released\" at the top level is the short form for one detention, but "
                + "\"detentions\" is given at line 5; move it into the item of \"detentions\" it belongs to [E046 two-detention-forms]",
        ])
    }

    @Test func problemsInsideDetentionsAreReportedAtTheirLines() throws {
        let outcome = try load("""
        name: A
        country: Azerbaijan
        status: imprisoned
        detentions:
          - arrested: 2013-02-04
            relased: 2014-01-01
          - arrested: 2015-05-01
            released: 2015-04-01
            release_kind: paroled
          - arrested: 2015-01-01
          - arrested: 2019-01-01
            release_kind: served
        """)
        #expect(rendered(outcome.diagnostics) == [
            "content/prisoners/x.md:6:5: error: a detention followed by another must say when it ended: add \"released\" (a year is enough) [E021 missing-key]",
            "content/prisoners/x.md:7:5: error: unknown key \"relased\" in a detention; did you mean \"released\"? [E020 unknown-key]",
            "content/prisoners/x.md:9:5: error: released 2015-04-01 is before arrested 2015-05-01 [E028 dates-out-of-order]",
            "content/prisoners/x.md:10:19: error: unknown release kind \"paroled\" (did you mean \"pardoned\"?); expected one of served, pardoned, amnestied, acquitted, conditional, exchanged, other [E024 unknown-value]",
            "content/prisoners/x.md:11:5: error: a detention followed by another must say when it ended: add \"released\" (a year is enough) [E021 missing-key]",
            "content/prisoners/x.md:11:5: error: this detention (from 2015-01-01) starts before the one above it (from 2015-05-01); list detentions oldest first [E028 dates-out-of-order]",
            "content/prisoners/x.md:13:5: error: \"release_kind\" is set but there is no \"released\"; add the release date (a year is enough), or remove release_kind [E021 missing-key]",
        ])
    }

    @Test func overlappingDetentionsAndAStaleStatusOnTheLastOne() throws {
        let outcome = try load("""
        name: A
        country: Azerbaijan
        status: imprisoned
        detentions:
          - arrested: 2013-02-04
            released: 2016-03-16
          - arrested: 2016-01-10
            released: 2017
        """)
        #expect(rendered(outcome.diagnostics) == [
            "content/prisoners/x.md:8:5: error: this detention starts (2016-01-10) before the one above it ended (released 2016-03-16); detentions cannot overlap [E028 dates-out-of-order]",
            "content/prisoners/x.md:9:5: error: status is \"imprisoned\" but the last detention's released is set (2017); is the status out of date? [E047 held-but-released]",
        ])
    }

    @Test func sentenceChangesAreCheckedEntryByEntry() throws {
        let outcome = try load("""
        name: A
        country: Azerbaijan
        status: imprisoned
        arrested: 2013-02-04
        sentence:
          - term: 6y
            date: 2014-01-10
            change: reduced
          - date: 2015-01-01
            term: 4y
          - change: reduced
            date: 2013-12-01
          - change: annulled
            date: 2016-01-01
            term: 2y
          - change: increased
            date: 2016-02-01
            term: 5y
            judge: Someone
        """)
        #expect(rendered(outcome.diagnostics) == [
            "content/prisoners/x.md:9:5: error: the first entry of \"sentence\" is the sentence as handed down and has no \"change\"; write each later change as a further entry of the list [E027 invalid-value]",
            "content/prisoners/x.md:10:5: error: missing required key \"change\" in a sentence change [E021 missing-key]",
            "content/prisoners/x.md:12:5: error: missing required key \"term\" in a sentence change (the term after the change) [E021 missing-key]",
            "content/prisoners/x.md:13:11: error: sentence change date 2013-12-01 is before the entry above it (2015-01-01); write the original sentence first and each change after it, oldest first [E028 dates-out-of-order]",
            "content/prisoners/x.md:16:5: error: an annulled sentence has no \"term\"; remove it, or say how the sentence changed (reduced, increased, commuted) [E027 invalid-value]",
            "content/prisoners/x.md:17:5: error: the sentence was already annulled; a change cannot follow an annulment [E028 dates-out-of-order]",
            "content/prisoners/x.md:20:5: error: unknown key \"judge\" in a sentence change; expected one of term, date, court, change [E020 unknown-key]",
        ])
    }

    // MARK: Facts, chart and timeline

    @Test func factsCountTheCurrentDetentionAndAllTogether() throws {
        let prisoner = try person(Self.twice)
        let facts = DetentionFacts(prisoner: prisoner, asOf: date("2021-03-21"))
        #expect(facts.daysInDetention == 365)
        #expect(facts.stillCounting)
        // 2013-02-04 → 2016-03-16 is 1,136 days; with the 365 of the current one.
        #expect(facts.daysInAllDetentions == 1136 + 365)
        // The term as it stands (4 years, reduced from 6) counts from the current arrest.
        #expect(facts.termEnds == date("2024-03-21"))
        #expect(facts.termCountedFromArrest)
    }

    @Test func anAnnulledSentenceHasNoEnd() throws {
        let prisoner = try person("""
        name: A
        country: Azerbaijan
        status: detained
        arrested: 2020-01-01
        sentence:
          - term: 3y
            date: 2020-06-01
          - change: annulled
            date: 2020-12-01
            court: Supreme Court
        """)
        #expect(prisoner.sentence?.isAnnulled == true)
        #expect(DetentionFacts(prisoner: prisoner, asOf: date("2021-01-01")).termEnds == nil)
        #expect(prisoner.events.filter(\.isDerived).map(\.text).last == "Sentence annulled by Supreme Court.")
    }

    @Test func theChartCountsEveryMonthOfEveryDetention() throws {
        let prisoner = try person(Self.twice)
        let series = DetentionSeries(prisoners: [prisoner], asOf: date("2020-05"))
        func held(_ year: Int, _ month: Int) -> Int? { series.points.first { $0.year == year && $0.month == month }?.held }
        #expect(series.points.first.map { [$0.year, $0.month] } == [2013, 2])
        #expect(held(2013, 2) == 1)
        #expect(held(2016, 2) == 1)
        #expect(held(2016, 3) == 0)
        #expect(held(2020, 2) == 0)
        #expect(held(2020, 3) == 1)
        #expect(held(2020, 5) == 1)
        #expect(series.uncounted == 0)
    }

    @Test func theTimelineHasEachDetentionsEntries() throws {
        let prisoner = try person(Self.twice)
        let derived = prisoner.events.filter(\.isDerived).map { "\($0.date) \($0.kind.rawValue): \($0.text)" }
        #expect(derived == [
            "2013-02-04 arrest: Arrested.",
            "2014-03-17 sentence: Sentenced to 5 years by Shaki Grave Crimes Court.",
            "2016-03-16 release: Released (pardoned).",
            "2020-03-21 arrest: Arrested.",
            "2020-09-01 sentence: Sentenced to 6 years by Baku City Court.",
            "2021-02-10 sentence: Sentence reduced to 4 years by Baku Court of Appeal.",
        ])
    }

    // MARK: End to end

    @Test func thePageAndTheDataShowBothDetentions() throws {
        let site = try TestSite()
        try site.prisoner("rufat-aliyarov", Self.twice)
        try site.build(asOf: "2021-03-21")
        let page = try site.read("prisoners/rufat-aliyarov/index.html")
        #expect(page.contains("<dt>Arrested</dt><dd><time datetime=\"2020-03-21\">21 March 2020</time> (<a href=\"/arrests/2020/\">everyone arrested in 2020</a>)</dd>"))
        #expect(page.contains("<dt>Sentence</dt><dd>6 years, handed down <time datetime=\"2020-09-01\">1 September 2020</time>, by Baku City Court"
            + "<ul class=\"sentence-changes\"><li>Sentence reduced to 4 years on <time datetime=\"2021-02-10\">10 February 2021</time> "
            + "by Baku Court of Appeal</li></ul></dd>"))
        #expect(page.contains("<dt>Term ends</dt><dd><time datetime=\"2024-03-21\">21 March 2024</time> (counted from arrest)</dd>"))
        #expect(page.contains("<dt>Days in detention</dt><dd>365 (as of 21 March 2021); 1,501 days in all</dd>"))
        #expect(page.contains("<dt>Previous detentions</dt><dd><ul class=\"detentions\"><li><time datetime=\"2013-02-04\">4 February 2013</time> – "
            + "<time datetime=\"2016-03-16\">16 March 2016</time>, pardoned; sentenced to 5 years; charges: Mass disorder; Prison No. 14</li></ul></dd>"))
        #expect(page.contains("Released (pardoned)."))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.read("data/prisoners.json").utf8)) as? [String: Any])
        let row = try #require((json["prisoners"] as? [[String: Any]])?.first)
        #expect(row["arrested"] as? String == "2020-03-21")
        #expect(row["sentence_term"] as? String == "4y")
        #expect(row["sentence_date"] as? String == "2021-02-10")
        #expect(row["release_kind"] is NSNull)
        let detentions = try #require(row["detentions"] as? [[String: Any]])
        #expect(detentions.count == 2)
        #expect(detentions[0]["released"] as? String == "2016-03-16")
        #expect(detentions[0]["release_kind"] as? String == "pardoned")
        #expect(detentions[0]["charges"] as? [String] == ["Mass disorder"])
        let sentence = try #require(detentions[1]["sentence"] as? [String: Any])
        #expect(sentence["term"] as? String == "6y")
        let changes = try #require(sentence["changes"] as? [[String: Any]])
        #expect(changes.first?["change"] as? String == "reduced")
        #expect(changes.first?["term"] as? String == "4y")

        let csv = try site.read("data/prisoners.csv").components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",release_kind,lawyer,prison,updated,url,patronymic,tags,detention_count"))
        #expect(csv[1].hasSuffix(",2"))
    }
}
