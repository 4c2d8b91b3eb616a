import Testing
import DocketLocalization
import DocketModel

/// The built-in catalogs are complete and agree with the model's English labels; overriding and
/// missing keys.
@Suite struct LocalizationCatalogTests {
    /// One of every message, with numbers that reach every plural category.
    static let messages: [Message] = [1, 2, 5, 21].flatMap { n -> [Message] in
        [
            .days(n), .daysInDetention(n), .years(n), .months(n), .people(n), .reports(n), .events(n), .allEvents(n),
            .allUpcoming(n), .allPeople(n), .pageOf(page: 1, pages: n), .pageNumber(n),
            .sentenceTerm(years: n, months: n, days: n),
        ]
    } + SentenceChange.allCases.flatMap { change in
        [true, false].map { Message.sentenceChange(change, fromDeath: $0, term: "X") }
    } + [
        .namesPage(letters: "Aa–Al"), .lastReviewed(date: "D"), .correctedOn(date: "D"),
        .chartCaptionInCountry(country: "C"), .movedTo(address: "/a/"), .timelineFeedTitle(site: "S"),
        .reportsFeedTitle(site: "S"), .correctionsFeedTitle(site: "S"), .personFeedTitle(site: "S", name: "N"),
    ]

    @Test(arguments: Language.allCases)
    func builtInCatalogLacksNothing(_ language: Language) {
        let catalog = language.catalog
        #expect(catalog.missingKeys == [])
        #expect(catalog.entries.keys.sorted() == Catalog.requiredKeys, "keys no other catalog has")
        for key in InterfaceKey.allCases { #expect(catalog.entries[key.rawValue] != nil, "\(key.rawValue)") }
        for message in Self.messages { #expect(catalog.entries[message.key] != nil, "\(message.key)") }
        for month in 1...12 {
            #expect(catalog.entries["month.\(month)"] != nil)
            #expect(catalog.entries["month.\(month).genitive"] != nil)
        }
    }

    /// Every placeholder is filled, and no label is empty.
    @Test(arguments: Language.allCases)
    func everyStringIsFilledIn(_ language: Language) {
        let catalog = language.catalog
        for message in Self.messages {
            let text = catalog.string(message)
            #expect(!text.contains("{") && !text.contains("}") && !text.isEmpty, "\(message.key): \(text)")
        }
        for key in InterfaceKey.allCases { #expect(!catalog[key].isEmpty, "\(key.rawValue)") }
    }

    /// Translations are not left in English by mistake (a few labels may rightly be the same).
    @Test(arguments: [Language.az, .ru])
    func translatedCatalogsAreTranslated(_ language: Language) {
        let same = InterfaceKey.allCases.filter { language.catalog[$0] == Language.en.catalog[$0] }
        #expect(same.map(\.rawValue) == (language == .az ? ["fact.status"] : []))
    }

    /// Russian plural entries give every form; Azerbaijani ones give `other` alone.
    @Test func pluralEntriesHaveTheLanguagesForms() {
        for (key, value) in Language.ru.catalog.entries {
            if case .plural(let forms) = value { #expect(Set(forms.keys) == [.one, .few, .many, .other], "\(key)") }
        }
        for (key, value) in Language.az.catalog.entries {
            if case .plural(let forms) = value { #expect(Set(forms.keys) == [.other], "\(key)") }
        }
    }

    /// The English catalog says what the model says today, so wiring it in changes no page.
    @Test func englishMatchesTheModelsLabels() {
        let en = Language.en.catalog
        let statusKeys: [PrisonerStatus: InterfaceKey] = [
            .detained: .statusDetained, .imprisoned: .statusImprisoned, .released: .statusReleased,
            .pardoned: .statusPardoned, .acquitted: .statusAcquitted, .deceased: .statusDeceased,
        ]
        for status in PrisonerStatus.allCases { #expect(en[statusKeys[status]!] == status.label) }
        for kind in EventKind.allCases {
            let key = "event." + kind.rawValue.split(separator: "-").enumerated()
                .map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
                .joined()
            #expect(en.entries[key] == .text(kind.label), "\(key)")
        }
        for kind in Prison.Kind.allCases {
            let key = kind == .preTrial ? "prisonKind.preTrial" : "prisonKind." + kind.rawValue
            #expect(en.entries[key] == .text(kind.label), "\(key)")
        }
        for kind in ReleaseKind.allCases where kind != .other {
            #expect(en.entries["release." + kind.rawValue] == .text(kind.label!))
        }
        for month in 1...12 {
            #expect(en.monthName(month) == CivilDate.monthNames[month - 1])
            #expect(en.monthName(month, genitive: true) == CivilDate.monthNames[month - 1])
        }
        for (y, m, d) in [(7, 6, 0), (1, 0, 0), (0, 8, 0), (0, 0, 30), (2, 1, 1), (0, 1, 0)] {
            #expect(en.string(.sentenceTerm(years: y, months: m, days: d)) == SentenceTerm.fixed(years: y, months: m, days: d).display)
        }
        #expect(en[.sentenceLife] == SentenceTerm.life.display)
        #expect(en[.sentenceDeath] == SentenceTerm.death.display)
    }

    @Test func overridingReplacesAndAdds() {
        let catalog = Language.ru.catalog.overriding(with: [
            "nav.prisoners": .text("Политзаключённые"),
            "count.days": .plural([.one: "{count} сутки", .few: "{count} суток", .many: "{count} суток"]),
            "site.extra": .text("Дополнительно"),
        ])
        #expect(catalog[.navPrisoners] == "Политзаключённые")
        #expect(catalog.string(.days(21)) == "21 сутки")
        #expect(catalog.string(.days(5)) == "5 суток")
        #expect(catalog.entries["site.extra"] == .text("Дополнительно"))
        #expect(catalog[.navNames] == "Имена")
        #expect(catalog.missingKeys == [])
        #expect(Language.ru.catalog[.navPrisoners] == "Заключённые")
    }

    @Test func missingKeysListsWhatALanguageLacks() {
        #expect(Catalog.missingKeys(for: .ru, in: [:]) == Catalog.requiredKeys)
        var entries = Language.ru.catalog.entries
        entries["nav.home"] = nil
        entries["count.days"] = .text("дни")  // plain where a plural is needed
        entries["count.events"] = .plural([.one: "{count} событие", .many: "{count} событий"])  // no few, no other
        entries["nav.names"] = .plural([.other: "Имена"])  // a plural where plain text is needed
        #expect(Catalog.missingKeys(for: .ru, in: entries) == ["count.days", "count.events", "nav.home", "nav.names"])
        // `other` alone covers every category, as Azerbaijani entries do.
        entries = Language.ru.catalog.entries
        entries["count.events"] = .plural([.other: "событий: {count}"])
        #expect(Catalog.missingKeys(for: .ru, in: entries) == [])
        #expect(Catalog(language: .ru, entries: entries).string(.events(2)) == "событий: 2")
    }

    /// A catalog that lacks a key still prints something: the English text.
    @Test func aMissingKeyFallsBackToEnglish() {
        let catalog = Catalog(language: .ru, entries: [:])
        #expect(catalog[.navHome] == "Home")
        #expect(catalog.string(.days(1)) == "1 day")
        #expect(catalog.string(.days(2)) == "2 days")
        #expect(catalog.monthName(12, genitive: true) == "December")
    }
}
