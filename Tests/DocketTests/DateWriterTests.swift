import Testing
import DocketModel
@testable import Templates

/// A date is written by one pair of writers (`PartialDate.writeISO` and `writeForReaders`):
/// into a short string for `description` and `display`, and straight into a page for `<time>`.
@Suite struct DateWriterTests {
    /// Every precision, years with fewer and more than four digits, and negative ones.
    static let dates: [PartialDate] = [0, 1, 9, 99, 999, 1000, 1970, 2015, 9999, 10000, 123_456, -1, -5, -12345].flatMap { year in
        [PartialDate(year: year)]
            + [1, 9, 10, 12].flatMap { month in
                [PartialDate(year: year, month: month)] + [1, 5, 10, 31].map { PartialDate(year: year, month: month, day: $0) }
            }
    }

    /// What the writers make, said the plain way: numbers as `String(_:)`, the ISO form's
    /// parts zero-padded to four and two characters.
    @Test(arguments: dates)
    func formsAreTheNumbersAndTheMonthName(_ date: PartialDate) {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var iso = padded(date.year, 4)
        var readers = String(date.year)
        if let month = date.month {
            iso += "-" + padded(month, 2)
            readers = CivilDate.monthNames[month - 1] + " " + readers
            if let day = date.day {
                iso += "-" + padded(day, 2)
                readers = "\(day) " + readers
            }
        }
        #expect(date.description == iso)
        #expect(date.display == readers)
    }

    @Test(arguments: dates)
    func aTimeElementHoldsBothForms(_ date: PartialDate) {
        #expect(time(date).rendered == "<time datetime=\"\(date.description)\">\(date.display)</time>")
    }

    @Test func aTimeElementInAPage() throws {
        #expect(time(try PartialDate(parsing: "2014-12-05")).rendered == "<time datetime=\"2014-12-05\">5 December 2014</time>")
        #expect(time(try PartialDate(parsing: "2015-09")).rendered == "<time datetime=\"2015-09\">September 2015</time>")
        #expect(time(try PartialDate(parsing: "0987")).rendered == "<time datetime=\"0987\">987</time>")
    }
}
