/// An interface language, by its BCP 47 code. `az` is Azerbaijani in Latin script (`az-Latn`).
public enum Language: String, CaseIterable, Sendable, Hashable {
    case en
    case az
    case ru

    /// The language's name in itself, for a language switcher.
    public var endonym: String {
        switch self {
        case .en: "English"
        case .az: "Azərbaycanca"
        case .ru: "Русский"
        }
    }

    /// The built-in catalog of interface strings.
    public var catalog: Catalog { Catalog.builtIn(self) }
}
