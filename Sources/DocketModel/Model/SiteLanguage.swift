import DocketLocalization

/// One language a site is published in (`languages:` in site.yml, default first): its code, the
/// site's title and description in it, and the interface strings its pages use (the built-in
/// catalog, with `content/i18n/<code>.yml` laid over it).
public struct SiteLanguage: Hashable, Sendable {
    /// The BCP 47 code as site.yml writes it (`az`): the `lang` of its pages and the folder of
    /// every language but the default (`/az/`).
    public let code: String
    public let title: String
    public let description: String
    /// The interface strings (labels, statuses, months, plural forms).
    public let catalog: Catalog
    /// True for the first language listed (or the only one): its pages are at the site's root.
    public let isDefault: Bool

    public init(code: String, title: String, description: String, catalog: Catalog, isDefault: Bool) {
        self.code = code
        self.title = title
        self.description = description
        self.catalog = catalog
        self.isDefault = isDefault
    }

    /// Where its pages are, under the site's root: "" for the default language, `az/` for another.
    public var folder: String { isDefault ? "" : code + "/" }

    /// The interface language its catalog is built on (English for a code with no built-in catalog).
    public var language: Language { catalog.language }
}
