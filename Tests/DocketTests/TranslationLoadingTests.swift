import Foundation
import Testing
import DocketSupport
@testable import DocketBuilder
@testable import DocketLocalization
@testable import DocketModel

/// `languages:` in site.yml, translation files beside their originals, `content/i18n/<code>.yml`,
/// and the site as each language reads it (`Site.localized(to:)`).
@Suite struct TranslationLoadingTests {
    static let threeLanguages = """
    title: Test Monitor
    base_url: https://example.org/
    description: A monitor for tests.
    languages:
      - en
      - code: az
        title: Test monitoru
      - ru
    """

    static let khadija = """
    name: Khadija Ismayilova
    aliases: [Hadija Ismailova]
    country: Azerbaijan
    status: imprisoned
    arrested: 2014-12-05
    charges:
      - Tax evasion
    sentence:
      term: 7y6m
      date: 2015-09-01
      court: Baku Court of Grave Crimes
    sources:
      - title: A news report
        url: https://news.example.org/1
    events:
      - date: 2015-02-01
        kind: hearing
        text: A first hearing.
      - date: 2015-03-01
        kind: hearing
        text: A second hearing.
    """

    private func site(_ files: [String: String] = [:], siteYML: String = threeLanguages) throws -> TestSite {
        let site = try TestSite(siteYML: siteYML)
        try site.prisoner("khadija-ismayilova", Self.khadija, body: "An English biography.")
        for (path, text) in files { try site.write(path, text) }
        return site
    }

    @Test func languagesAreReadDefaultFirst() throws {
        let site = try self.site()
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let config = try #require(outcome.site?.config)
        #expect(config.languages.map(\.code) == ["en", "az", "ru"])
        #expect(config.languages.map(\.isDefault) == [true, false, false])
        #expect(config.languages.map(\.folder) == ["", "az/", "ru/"])
        #expect(config.languages.map(\.title) == ["Test Monitor", "Test monitoru", "Test Monitor"])
        #expect(config.language == "en")
        #expect(config.languages[2].catalog.language == .ru)
    }

    @Test func languagesErrorsNameTheLine() throws {
        let site = try self.site(siteYML: """
        title: T
        base_url: https://example.org/
        language: ru
        languages:
          - en
          - fr
          - en
        """)
        let messages = rendered(site.load().diagnostics)
        #expect(messages.contains { $0.hasPrefix("content/site.yml:5:5: error: the first of \"languages\" is the default language, \"en\", but \"language\" says \"ru\"") })
        #expect(messages.contains { $0.hasPrefix("content/site.yml:6:5: error: no interface catalog for language \"fr\"; Docket has en, az, ru") })
        #expect(messages.contains { $0.hasPrefix("content/site.yml:7:5: error: \"en\" is listed twice in \"languages\"") })
    }

    @Test func aTranslationGivesTheWordsInItsLanguage() throws {
        let site = try self.site(["content/prisoners/khadija-ismayilova.az.md": """
        ---
        name: Xədicə İsmayılova
        charges:
          - Vergidən yayınma
        sources:
          - title: Xəbər
        events:
          - text: İlk məhkəmə iclası.
        ---
        Azərbaycanca tərcümeyi-hal.
        """])
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let loaded = try #require(outcome.site)
        let az = loaded.localized(to: loaded.config.languages[1])
        let person = try #require(az.prisoners.first)
        #expect(person.name == "Xədicə İsmayılova")
        #expect(person.textLanguage == nil)
        // The English spellings stay findable, as other spellings.
        #expect(person.aliases == ["Khadija Ismayilova", "Hadija Ismailova"])
        #expect(person.charges.map(\.text) == ["Vergidən yayınma"])
        #expect(person.sources.map(\.title) == ["Xəbər"])
        #expect(person.sources.map(\.url) == ["https://news.example.org/1"])
        #expect(try person.body.html().contains("Azərbaycanca tərcümeyi-hal."))
        // Facts are the original's.
        #expect(person.status == .imprisoned && person.arrested == PartialDate(year: 2014, month: 12, day: 5))
        let written = person.events.filter { !$0.isDerived }
        #expect(written.map(\.text) == ["İlk məhkəmə iclası.", "A second hearing."])
        #expect(written.map(\.textLanguage) == [nil, "en"])
        // Events keep their anchors, so every language links to the same #anchor.
        let english = loaded.prisoners[0].events
        #expect(person.events.map(\.anchor) == english.map(\.anchor))
        // Derived events in the language's words.
        let derived = person.events.filter(\.isDerived).map(\.text)
        #expect(derived == ["Həbs edilib.", "Hökm: 7 il 6 ay (Baku Court of Grave Crimes)."])
        let ru = loaded.localized(to: loaded.config.languages[2])
        #expect(ru.prisoners[0].events.filter(\.isDerived).map(\.text) == ["Арест.", "Приговор: 7 лет 6 месяцев (Baku Court of Grave Crimes)."])
        #expect(english.filter(\.isDerived).map(\.text) == ["Arrested.", "Sentenced to 7 years 6 months by Baku Court of Grave Crimes."])
    }

    @Test func anUntranslatedItemShowsTheDefaultWordsMarked() throws {
        let site = try self.site()
        try site.article("a-report", """
        title: A report
        date: 2015-10-01
        prisoners: [khadija-ismayilova]
        events:
          - date: 2015-09-30
            kind: statement
            text: A statement.
        """)
        let loaded = try #require(site.load().site)
        let ru = loaded.localized(to: loaded.config.languages[2])
        #expect(ru.prisoners[0].name == "Khadija Ismayilova")
        #expect(ru.prisoners[0].textLanguage == "en")
        #expect(ru.articles[0].textLanguage == "en" && ru.articles[0].title == "A report")
        #expect(ru.articles[0].events.map(\.textLanguage) == ["en"])
        #expect(ru.config.title == "Test Monitor" && ru.config.language == "ru")
        let untranslated = loaded.untranslated(in: loaded.config.languages[2])
        #expect(untranslated.prisoners.map(\.slug) == ["khadija-ismayilova"] && untranslated.articles.map(\.slug) == ["a-report"])
        #expect(loaded.localized(to: loaded.config.languages[0]).prisoners[0].textLanguage == nil)
    }

    @Test func factsAreRefusedInATranslationAtTheirLine() throws {
        let site = try self.site(["content/prisoners/khadija-ismayilova.ru.md": """
        ---
        name: Хадиджа Исмаилова
        status: released
        sentence:
          term: 1y
        sources:
          - title: Новость
            url: https://elsewhere.example.org/
        events:
          - text: Первое заседание.
            date: 2015-02-02
        charges:
          - {article: "213.1", text: Уклонение от уплаты налогов}
        ---
        """])
        let messages = rendered(site.load().diagnostics)
        let file = "content/prisoners/khadija-ismayilova.ru.md"
        #expect(messages.contains("\(file):3:1: error: facts come from the default language's file only: \"status\" cannot be given in a translation; change it in content/prisoners/khadija-ismayilova.md [E050 fact-in-translation]"))
        #expect(messages.contains { $0.hasPrefix("\(file):4:1: error: facts come from the default language's file only: \"sentence\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):8:5: error: facts come from the default language's file only: \"url\" of item 1 of \"sources\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):11:5: error: facts come from the default language's file only: \"date\" of item 1 of \"events\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):13:6: error: facts come from the default language's file only: \"article\" of item 1 of \"charges\"") })
        #expect(messages.count == 5)
    }

    @Test func moreItemsThanTheOriginalAndStrayFilesAreErrors() throws {
        let site = try self.site([
            "content/prisoners/khadija-ismayilova.az.md": "---\nevents:\n  - text: Bir.\n  - text: İki.\n  - text: Üç.\n---\n",
            "content/prisoners/nobody.az.md": "---\nname: Heç kim\n---\n",
            "content/prisoners/khadija-ismayilova.de.md": "---\nname: Khadija\n---\n",
            "content/prisoners/khadija-ismayilova.en.md": "---\nname: Khadija\n---\n",
        ])
        let messages = rendered(site.load().diagnostics)
        #expect(messages.contains("content/prisoners/khadija-ismayilova.az.md:2:1: error: \"events\" has 3 items, but content/prisoners/khadija-ismayilova.md has only 2 (events written); a translation's items follow the original's, one for one and in order [E054 unmatched-translation]"))
        #expect(messages.contains("content/prisoners/nobody.az.md:1:1: error: no original beside this translation: expected content/prisoners/nobody.md [E051 stray-translation]"))
        #expect(messages.contains { $0.hasPrefix("content/prisoners/khadija-ismayilova.de.md:1:1: error: a translation into \"de\", which site.yml does not declare") })
        #expect(messages.contains { $0.hasPrefix("content/prisoners/khadija-ismayilova.en.md:1:1: error: \"en\" is the site's default language") })
    }

    @Test func aDraftOriginalKeepsItsTranslationsOut() throws {
        let site = try self.site(["content/prisoners/khadija-ismayilova.az.md": "---\nname: Xədicə İsmayılova\n---\n"])
        try site.prisoner("khadija-ismayilova", Self.khadija + "\ndraft: true")
        let loaded = try #require(site.load().site)
        #expect(loaded.prisoners.isEmpty)
        #expect(loaded.localized(to: loaded.config.languages[1]).prisoners.isEmpty)
    }

    @Test func interfaceStringsCanBeChangedPerLanguage() throws {
        let site = try self.site(["content/i18n/az.yml": """
        nav.reports: Məqalələr
        count.days: {other: "{count} gün"}
        nav.raports: X
        count.people: Adamlar
        """])
        let outcome = site.load()
        let messages = rendered(outcome.diagnostics)
        #expect(messages.contains { $0.hasPrefix("content/i18n/az.yml:3:1: error: unknown interface string \"nav.raports\"; did you mean \"nav.reports\"?") })
        #expect(messages.contains { $0.hasPrefix("content/i18n/az.yml:4:15: error: \"count.people\" has a form per number") })
        try site.write("content/i18n/az.yml", "nav.reports: Məqalələr\n")
        try site.write("content/i18n/de.yml", "nav.reports: Berichte\n")
        #expect(rendered(site.load().diagnostics) == ["content/i18n/de.yml:1:1: error: interface strings for \"de\", which site.yml does not declare (languages: en, az, ru); add it to \"languages\" or remove the file [E052 incomplete-catalog]"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/i18n/de.yml"))
        let config = try #require(site.load().site?.config)
        #expect(config.languages[1].catalog[.navReports] == "Məqalələr")
        #expect(config.languages[1].catalog[.navHome] == Catalog.builtIn(.az)[.navHome])
    }

    @Test func prisonsHaveNamesPerLanguage() throws {
        let site = try self.site(["content/prisons.yml": """
        zabrat:
          name: Zabrat pre-trial detention centre
          kind: pre-trial
          names: {az: Zabrat istintaq təcridxanası, ru: Следственный изолятор Забрат}
        """])
        try site.prisoner("khadija-ismayilova", Self.khadija + "\nprison: zabrat")
        let loaded = try #require(site.load().site)
        let az = loaded.localized(to: loaded.config.languages[1])
        #expect(az.prisons.map(\.name) == ["Zabrat istintaq təcridxanası"])
        #expect(az.prisoners[0].prison == "Zabrat istintaq təcridxanası")
        #expect(loaded.prisoners[0].prison == "Zabrat pre-trial detention centre")
        try site.write("content/prisons.yml", "zabrat:\n  name: Z\n  kind: prison\n  names: {fr: Z}\n")
        #expect(rendered(site.load().diagnostics).contains { $0.hasPrefix("content/prisons.yml:4:11: error: \"fr\" in \"names\" of prison \"zabrat\" is not a language site.yml declares") })
    }

    @Test func nameNativeMaySayItsLanguage() throws {
        let site = try self.site()
        try site.prisoner("khadija-ismayilova", Self.khadija + "\nname_native: {az: Xədicə İsmayılova}")
        let loaded = try #require(site.load().site)
        #expect(loaded.prisoners[0].nameNative == "Xədicə İsmayılova")
        #expect(loaded.prisoners[0].nameNativeLanguage == "az")
    }

    @Test func aOneLanguageSiteHasOneLanguage() throws {
        let site = try TestSite()
        try site.prisoner("khadija-ismayilova", Self.khadija)
        let loaded = try #require(site.load().site)
        #expect(loaded.config.languages.map(\.code) == ["en"] && !loaded.config.isMultilingual)
        #expect(loaded.translations.isEmpty)
    }

    /// A language Docket has no catalog for is declared with a file that gives every string, and
    /// says whose plural rules it follows; without every string it is refused, naming what lacks.
    @Test func aLanguageOfItsOwnNeedsEveryString() throws {
        let site = try TestSite(siteYML: "title: T\nbase_url: https://example.org/\nlanguages: [en, de]\n")
        try site.prisoner("khadija-ismayilova", Self.khadija)
        #expect(rendered(site.load().diagnostics).contains { $0.hasPrefix("content/site.yml:3:17: error: no interface catalog for language \"de\"") })
        try site.write("content/i18n/de.yml", "nav.home: Startseite\n")
        #expect(rendered(site.load().diagnostics).contains { $0.hasPrefix("content/i18n/de.yml:1:1: error: the \"de\" interface strings lack ") })
        // Every string: the English catalog's, a few in German, counted like English.
        var yaml = "language.rules: en\n"
        for (key, value) in Catalog.builtIn(.en).entries.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .text(let text):
                yaml += "\(key): \(YAMLText.quoted(key == "nav.home" ? "Startseite" : text))\n"
            case .plural(let forms):
                yaml += "\(key): {" + forms.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue): \(YAMLText.quoted($0.value))" }.joined(separator: ", ") + "}\n"
            }
        }
        try site.write("content/i18n/de.yml", yaml)
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let german = try #require(outcome.site?.config.languages.last)
        #expect(german.code == "de" && german.catalog[.navHome] == "Startseite" && german.catalog.language == .en)
        try site.build()
        let page = try site.read("de/prisoners/khadija-ismayilova/index.html")
        #expect(page.contains("<html lang=\"de\">") && page.contains(">Startseite</a>"))
        #expect(page.contains(">Deutsch</a>") && page.contains(">Aserbaidschan</a>"))
    }

    @Test func chargesHaveNamesPerLanguage() throws {
        let site = try self.site(["content/charges.yml": """
        "213.1": {text: Tax evasion, names: {az: Vergidən yayınma, ru: Уклонение от уплаты налогов}}
        "179": Embezzlement
        """])
        try site.prisoner("khadija-ismayilova", Self.khadija.replacingOccurrences(of: "  - Tax evasion", with: "  - {article: \"213.1\"}\n  - {article: \"179\"}"))
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let loaded = try #require(outcome.site)
        let ru = loaded.localized(to: loaded.config.languages[2])
        #expect(ru.prisoners[0].charges.map(\.text) == ["Уклонение от уплаты налогов", "Embezzlement"])
        #expect(loaded.prisoners[0].charges.map(\.text) == ["Tax evasion", "Embezzlement"])
        #expect(ru.articleNames[CitedArticle(article: "213.1")] == "Уклонение от уплаты налогов")
        try site.write("content/charges.yml", "\"213.1\": {text: Tax evasion, names: {fr: Fraude}}\n")
        #expect(rendered(site.load().diagnostics).contains { $0.hasPrefix("content/charges.yml:1:38: error: \"fr\" in \"names\" of article 213.1 in charges.yml is not a language site.yml declares") })
    }
}
