/// A free-standing page (methodology, about, how to cite, contact): `content/pages/<slug>.md`,
/// published at `/<slug>/` (`Route.page`; not at a name in `Route.reservedSlugs`) and linked
/// from the footer.
public struct Page: Hashable, Sendable {
    public let slug: String
    public let path: String
    public let title: String
    public let summary: String?
    /// The footer order: lower first, then by title.
    public let order: Int
    public let draft: Bool
    public let bodyHTML: String
    /// Earlier slugs, each published as a redirect to this page (`Route.formerAddress`).
    public let formerSlugs: [String]
    /// The language of the title and text when they are not the page's own (an untranslated
    /// page on a translated site); nil: the page's language.
    public var textLanguage: String? = nil

    public init(slug: String, path: String, title: String, summary: String?, order: Int, draft: Bool, bodyHTML: String,
                formerSlugs: [String] = []) {
        self.slug = slug
        self.path = path
        self.title = title
        self.summary = summary
        self.order = order
        self.draft = draft
        self.bodyHTML = bodyHTML
        self.formerSlugs = formerSlugs
    }
}
