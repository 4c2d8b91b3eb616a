import Foundation
import Testing

/// The editors' side of translations, through the real binary: `docket new translation` and the
/// untranslated notes of `docket check`.
@Suite struct TranslationEditingTests {
    private func site() throws -> ScratchFolder {
        let scratch = try ScratchFolder("docket-translation-editing")
        try scratch.write("site/content/site.yml", "title: T\nbase_url: https://example.org/\nlanguages: [en, az, ru]\n")
        try scratch.write("site/content/prisoners/test-person.md", """
        ---
        name: Test Person
        aliases: [Test Persson]
        country: Azerbaijan
        status: imprisoned
        arrested: 2014-12-05
        charges: [Tax evasion]
        sources:
          - title: A report
            url: https://news.example.org/a
        events:
          - date: 2015-01-10
            kind: hearing
            text: A hearing.
        ---
        A biography.
        """)
        try scratch.write("site/content/pages/about.md", "---\ntitle: About\n---\nAbout us.\n")
        return scratch
    }

    @Test func newTranslationCopiesTheWordsNotTheFacts() throws {
        let scratch = try site()
        let site = scratch.path("site").path
        let made = try DocketProcess.run(["new", "translation", "--site", site, "--lang", "az", "content/prisoners/test-person.md"])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOf: scratch.path("site/content/prisoners/test-person.az.md"), encoding: .utf8)
        #expect(text == """
        ---
        # The words of test-person.md to write in Azerbaijani (az); facts stay in it.
        name: "Test Person"
        aliases:
          - "Test Persson"
        charges:
          - "Tax evasion"
        events:
          - text: "A hearing."
        sources:
          - title: "A report"
        ---
        A biography.
        """)
        // As written, it is a valid translation (the words are the original's until translated).
        let checked = try DocketProcess.run(["check", "--site", site, "--as-of", "2016-01-15"])
        #expect(checked.status == 0, "\(checked.stderr)")
        // Never overwritten; only a declared language other than the default.
        let again = try DocketProcess.run(["new", "translation", "--site", site, "--lang", "az", "content/prisoners/test-person.md"])
        #expect(again.status == 1 && again.stderr.contains("content/prisoners/test-person.az.md already exists"))
        let english = try DocketProcess.run(["new", "translation", "--site", site, "--lang", "en", "content/prisoners/test-person.md"])
        #expect(english.status == 1 && english.stderr.contains("--lang en is not one of the site's other languages (az, ru)"))
    }

    @Test func checkListsWhatEachLanguageLacks() throws {
        let scratch = try site()
        try scratch.write("site/content/prisoners/test-person.az.md", "---\nname: Test Şəxs\n---\nTərcümeyi-hal.\n")
        let site = scratch.path("site").path
        let text = try DocketProcess.run(["check", "--site", site, "--as-of", "2016-01-15"])
        #expect(text.status == 0)
        #expect(text.stderr.split(separator: "\n").map(String.init) == [
            "content/pages/about.md: note: not translated into Azerbaijani (az) yet: no content/pages/about.az.md",
            "content/pages/about.md: note: not translated into Russian (ru) yet: no content/pages/about.ru.md",
            "content/prisoners/test-person.md: note: not translated into Russian (ru) yet: no content/prisoners/test-person.ru.md",
        ])
        #expect(text.stdout.contains("Translations: az: 1 of 2 not translated yet; ru: 2 of 2 not translated yet."))
        let json = try DocketProcess.run(["check", "--site", site, "--as-of", "2016-01-15", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 3)
        #expect(list.map { $0["severity"] as? String } == ["note", "note", "note"])
        #expect(list.map { $0["language"] as? String } == ["az", "ru", "ru"])
        #expect(list.last?["translation"] as? String == "content/prisoners/test-person.ru.md")
    }
}
