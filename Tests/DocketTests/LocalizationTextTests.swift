import Testing
import DocketLocalization

/// Dates at each precision and numbers, in each language.
@Suite struct LocalizationTextTests {
    @Test func fullDates() {
        #expect(DateText.write(year: 2014, month: 12, day: 5, in: .en) == "5 December 2014")
        #expect(DateText.write(year: 2014, month: 12, day: 5, in: .az) == "5 dekabr 2014")
        #expect(DateText.write(year: 2014, month: 12, day: 5, in: .ru) == "5 декабря 2014")
        #expect(DateText.write(year: 2015, month: 3, day: 31, in: .ru) == "31 марта 2015")
        #expect(DateText.write(year: 2015, month: 5, day: 9, in: .ru) == "9 мая 2015")
        #expect(DateText.write(year: 2015, month: 8, day: 1, in: .az) == "1 avqust 2015")
    }

    @Test func monthAndYear() {
        #expect(DateText.write(year: 2015, month: 9, in: .en) == "September 2015")
        #expect(DateText.write(year: 2015, month: 9, in: .az) == "sentyabr 2015")
        #expect(DateText.write(year: 2015, month: 9, in: .ru) == "сентябрь 2015")
        #expect(DateText.write(year: 2015, month: 5, in: .ru) == "май 2015")
    }

    @Test func yearAlone() {
        for language in Language.allCases {
            #expect(DateText.write(year: 2015, in: language) == "2015")
            #expect(DateText.write(year: 2015, month: nil, day: 5, in: language) == "2015")
        }
    }

    /// Russian months after a day are genitive, and differ from the nominative for every month;
    /// English and Azerbaijani months are the same either way.
    @Test func genitiveMonthsDiffer() {
        let ru = Language.ru.catalog
        for month in 1...12 {
            #expect(ru.monthName(month) != ru.monthName(month, genitive: true), "\(month)")
            for language in [Language.en, .az] {
                #expect(language.catalog.monthName(month) == language.catalog.monthName(month, genitive: true))
            }
        }
        #expect(Set((1...12).map { ru.monthName($0, genitive: true) }).count == 12)
    }

    @Test(arguments: [
        (0, "0", "0"), (7, "7", "7"), (999, "999", "999"), (1000, "1,000", "1\u{00A0}000"), (1085, "1,085", "1\u{00A0}085"),
        (12345, "12,345", "12\u{00A0}345"), (999_999, "999,999", "999\u{00A0}999"),
        (1_000_000, "1,000,000", "1\u{00A0}000\u{00A0}000"), (1_234_567_890, "1,234,567,890", "1\u{00A0}234\u{00A0}567\u{00A0}890"),
        (-1, "-1", "-1"), (-1085, "-1,085", "-1\u{00A0}085"), (-100_000, "-100,000", "-100\u{00A0}000"),
    ])
    func numbers(_ n: Int, _ english: String, _ spaced: String) {
        #expect(NumberText.write(n, in: .en) == english)
        #expect(NumberText.write(n, in: .ru) == spaced)
        #expect(NumberText.write(n, in: .az) == spaced)
    }

    @Test func extremeNumbersDoNotTrap() {
        #expect(NumberText.write(Int.min, in: .en) == "-9,223,372,036,854,775,808")
        #expect(NumberText.write(Int.max, in: .ru).split(separator: "\u{00A0}").count == 7)
    }
}
