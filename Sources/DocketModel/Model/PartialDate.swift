import DocketSupport

/// A date known to the year, the month or the day: `2014`, `2015-09` or `2014-12-05`.
///
/// Dates sort by the first day they can mean, the less precise first on a tie
/// (`2015` before `2015-01` before `2015-01-01`).
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case monthOutOfRange(String)
        case dayOutOfRange(String, daysInMonth: Int)

        public var description: String {
            switch self {
            case .malformed(let text):
                return "invalid date \"\(text)\"; expected YYYY, YYYY-MM or YYYY-MM-DD"
            case .monthOutOfRange(let text):
                return "invalid date \"\(text)\": the month must be 01 to 12"
            case .dayOutOfRange(let text, let days):
                return "invalid date \"\(text)\": that month has \(days) days"
            }
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit month and day).
    public init(parsing text: String) throws(ParseError) {
        // `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, digits only, read byte by byte.
        var numbers: (Int, Int, Int) = (0, 0, 0)
        var count = 0
        var width = 0
        var value = 0
        func ends() -> Bool {
            guard width == (count == 0 ? 4 : 2) else { return false }
            switch count {
            case 0: numbers.0 = value
            case 1: numbers.1 = value
            default: numbers.2 = value
            }
            count += 1
            width = 0
            value = 0
            return true
        }
        for byte in text.utf8 {
            if byte == 45 {
                guard count < 2, ends() else { throw .malformed(text) }
                continue
            }
            guard byte >= 48, byte <= 57, width < 4 else { throw .malformed(text) }
            value = value * 10 + Int(byte - 48)
            width += 1
        }
        guard ends() else { throw .malformed(text) }
        let year = numbers.0
        guard year >= 1 else { throw .malformed(text) }
        var month: Int?
        var day: Int?
        if count >= 2 {
            guard (1...12).contains(numbers.1) else { throw .monthOutOfRange(text) }
            month = numbers.1
        }
        if count == 3, let month {
            let days = CivilDate.daysInMonth(year: year, month: month)
            guard (1...days).contains(numbers.2) else { throw .dayOutOfRange(text, daysInMonth: days) }
            day = numbers.2
        }
        self.init(year: year, month: month, day: day)
    }

    /// The first day this date can mean, as a day number (days since 1970-01-01).
    public var firstDay: Int { CivilDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this date can mean.
    public var lastDay: Int {
        switch precision {
        case .day: return firstDay
        case .month: return CivilDate.dayNumber(year: year, month: month!, day: CivilDate.daysInMonth(year: year, month: month!))
        case .year: return CivilDate.dayNumber(year: year, month: 12, day: 31)
        }
    }

    /// As written in content and data files: `2015`, `2015-09`, `2015-09-01` (`writeISO`).
    public var description: String {
        ShortText.make(capacity: Self.textCapacity) { writeISO(into: &$0) }
    }

    /// For readers: "2014", "September 2015", "5 December 2014" (`writeForReaders`).
    public var display: String {
        ShortText.make(capacity: Self.textCapacity) { writeForReaders(into: &$0) }
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        let (dayA, dayB) = (a.firstDay, b.firstDay)
        if dayA != dayB { return dayA < dayB }
        return a.precision < b.precision
    }

    /// A full date from a day number.
    public init(dayNumber: Int) {
        let c = CivilDate.components(ofDayNumber: dayNumber)
        self.init(year: c.year, month: c.month, day: c.day)
    }

    /// This date moved on by whole years and months, keeping its precision
    /// (the day is clamped to the end of a shorter month).
    public func adding(years: Int, months: Int) -> PartialDate {
        guard let month else { return PartialDate(year: year + years + months / 12) }
        let total = (year * 12 + (month - 1)) + years * 12 + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        guard let day else { return PartialDate(year: newYear, month: newMonth) }
        return PartialDate(year: newYear, month: newMonth, day: min(day, CivilDate.daysInMonth(year: newYear, month: newMonth)))
    }
}
