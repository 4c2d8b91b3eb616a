import Testing
@testable import DocketModel

@Suite struct PartialDateTests {
    @Test func parsesThreePrecisions() throws {
        #expect(try PartialDate(parsing: "2014") == PartialDate(year: 2014))
        #expect(try PartialDate(parsing: "2015-09") == PartialDate(year: 2015, month: 9))
        #expect(try PartialDate(parsing: "2014-12-05") == PartialDate(year: 2014, month: 12, day: 5))
    }

    @Test func timelineDateKeysOrderLikeTheDates() throws {
        var dates: [PartialDate] = []
        for year in [1899, 1900, 1969, 1970, 2000, 2024] {
            dates.append(PartialDate(year: year))
            for month in [1, 2, 12] {
                dates.append(PartialDate(year: year, month: month))
                for day in [1, 2, 28] { dates.append(PartialDate(year: year, month: month, day: day)) }
            }
        }
        for a in dates {
            for b in dates {
                #expect((EventOrdering.dateKey(a) < EventOrdering.dateKey(b)) == (a < b), "\(a) < \(b)")
                #expect((EventOrdering.dateKey(a) == EventOrdering.dateKey(b)) == (a == b), "\(a) == \(b)")
            }
        }
    }

    @Test func displaysForReaders() throws {
        #expect(try PartialDate(parsing: "2014").display == "2014")
        #expect(try PartialDate(parsing: "2015-09").display == "September 2015")
        #expect(try PartialDate(parsing: "2014-12-05").display == "5 December 2014")
        #expect(try PartialDate(parsing: "2015-09").description == "2015-09")
        #expect(try PartialDate(parsing: "0001-01-01").description == "0001-01-01")
        #expect(try PartialDate(parsing: "0001-01-01").display == "1 January 1")
    }

    /// Years no content file can hold (parsing wants four digits from 0001) are written as
    /// `String(year)`, zero-padded to four characters in the ISO form.
    @Test func writesYearsOutsideFourDigits() {
        #expect(PartialDate(year: 0).description == "0000")
        #expect(PartialDate(year: 0, month: 9, day: 1).display == "1 September 0")
        #expect(PartialDate(year: 10000, month: 12).description == "10000-12")
        #expect(PartialDate(year: 10000, month: 12).display == "December 10000")
        #expect(PartialDate(year: -5, month: 3, day: 7).description == "00-5-03-07")
        #expect(PartialDate(year: -5, month: 3, day: 7).display == "7 March -5")
        #expect(PartialDate(year: -12345).description == "-12345")
        // The longest either form can be still fits the writers' room.
        #expect(PartialDate(year: Int.min, month: Int.min, day: Int.min).description == "\(Int.min)-\(Int.min)-\(Int.min)")
        #expect(PartialDate(year: Int.min, month: 9, day: Int.min).display == "\(Int.min) September \(Int.min)")
    }

    @Test(arguments: ["2015-02-30", "2015-13", "2015-00", "2014-2-3", "15-09", "2015-09-01T00:00:00Z", "September 2015", "", "2015-04-31"])
    func rejectsImpossibleOrMalformed(_ text: String) {
        #expect(throws: PartialDate.ParseError.self) { try PartialDate(parsing: text) }
    }

    @Test func acceptsLeapDay() throws {
        #expect(try PartialDate(parsing: "2016-02-29").day == 29)
        #expect(throws: PartialDate.ParseError.self) { try PartialDate(parsing: "2015-02-29") }
    }

    @Test func sortsByFirstDayLessPreciseFirst() throws {
        let dates = try ["2015-01-01", "2014-12-31", "2015", "2015-01", "2014"].map { try PartialDate(parsing: $0) }
        #expect(dates.sorted().map(\.description) == ["2014", "2014-12-31", "2015", "2015-01", "2015-01-01"])
    }

    @Test func addsYearsAndMonths() throws {
        #expect(try PartialDate(parsing: "2015-09").adding(years: 7, months: 6).description == "2023-03")
        #expect(try PartialDate(parsing: "2016-02-29").adding(years: 1, months: 0).description == "2017-02-28")
        #expect(try PartialDate(parsing: "2014-12-05").adding(years: 0, months: 1).description == "2015-01-05")
    }

    @Test func dayNumbersRoundTrip() {
        for number in stride(from: -1000, to: 30000, by: 37) {
            #expect(PartialDate(dayNumber: number).firstDay == number)
        }
        #expect(CivilDate.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.dayNumber(year: 2016, month: 1, day: 15) == 16815)
    }
}

@Suite struct SentenceTermTests {
    @Test func parsesTerms() throws {
        #expect(try SentenceTerm(parsing: "7y6m") == .fixed(years: 7, months: 6, days: 0))
        #expect(try SentenceTerm(parsing: "6y") == .fixed(years: 6, months: 0, days: 0))
        #expect(try SentenceTerm(parsing: "8m") == .fixed(years: 0, months: 8, days: 0))
        #expect(try SentenceTerm(parsing: "life") == .life)
        #expect(try SentenceTerm(parsing: "7y6m").display == "7 years 6 months")
        #expect(try SentenceTerm(parsing: "1y1m").display == "1 year 1 month")
    }

    @Test(arguments: ["7.5 years", "7.5y", "6m7y", "y", "7", "", "7y7y", "0y", "seven years"])
    func rejectsOthers(_ text: String) {
        #expect(throws: SentenceTerm.ParseError.self) { try SentenceTerm(parsing: text) }
    }
}
