/// A country as pages show it: the common English name, its ISO 3166-1 alpha-2 code, or no code
/// for a place the site declares itself in `site.yml` (`countries:`).
public struct Country: Hashable, Sendable {
    /// "Azerbaijan", "Türkiye": CLDR's English name, or the name `site.yml` declares.
    public let name: String
    /// "AZ"; nil for a place declared in `site.yml`.
    public let code: String?

    public init(name: String, code: String?) {
        self.name = name
        self.code = code
    }
}

/// A place outside ISO 3166-1 that `site.yml` declares under `countries:` (Nagorno-Karabakh,
/// Crimea), with the slug of its page if the editor chose one.
public struct DeclaredCountry: Hashable, Sendable {
    public let name: String
    /// `/countries/<slug>/`; nil: made from the name.
    public let slug: String?

    public init(name: String, slug: String? = nil) {
        self.name = name
        self.slug = slug
    }
}
