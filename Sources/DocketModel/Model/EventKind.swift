/// What happened on a timeline entry.
public enum EventKind: String, CaseIterable, Sendable {
    case arrest, charge
    case detentionExtended = "detention-extended"
    case hearing, trial, sentence, appeal, transfer
    case hungerStrike = "hunger-strike"
    case visitDenied = "visit-denied"
    case health, release, pardon, amnesty, acquittal, death, award, statement, legislation, other

    public var label: String {
        switch self {
        case .arrest: return "Arrest"
        case .charge: return "Charge"
        case .detentionExtended: return "Detention extended"
        case .hearing: return "Hearing"
        case .trial: return "Trial"
        case .sentence: return "Sentence"
        case .appeal: return "Appeal"
        case .transfer: return "Transfer"
        case .hungerStrike: return "Hunger strike"
        case .visitDenied: return "Visit denied"
        case .health: return "Health"
        case .release: return "Release"
        case .pardon: return "Pardon"
        case .amnesty: return "Amnesty"
        case .acquittal: return "Acquittal"
        case .death: return "Death"
        case .award: return "Award"
        case .statement: return "Statement"
        case .legislation: return "Legislation"
        case .other: return "Other"
        }
    }
}
