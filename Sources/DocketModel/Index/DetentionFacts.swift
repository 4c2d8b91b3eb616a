/// Figures a prisoner page derives from the dates: days in detention and when a term ends,
/// for the current or last detention, and the days of every detention together.
public struct DetentionFacts: Sendable, Equatable {
    /// Whole days from arrest to release (or to "now" for someone still held) of the current or
    /// last detention; nil unless both ends are known to the day.
    public let daysInDetention: Int?
    /// True when `daysInDetention` runs to "now" rather than to a release.
    public let stillCounting: Bool
    /// With more than one detention: the days of all of them added up; nil unless every one
    /// is known to the day at both ends (or runs to "now").
    public let daysInAllDetentions: Int?
    /// For a fixed term (as it stands after any change to the sentence): the day (or month, or
    /// year) it ends, counted from arrest when known, else from the sentence date. Nil for life,
    /// death, or an annulled sentence.
    public let termEnds: PartialDate?
    public let termCountedFromArrest: Bool

    public init(prisoner: Prisoner, asOf: PartialDate) {
        let detentions = prisoner.detentions
        var total: Int? = 0
        var days: Int?
        var counting = false
        for (index, detention) in detentions.enumerated() {
            let isLast = index == detentions.count - 1
            let (these, running) = Self.days(detention, held: isLast && prisoner.status.isHeld, asOf: asOf)
            if isLast { (days, counting) = (these, running) }
            total = these.flatMap { days in total.map { $0 + days } }
        }
        daysInDetention = days
        stillCounting = counting
        daysInAllDetentions = detentions.count > 1 ? total : nil

        var ends: PartialDate?
        var fromArrest = false
        let current = prisoner.currentDetention
        if case let .fixed(years, months, extraDays)? = current?.sentence?.currentTerm {
            let start = current?.arrested ?? current?.sentence?.date
            fromArrest = current?.arrested != nil
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

    /// One detention's whole days, and whether they run to "now".
    private static func days(_ detention: Detention, held: Bool, asOf: PartialDate) -> (Int?, Bool) {
        guard let arrested = detention.arrested, arrested.precision == .day else { return (nil, false) }
        if let released = detention.released {
            return (released.precision == .day ? released.firstDay - arrested.firstDay : nil, false)
        }
        return held ? (max(0, asOf.firstDay - arrested.firstDay), true) : (nil, false)
    }
}
