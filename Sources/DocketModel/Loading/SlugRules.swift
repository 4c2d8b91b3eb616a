/// The loader's slug rules, for tools that make slugs (`docket new`).
public enum SlugRules {
    /// Lowercase ASCII letters, digits and single hyphens, at most 120 bytes.
    public static func isValid(_ slug: String) -> Bool { ContentFile.isValidSlug(slug) }
}
