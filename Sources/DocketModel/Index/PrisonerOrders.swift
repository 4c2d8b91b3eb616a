/// The prisoner list's three orders, and everyone by status and by country and status in name
/// order: sorted once per build (`PageRenderer`), for `/prisoners/`, `/prisoners/by-arrest/`,
/// `/prisoners/by-review/`, `/status/<status>/` and `/countries/<slug>/status/<status>/`.
/// Every order is total: ties fall back to the name (`NameCollation`, then code points), then the slug.
public struct PrisonerOrders: Sendable {
    public enum Order: CaseIterable, Sendable {
        /// A to Z, as the index of names sorts (`NameCollation`).
        case name
        /// By the date of arrest of the current or last detention, newest first; no date last.
        case arrest
        /// By `updated` or the latest correction, whichever is later, newest first; neither last.
        case review

        public var route: Route {
            switch self {
            case .name: .prisoners
            case .arrest: .prisonersByArrest
            case .review: .prisonersByReview
            }
        }

        /// How the order is named in the list's navigation.
        public var label: String {
            switch self {
            case .name: "By name"
            case .arrest: "By date of arrest"
            case .review: "Recently reviewed"
            }
        }
    }

    public let byName: [Prisoner]
    public let byArrest: [Prisoner]
    public let byReview: [Prisoner]
    /// Each status's people by name, in status order; statuses no one has are left out.
    public let byStatus: [(status: PrisonerStatus, prisoners: [Prisoner])]
    /// Each country's (by its name) people by status, each group by name.
    public let byCountryAndStatus: [String: [PrisonerStatus: [Prisoner]]]

    public init(_ prisoners: [Prisoner]) {
        // Names are keyed once; every order breaks ties by the place in name order.
        var keyed = prisoners.map { (key: NameCollation.key($0.name), prisoner: $0) }
        keyed.sort { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            if a.prisoner.name != b.prisoner.name {
                return a.prisoner.name.unicodeScalars.lexicographicallyPrecedes(b.prisoner.name.unicodeScalars) { $0.value < $1.value }
            }
            return a.prisoner.slug < b.prisoner.slug
        }
        let byName = keyed.map(\.prisoner)
        self.byName = byName
        byArrest = Self.newestFirst(byName) { $0.arrested }
        byReview = Self.newestFirst(byName, Self.reviewed)
        var groups: [PrisonerStatus: [Prisoner]] = [:]
        var countries: [String: [PrisonerStatus: [Prisoner]]] = [:]
        for prisoner in byName {
            groups[prisoner.status, default: []].append(prisoner)
            countries[prisoner.country, default: [:]][prisoner.status, default: []].append(prisoner)
        }
        byStatus = PrisonerStatus.allCases.compactMap { status in groups[status].map { (status, $0) } }
        byCountryAndStatus = countries
    }

    public func list(_ order: Order) -> [Prisoner] {
        switch order {
        case .name: byName
        case .arrest: byArrest
        case .review: byReview
        }
    }

    /// When a person's record was last reviewed: `updated`, or their latest correction when later.
    public static func reviewed(_ prisoner: Prisoner) -> PartialDate? {
        prisoner.corrections.isEmpty ? prisoner.updated : Correction.modified(prisoner.updated, corrections: prisoner.corrections)
    }

    /// `byName` reordered by `date`, newest first, people without one last; a stable sort over
    /// name order, so equal dates keep to it.
    static func newestFirst(_ byName: [Prisoner], _ date: (Prisoner) -> PartialDate?) -> [Prisoner] {
        let dated = byName.enumerated().map { (place: $0.offset, date: date($0.element), prisoner: $0.element) }
        return dated.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return y < x
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.place < b.place
            }
        }.map(\.prisoner)
    }
}
