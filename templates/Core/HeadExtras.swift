/// What a page adds to the layout's `<head>`: sharing metadata, structured data and feeds.
public struct HeadExtras: Sendable {
    /// Open Graph type: `website`, `article` or `profile`.
    public var ogType: String = "website"
    /// An absolute image URL for sharing.
    public var image: String?
    /// JSON-LD, already serialised and escaped for a script element (see `StructuredData`).
    public var jsonLD: String?
    /// Extra Atom feeds for this page (title, URL), after the site's own.
    public var feeds: [(title: String, url: String)] = []
    /// Keep search engines away (the 404 page).
    public var noIndex = false
    /// False for a page whose path exists in its own language only (a letter of the index of
    /// names, whose letters differ between languages): no `hreflang` alternates, and the
    /// language switcher leads to the other languages' home pages.
    public var alternates = true

    public init(ogType: String = "website", image: String? = nil, jsonLD: String? = nil,
                feeds: [(title: String, url: String)] = [], noIndex: Bool = false) {
        self.ogType = ogType
        self.image = image
        self.jsonLD = jsonLD
        self.feeds = feeds
        self.noIndex = noIndex
    }
}
