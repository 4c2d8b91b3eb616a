/// Where a prisoner stands now. The order is the order of the prisoners list.
public enum PrisonerStatus: String, CaseIterable, Sendable, Comparable {
    case detained, imprisoned, released, pardoned, acquitted, deceased

    /// Held now: counted on the home page.
    public var isHeld: Bool { self == .detained || self == .imprisoned }

    public var label: String {
        switch self {
        case .detained: return "Detained"
        case .imprisoned: return "Imprisoned"
        case .released: return "Released"
        case .pardoned: return "Pardoned"
        case .acquitted: return "Acquitted"
        case .deceased: return "Deceased"
        }
    }

    public static func < (a: PrisonerStatus, b: PrisonerStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
