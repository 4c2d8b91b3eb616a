/// Figures a prisoner page derives from the dates: days in detention and when a term ends.
public struct DetentionFacts: Sendable, Equatable {
    /// Whole days from arrest to release (or to "now" for someone still held); nil unless
    /// both ends are known to the day.
    public let daysInDetention: Int?
    /// True when `daysInDetention` runs to "now" rather than to a release.
    public let stillCounting: Bool
    /// For a fixed term: the day (or month, or year) it ends, counted from arrest when known,
    /// else from the sentence date.
    public let termEnds: PartialDate?
    public let termCountedFromArrest: Bool

    public init(prisoner: Prisoner, asOf: PartialDate) {
        var days: Int?
        var counting = false
        if let arrested = prisoner.arrested, arrested.precision == .day {
            if let released = prisoner.released {
                if released.precision == .day { days = released.firstDay - arrested.firstDay }
            } else if prisoner.status.isHeld {
                days = max(0, asOf.firstDay - arrested.firstDay)
                counting = true
            }
        }
        daysInDetention = days
        stillCounting = counting

        var ends: PartialDate?
        var fromArrest = false
        if case let .fixed(years, months, extraDays)? = prisoner.sentence?.term {
            let start = prisoner.arrested ?? prisoner.sentence?.date
            fromArrest = prisoner.arrested != nil
            if let start {
                var end = start.adding(years: years, months: months)
                if extraDays > 0 {
                    end = end.precision == .day ? PartialDate(dayNumber: end.firstDay + extraDays) : end
                }
                ends = end
            }
        }
        termEnds = ends
        termCountedFromArrest = fromArrest
    }
}
