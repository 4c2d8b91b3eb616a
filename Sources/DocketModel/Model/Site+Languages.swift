/// The site as each of its languages reads it.
extension Site {
    /// The site as the pages in `language` show it: its title and description in that language,
    /// and every prisoner's, report's and page's words from their translation into it, or, where
    /// there is none, the default language's words marked with its code (`textLanguage`). Facts
    /// (dates, status, sentences, places, slugs) are the default language's, so every language
    /// has the same pages at the same addresses. The default language's site is this one.
    public func localized(to language: SiteLanguage) -> Site {
        guard !language.isDefault else { return self }
        var copy = Site(config: config.localized(to: language), prisoners: prisoners, articles: articles, pages: pages, prisons: prisons)
        copy.media = media
        copy.articleNames = articleNames
        return copy
    }
}
