import Testing
@testable import DocketModel

@Suite struct ValidationTests {
    private func errors(prisoner frontMatter: String, slug: String = "x") throws -> [String] {
        let site = try TestSite()
        try site.prisoner(slug, frontMatter)
        return rendered(site.load().diagnostics)
    }

    @Test func unknownStatusListsTheAllowedValues() throws {
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\nstatus: jailed") == [
            "content/prisoners/x.md:4:9: error: unknown status \"jailed\"; expected one of detained, imprisoned, released, pardoned, acquitted, deceased [E024 unknown-value]",
        ])
    }

    @Test func misspeltKeyGetsASuggestion() throws {
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\nstatus: detained\narested: 2015") == [
            "content/prisoners/x.md:5:1: error: unknown key \"arested\" in prisoner front matter; did you mean \"arrested\"? [E020 unknown-key]",
        ])
    }

    @Test func missingRequiredFields() throws {
        #expect(try errors(prisoner: "name: X") == [
            "content/prisoners/x.md:2:1: error: missing required key \"country\" in prisoner front matter [E021 missing-key]",
            "content/prisoners/x.md:2:1: error: missing required key \"status\" in prisoner front matter [E021 missing-key]",
        ])
    }

    @Test func wrongTypes() throws {
        #expect(try errors(prisoner: "name:\n  - A\n  - B\ncountry: Yemen\nstatus: detained\ndraft: maybe\ncharges:\n  - a: b") == [
            "content/prisoners/x.md:3:3: error: \"name\" must be text, not a list [E022 wrong-type]",
            "content/prisoners/x.md:7:8: error: \"draft\" must be true or false, not \"maybe\" [E024 unknown-value]",
            "content/prisoners/x.md:9:5: error: missing required key \"article\" in item 1 of \"charges\" [E021 missing-key]",
            "content/prisoners/x.md:9:5: error: unknown key \"a\" in item 1 of \"charges\"; expected one of article, text, code [E020 unknown-key]",
        ])
    }

    @Test func impossibleDatesAndTerms() throws {
        #expect(try errors(prisoner: """
        name: X
        country: Yemen
        status: imprisoned
        arrested: 2015-02-30
        released: 2015-13
        sentence:
          term: 7.5 years
        """) == [
            "content/prisoners/x.md:5:11: error: \"arrested\": invalid date \"2015-02-30\": that month has 28 days [E025 invalid-date]",
            "content/prisoners/x.md:6:11: error: \"released\": invalid date \"2015-13\": the month must be 01 to 12 [E025 invalid-date]",
            "content/prisoners/x.md:8:9: error: invalid sentence term \"7.5 years\"; expected whole years, months and days like 7y6m, 6y, 8m, 30d, life, or death [E027 invalid-value]",
        ])
    }

    @Test func releaseBeforeArrest() throws {
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\nstatus: released\narrested: 2015-03\nreleased: 2014-12-31") == [
            "content/prisoners/x.md:6:1: error: released 2014-12-31 is before arrested 2015-03 [E028 dates-out-of-order]",
        ])
    }

    @Test func badSlugAndBadSourceURL() throws {
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\nstatus: detained\nsources:\n  - title: T\n    url: javascript:alert(1)", slug: "Bad_Slug") == [
            "content/prisoners/Bad_Slug.md:1:1: error: file name \"Bad_Slug.md\" is not a valid slug; use lowercase ASCII letters, digits and single hyphens (like khadija-ismayilova.md) [E033 invalid-slug]",
            "content/prisoners/Bad_Slug.md:7:10: error: \"url\" must be an http or https URL, not \"javascript:alert(1)\" [E026 invalid-url]",
        ])
    }

    @Test func eventProblems() throws {
        #expect(try errors(prisoner: """
        name: X
        country: Yemen
        status: detained
        events:
          - date: 2015
            kind: jailing
            text: Something.
          - date: 2015
            kind: trial
            source: Not a listed title
        """) == [
            "content/prisoners/x.md:7:11: error: unknown event kind \"jailing\"; expected one of arrest, charge, detention-extended, hearing, trial, sentence, appeal, transfer, hunger-strike, visit-denied, health, release, pardon, amnesty, acquittal, death, award, statement, legislation, other [E024 unknown-value]",
            "content/prisoners/x.md:9:5: error: missing required key \"text\" in an event [E021 missing-key]",
            "content/prisoners/x.md:11:13: error: event source \"Not a listed title\" is neither an http(s) URL nor the title, URL or publisher of one of this file's sources [E029 unknown-source]",
        ])
    }

    @Test func yamlSyntaxErrorsPointAtTheLine() throws {
        let tab = try errors(prisoner: "name: X\ncountry: Yemen\nstatus: detained\naliases:\n\t- A")
        #expect(tab.count == 1)
        #expect(tab.first?.hasPrefix("content/prisoners/x.md:6:") == true)
        #expect(tab.first?.contains("tab") == true)
        let quote = try errors(prisoner: "name: \"X\ncountry: Yemen\nstatus: detained")
        #expect(quote.count == 1)
        #expect(quote.first?.hasPrefix("content/prisoners/x.md:") == true)
        #expect(quote.first?.contains("error: YAML:") == true)
    }

    @Test func duplicateKeyPointsAtTheSecond() throws {
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\nname: Z\nstatus: detained") == [
            "content/prisoners/x.md:4:1: error: duplicate key \"name\"; each key may appear once [E019 duplicate-key]",
        ])
    }

    @Test func aliasesAreRefused() throws {
        let result = try errors(prisoner: "name: &a X\ncountry: *a\nstatus: detained")
        #expect(result == ["content/prisoners/x.md:3:10: error: a YAML value cannot start with \"*\": that is an alias, and aliases are not allowed in front matter; put the value in quotes [E016 yaml-alias]"])
    }

    @Test func articleProblems() throws {
        let site = try TestSite()
        try site.prisoner("khadija-ismayilova", "name: K\ncountry: Yemen\nstatus: imprisoned")
        try site.prisoner("hidden", "name: H\ncountry: Yemen\nstatus: imprisoned\ndraft: true")
        try site.article("r", """
        title: R
        date: 2016-01
        prisoners:
          - khadija-ismayilowa
          - hidden
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/articles/r.md:3:7: error: an article's \"date\" must be a full date YYYY-MM-DD, not \"2016-01\" [E025 invalid-date]",
            "content/articles/r.md:5:5: error: no prisoner \"khadija-ismayilowa\"; did you mean \"khadija-ismayilova\"?; expected the slug of a file in content/prisoners/ [E036 unknown-prisoner]",
            "content/articles/r.md:6:5: error: prisoner \"hidden\" is a draft; a published page cannot name a draft (publish content/prisoners/hidden.md or remove the reference) [E038 link-to-draft]",
        ])
    }

    @Test func duplicateSlugsAcrossFolders() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: A\ncountry: Yemen\nstatus: detained")
        try site.write("content/prisoners/azerbaijan/a.md", "---\nname: A2\ncountry: Yemen\nstatus: detained\n---\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/azerbaijan/a.md:1:1: error: prisoner slug \"a\" is already used by content/prisoners/a.md; slugs must be unique [E035 duplicate-slug]",
        ])
    }

    @Test func reportsEveryProblemOfEveryFileAtOnce() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: A\ncountry: Yemen\nstatus: jailed")
        try site.prisoner("b", "name: B\ncountry: Yemen\nstatus: detained\narrested: 2015-02-30")
        try site.article("c", "title: C\ndate: 2016-01-01\nprisoners: [nobody]")
        try site.write("content/prisoners/d.md", "no front matter here")
        let outcome = site.load()
        #expect(outcome.site == nil)
        #expect(rendered(outcome.diagnostics).map { String($0.prefix(while: { $0 != " " })) } == [
            "content/articles/c.md:4:13:",
            "content/prisoners/a.md:4:9:",
            "content/prisoners/b.md:5:11:",
            "content/prisoners/d.md:1:1:",
        ])
    }

    @Test func missingSiteConfig() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/site.yml"))
        #expect(rendered(site.load().diagnostics) == [
            "content/site.yml:1:1: error: missing or unreadable; every site needs content/site.yml with title and base_url [E004 missing-site-config]",
        ])
    }

    @Test func slugsComeFromTheLastPartOfThePath() {
        #expect(CrossReferences.fileName(ofPath: "content/prisoners/ana-maria.md") == "ana-maria.md")
        #expect(CrossReferences.slug(ofPath: "content/prisoners/ana-maria.md") == "ana-maria")
        #expect(CrossReferences.slug(ofPath: "/abs/content/articles/x.md") == "x")
        #expect(CrossReferences.fileName(ofPath: "content/prisoners/Ана Мария.md") == "Ана Мария.md")
        #expect(CrossReferences.fileName(ofPath: "a/b//") == "b")
        #expect(CrossReferences.fileName(ofPath: "x.md") == "x.md")
        #expect(CrossReferences.fileName(ofPath: "") == "")
    }
}

import Foundation

@Suite struct RepeatedEventTests {
    @Test func anEventWrittenTwiceIsShownOnceWithAWarning() throws {
        let site = try TestSite()
        try site.prisoner("x", """
        name: X
        country: Yemen
        status: detained
        events:
          - date: 2015-12
            kind: hearing
            text: A hearing.
          - date: 2015-12
            kind: hearing
            text: A hearing.
        """)
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [
            "content/prisoners/x.md:9:5: warning: this event repeats event 1 of this file (same date, kind, people and text); it is shown once [W002 duplicate-entry]",
        ])
        #expect(outcome.site?.prisoners.first?.events.count == 1)
    }
}
