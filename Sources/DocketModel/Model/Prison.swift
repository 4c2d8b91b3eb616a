/// A place people are held, from `content/prisons.yml`; it has its page at `/prisons/<slug>/`.
public struct Prison: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case preTrial = "pre-trial"
        case prison
        case colony
        case police
        case psychiatric
        case other

        /// "Pre-trial detention centre", as a page shows the kind.
        public var label: String {
            switch self {
            case .preTrial: "Pre-trial detention centre"
            case .prison: "Prison"
            case .colony: "Penal colony"
            case .police: "Police station or temporary holding"
            case .psychiatric: "Psychiatric hospital"
            case .other: "Other place of detention"
            }
        }
    }

    public var slug: String
    public var name: String
    /// The town or region ("Baku").
    public var place: String?
    public var kind: Kind
    /// Other spellings that `prison:` may use ("Zabrat prison", "Zabrat İstintaq Təcridxanası").
    public var aliases: [String]
    /// Its name in the site's other languages, by code (`names: {az: …, ru: …}`).
    public var names: [String: String] = [:]

    public init(slug: String, name: String, place: String? = nil, kind: Kind, aliases: [String] = []) {
        self.slug = slug
        self.name = name
        self.place = place
        self.kind = kind
        self.aliases = aliases
    }
}

/// A prisoner's `prison:`: the name to show and, when it is one of `content/prisons.yml`'s, its slug.
public struct PrisonReference: Hashable, Sendable {
    /// The prison's name from `prisons.yml`, or the text as written when there is no such list.
    public var name: String
    /// The prison's slug in `prisons.yml`; nil without the file (or for a name it does not have).
    public var slug: String?

    public init(name: String, slug: String? = nil) {
        self.name = name
        self.slug = slug
    }
}
