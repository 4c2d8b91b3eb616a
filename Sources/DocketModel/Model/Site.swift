import DocketMarkdown

/// The whole validated monitor: what the builder turns into pages.
/// Prisoners and articles are sorted by slug, so nothing depends on file-system order.
public struct Site: Sendable {
    public let config: SiteConfig
    public let prisoners: [Prisoner]
    public let articles: [Article]
    /// Free-standing pages, in footer order.
    public let pages: [Page]
    /// The files of `content/media/` that published bodies and texts link to or show, by path
    /// (copied to `media/` beside the photos; images shown at their size).
    public var media: [MediaFile] = []
    /// The places of detention `content/prisons.yml` lists, sorted by slug (none without the file).
    public let prisons: [Prison]
    /// What `content/charges.yml` names each article (none without the file): the name
    /// `/charges/<slug>/` gives it.
    public var articleNames: [CitedArticle: String] = [:]
    /// The articles' names in the site's other languages (`names:` in charges.yml), by code.
    public var articleNamesByLanguage: [String: [CitedArticle: String]] = [:]
    /// The translation files (`x.az.md`), by language and the original's slug: the words
    /// `localized(to:)` puts in the original's place.
    public var translations = SiteTranslations()

    public init(config: SiteConfig, prisoners: [Prisoner], articles: [Article], pages: [Page] = [], prisons: [Prison] = []) {
        self.config = config
        self.prisoners = prisoners.sorted { $0.slug < $1.slug }
        self.articles = articles.sorted { $0.slug < $1.slug }
        self.prisons = prisons.sorted { $0.slug < $1.slug }
        self.pages = pages.sorted { ($0.order, $0.title, $0.slug) < ($1.order, $1.title, $1.slug) }
    }

    /// The sizes of the media images, by path under `media/`, for rendering bodies.
    public var imageSizes: [String: ImageDimensions] {
        var sizes: [String: ImageDimensions] = [:]
        for file in media { if let size = file.dimensions { sizes[file.path] = size } }
        return sizes
    }
}
