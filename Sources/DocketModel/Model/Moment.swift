/// An instant in UTC, to the second: when an embargo ends, or "now" for a build.
///
/// Written `YYYY-MM-DD` (the start of that day in UTC) or `YYYY-MM-DDTHH:MM[:SS]` followed by
/// `Z` or an offset `±HH:MM`. A time without a zone is refused: it would mean a different
/// moment on every machine.
public struct Moment: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let secondsSince1970: Int

    public init(secondsSince1970: Int) {
        self.secondsSince1970 = secondsSince1970
    }

    /// The moments a build can be at: the years 0001 to 9999, as dates in content are
    /// written. Outside them, a day's number, its year and the days counted up to it stop
    /// meaning anything (or no longer fit in memory).
    public static let supported = Moment(secondsSince1970: -62_135_596_800)...Moment(secondsSince1970: 253_402_300_799)

    /// A moment given in seconds (`SOURCE_DATE_EPOCH`), or nil outside `supported`.
    public init?(checkedSecondsSince1970 seconds: Int) {
        guard Self.supported.contains(Moment(secondsSince1970: seconds)) else { return nil }
        self.init(secondsSince1970: seconds)
    }

    /// The start of a day in UTC.
    public init(startOf date: PartialDate) {
        secondsSince1970 = date.firstDay * 86_400
    }

    /// The UTC day this moment falls on.
    public var day: PartialDate { PartialDate(dayNumber: Int((Double(secondsSince1970) / 86_400).rounded(.down))) }

    public static func < (a: Moment, b: Moment) -> Bool { a.secondsSince1970 < b.secondsSince1970 }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String {
            "invalid date-time \"\(text)\"\(reason.isEmpty ? "" : ": \(reason)"); expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with Z or an offset like +04:00"
        }
    }

    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date: PartialDate
        do {
            date = try PartialDate(parsing: String(parts[0]))
        } catch {
            switch error {
            case .malformed: throw ParseError(text: text, reason: "")
            case .monthOutOfRange: throw ParseError(text: text, reason: "the month must be 01 to 12")
            case .dayOutOfRange(_, let days): throw ParseError(text: text, reason: "that month has \(days) days")
            }
        }
        guard date.precision == .day else { throw ParseError(text: text, reason: "the date must be a full date") }
        guard parts.count == 2 else {
            self.init(startOf: date)
            return
        }
        var time = Substring(parts[1])
        let offsetSeconds: Int
        if time.hasSuffix("Z") {
            time = time.dropLast()
            offsetSeconds = 0
        } else if let signIndex = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = time[time.index(after: signIndex)...]
            guard let (hours, minutes, seconds) = Self.clock(zone), seconds == nil, hours <= 23 else {
                throw ParseError(text: text, reason: "the offset must be ±HH:MM")
            }
            let sign = time[signIndex] == "-" ? -1 : 1
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
            time = time[..<signIndex]
        } else {
            throw ParseError(text: text, reason: "a time needs a zone, Z or an offset like +04:00")
        }
        guard let (hours, minutes, seconds) = Self.clock(time), hours <= 23 else {
            throw ParseError(text: text, reason: "the time must be HH:MM or HH:MM:SS")
        }
        let moment = Moment(secondsSince1970: date.firstDay * 86_400 + hours * 3600 + minutes * 60 + (seconds ?? 0) - offsetSeconds)
        // 0001-01-01T00:00+04:00 is still in the year 0 in UTC.
        guard Self.supported.contains(moment) else { throw ParseError(text: text, reason: "the moment must fall in the years 0001 to 9999 in UTC") }
        self = moment
    }

    /// `HH:MM` or `HH:MM:SS`, two digits each, minutes and seconds 00–59.
    private static func clock(_ text: Substring) -> (Int, Int, Int?)? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        var numbers: [Int] = []
        for field in fields {
            guard field.utf8.count == 2, field.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(field) else { return nil }
            numbers.append(value)
        }
        guard numbers[1] <= 59, numbers.count == 2 || numbers[2] <= 59 else { return nil }
        return (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : nil)
    }

    /// `2016-01-15T09:30:00Z`.
    public var description: String {
        let day = self.day
        let seconds = secondsSince1970 - day.firstDay * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }
}
