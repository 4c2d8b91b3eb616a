/// How many people were held at the end of each month, from arrest and release dates:
/// the numbers behind the detention chart.
///
/// A person counts in every month of every detention: from the month of `arrested` (or, when
/// the arrest date is not recorded, of the sentence: they were held at least from then) until
/// the month before `released`; the last detention with no release date, until "now" if the
/// status is detained or imprisoned. A detention with neither date, or released on a date not
/// recorded, is not counted, and its person is reported once as not counted.
public struct DetentionSeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public let year: Int
        /// 1–12.
        public let month: Int
        public let held: Int
    }

    /// One point a month, from the first arrest to the as-of month; empty when nobody counts.
    public let points: [Point]
    /// People left out for want of dates.
    public let uncounted: Int

    public init(prisoners: [Prisoner], asOf: PartialDate) {
        let lastMonth = asOf.year * 12 + (asOf.month ?? 12) - 1
        var deltas: [Int: Int] = [:]
        var uncounted = 0
        var first = Int.max
        for prisoner in prisoners {
            // Every detention counts on its own; a person is left out (once) when one of them cannot be placed.
            var leftOut = prisoner.detentions.isEmpty
            for (index, detention) in prisoner.detentions.enumerated() {
                guard let arrested = detention.arrested ?? detention.sentence?.date else { leftOut = true; continue }
                let start = arrested.year * 12 + (arrested.month ?? 1) - 1
                var end: Int?
                if let released = detention.released {
                    end = released.year * 12 + (released.month ?? 1) - 1
                } else if index < prisoner.detentions.count - 1 || !prisoner.status.isHeld {
                    leftOut = true
                    continue
                }
                guard start <= lastMonth else { continue }
                if let end, end <= start { continue }
                first = min(first, start)
                deltas[start, default: 0] += 1
                if let end, end <= lastMonth { deltas[end, default: 0] -= 1 }
            }
            if leftOut { uncounted += 1 }
        }
        self.uncounted = uncounted
        guard first != Int.max else { points = []; return }
        var held = 0
        var points: [Point] = []
        points.reserveCapacity(lastMonth - first + 1)
        for month in first...lastMonth {
            held += deltas[month] ?? 0
            points.append(Point(year: month / 12, month: month % 12 + 1, held: held))
        }
        self.points = points
    }

    public var peak: Int { points.map(\.held).max() ?? 0 }

    /// The last point of each year (the as-of month for the current year).
    public var yearEnds: [Point] {
        var result: [Point] = []
        for point in points {
            if let last = result.last, last.year == point.year { result[result.count - 1] = point } else { result.append(point) }
        }
        return result
    }
}
