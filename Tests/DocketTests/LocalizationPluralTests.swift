import Testing
import DocketLocalization

/// CLDR cardinal plural rules for integers, and the forms the catalogs choose with them.
@Suite struct LocalizationPluralTests {
    @Test func englishIsOneForOneAlone() {
        for n in [0, 2, 3, 10, 11, 21, 101, 1_000_000, -2] { #expect(Language.en.pluralCategory(n) == .other, "\(n)") }
        for n in [1, -1] { #expect(Language.en.pluralCategory(n) == .one, "\(n)") }
    }

    /// Azerbaijani has one/other in CLDR, like English.
    @Test func azerbaijaniIsOneForOneAlone() {
        #expect(Language.az.pluralCategory(1) == .one)
        for n in [0, 2, 5, 11, 21, 111] { #expect(Language.az.pluralCategory(n) == .other, "\(n)") }
    }

    @Test(arguments: [
        (0, PluralCategory.many), (1, .one), (2, .few), (3, .few), (4, .few), (5, .many), (9, .many), (10, .many),
        (11, .many), (12, .many), (13, .many), (14, .many), (15, .many), (20, .many), (21, .one), (22, .few),
        (24, .few), (25, .many), (101, .one), (111, .many), (112, .many), (114, .many), (121, .one), (122, .few),
        (1011, .many), (1001, .one), (1_000_000, .many), (-1, .one), (-2, .few), (-11, .many),
    ])
    func russianOneFewMany(_ n: Int, _ category: PluralCategory) {
        #expect(Language.ru.pluralCategory(n) == category)
    }

    /// The rule said another way, by the last two decimal digits, over 0...2000.
    @Test func russianRuleAgreesWithItsLastDigits() {
        for n in 0...2000 {
            let digits = Array(String(n))
            let last = digits.last!
            let tens = digits.count > 1 ? digits[digits.count - 2] : "0"
            let expected: PluralCategory =
                tens == "1" ? .many : last == "1" ? .one : "234".contains(last) ? .few : .many
            #expect(Language.ru.pluralCategory(n) == expected, "\(n)")
        }
    }

    /// Integers never fall into Russian `other` (CLDR keeps it for fractions).
    @Test func everyCategoryIsOneTheLanguageDeclares() {
        for language in Language.allCases {
            for n in -200...2000 {
                #expect(language.pluralCategories.contains(language.pluralCategory(n)))
            }
        }
        #expect(!(0...2000).contains { Language.ru.pluralCategory($0) == .other })
    }

    @Test(arguments: [
        (1, "1 день"), (2, "2 дня"), (5, "5 дней"), (11, "11 дней"), (21, "21 день"), (22, "22 дня"),
        (111, "111 дней"), (1085, "1\u{00A0}085 дней"), (0, "0 дней"),
    ])
    func russianDays(_ n: Int, _ text: String) {
        #expect(Language.ru.catalog.string(.days(n)) == text)
    }

    /// The Azerbaijani noun does not change after a numeral.
    @Test func azerbaijaniNounStaysSingular() {
        let catalog = Language.az.catalog
        #expect(catalog.string(.days(1)) == "1 gün")
        #expect(catalog.string(.days(5)) == "5 gün")
        #expect(catalog.string(.days(1085)) == "1\u{00A0}085 gün")
        #expect(catalog.string(.people(21)) == "21 nəfər")
    }

    @Test func englishForms() {
        let catalog = Language.en.catalog
        #expect(catalog.string(.days(1)) == "1 day")
        #expect(catalog.string(.days(0)) == "0 days")
        #expect(catalog.string(.daysInDetention(1085)) == "1,085 days in detention")
        #expect(catalog.string(.people(1)) == "1 person")
        #expect(catalog.string(.allEvents(240)) == "All 240 events")
        #expect(catalog.string(.pageOf(page: 2, pages: 5)) == "Page 2 of 5")
    }

    @Test func sentenceTermsInEachLanguage() {
        #expect(Language.en.catalog.string(.sentenceTerm(years: 7, months: 6, days: 0)) == "7 years 6 months")
        #expect(Language.en.catalog.string(.sentenceTerm(years: 1, months: 1, days: 1)) == "1 year 1 month 1 day")
        #expect(Language.en.catalog.string(.sentenceTerm(years: 0, months: 0, days: 30)) == "30 days")
        #expect(Language.ru.catalog.string(.sentenceTerm(years: 7, months: 6, days: 0)) == "7 лет 6 месяцев")
        #expect(Language.ru.catalog.string(.sentenceTerm(years: 2, months: 1, days: 0)) == "2 года 1 месяц")
        #expect(Language.ru.catalog.string(.sentenceTerm(years: 21, months: 3, days: 0)) == "21 год 3 месяца")
        #expect(Language.az.catalog.string(.sentenceTerm(years: 7, months: 6, days: 0)) == "7 il 6 ay")
        #expect(Language.ru.catalog.string(.sentenceChange(.reduced, fromDeath: false, term: "4 года")) == "Срок сокращён: 4 года")
        #expect(Language.en.catalog.string(.sentenceChange(.annulled, fromDeath: true, term: nil)) == "Death sentence annulled")
    }
}
