/// One entry of a catalog: plain text, or forms by plural category.
///
/// Placeholders are written `{name}` and filled by `Message`. A plural entry need only give the
/// forms its language distinguishes after a numeral: Azerbaijani nouns do not change after a
/// numeral ("1 gün", "5 gün"), so its entries give `other` alone and `one` falls back to it.
public enum CatalogValue: Sendable, Hashable {
    case text(String)
    case plural([PluralCategory: String])

    /// The form for a category: that category's, else `other`.
    func form(_ category: PluralCategory) -> String? {
        switch self {
        case .text(let text): text
        case .plural(let forms): forms[category] ?? forms[.other]
        }
    }

    public var isPlural: Bool {
        if case .plural = self { return true }
        return false
    }
}
