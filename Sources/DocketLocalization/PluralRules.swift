/// A CLDR plural category.
public enum PluralCategory: String, CaseIterable, Sendable, Hashable {
    case zero, one, two, few, many, other
}

extension Language {
    /// The categories an integer can fall into in this language (CLDR cardinal rules).
    public var pluralCategories: [PluralCategory] {
        switch self {
        case .en, .az: [.one, .other]
        case .ru: [.one, .few, .many, .other]
        }
    }

    /// CLDR cardinal plural category for an integer (operands: i = n, v = 0).
    /// Russian `other` is for fractions only, so an integer never gets it.
    public func pluralCategory(_ n: Int) -> PluralCategory {
        let i = n.magnitude
        switch self {
        case .en, .az:
            return i == 1 ? .one : .other
        case .ru:
            let mod10 = i % 10, mod100 = i % 100
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        }
    }
}
