/// The one order of timeline entries: newest first by the first day a date can mean
/// (the more precise first among dates that start on the same day), then by the names
/// of the people concerned, the kind and the text, so order never depends on file order.
public enum EventOrdering {
    public static func newestFirst(_ a: Event, _ b: Event, sortName: (Event) -> String) -> Bool {
        if a.date != b.date { return b.date < a.date }
        return newestFirst(a, b, nameA: sortName(a), nameB: sortName(b))
    }

    /// The date's place in that order as one number: the first day it can mean, then its
    /// precision. `dateKey(a) < dateKey(b)` exactly when `a < b`; equal exactly when `a == b`.
    public static func dateKey(_ date: PartialDate) -> Int {
        date.firstDay * 4 + date.precision.rawValue
    }

    /// The same order with the people's names already joined (`nameA` for `a`, `nameB` for `b`).
    public static func newestFirst(_ a: Event, _ b: Event, nameA: String, nameB: String) -> Bool {
        if a.date != b.date { return b.date < a.date }
        if nameA != nameB { return nameA < nameB }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        if a.text != b.text { return a.text < b.text }
        return a.origin.sortKey < b.origin.sortKey
    }
}

extension Event.Origin {
    var sortKey: String {
        switch self {
        case .prisoner(let slug): return "p:" + slug
        case .article(let slug): return "a:" + slug
        }
    }
}
