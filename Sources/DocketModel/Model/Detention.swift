/// One time a person was held: from arrest to release, with what they were charged with, the
/// sentence and where they were held. A prisoner has a list of them (`Prisoner.Record.detentions`,
/// oldest first); the top-level `arrested`, `charges`, … of a file are the short form of one.
public struct Detention: Hashable, Sendable {
    public var arrested: PartialDate?
    /// Text, or articles of a code (`Charge`).
    public var charges: [Charge]
    public var sentence: Sentence?
    /// The prison's name: from `content/prisons.yml` when it lists it (see `prisonSlug`), else as written.
    public var prison: String?
    public var released: PartialDate?
    public var releaseKind: ReleaseKind?
    /// The prison's slug in `content/prisons.yml` (its page is `/prisons/<slug>/`); nil without the list.
    public var prisonSlug: String?

    public init(arrested: PartialDate? = nil, charges: [Charge] = [], sentence: Sentence? = nil, prison: String? = nil,
                released: PartialDate? = nil, releaseKind: ReleaseKind? = nil, prisonSlug: String? = nil) {
        self.prisonSlug = prisonSlug
        self.arrested = arrested
        self.charges = charges
        self.sentence = sentence
        self.prison = prison
        self.released = released
        self.releaseKind = releaseKind
    }
}

/// How a detention ended (`release_kind`).
public enum ReleaseKind: String, CaseIterable, Sendable {
    case served, pardoned, amnestied, acquitted, conditional, exchanged, other

    /// For readers, after "Released": "pardoned", "sentence served"; nil for `other`.
    public var label: String? {
        switch self {
        case .served: return "sentence served"
        case .pardoned: return "pardoned"
        case .amnestied: return "amnestied"
        case .acquitted: return "acquitted"
        case .conditional: return "conditional release"
        case .exchanged: return "exchanged"
        case .other: return nil
        }
    }
}

extension Prisoner.Record {
    /// The current detention, or the last one: what the fact box, the lists and the open data's
    /// columns show. Nil when the file gives no detention at all.
    public var currentDetention: Detention? { detentions.last }
    /// The detentions before the current or last one, oldest first.
    public var previousDetentions: ArraySlice<Detention> { detentions.dropLast() }

    // The current or last detention's fields, read as the top-level keys were before `detentions`.
    public var arrested: PartialDate? { detentions.last?.arrested }
    public var charges: [Charge] { detentions.last?.charges ?? [] }
    public var sentence: Sentence? { detentions.last?.sentence }
    public var prison: String? { detentions.last?.prison }
    public var prisonSlug: String? { detentions.last?.prisonSlug }
    public var released: PartialDate? { detentions.last?.released }
    public var releaseKind: ReleaseKind? { detentions.last?.releaseKind }
}
