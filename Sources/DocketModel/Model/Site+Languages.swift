import DocketLocalization
import DocketMarkdown

/// The site as each of its languages reads it.
extension Site {
    /// The site as the pages in `language` show it: its title and description in that language,
    /// and every prisoner's, report's and page's words from their translation into it, or, where
    /// there is none, the default language's words marked with its code (`textLanguage`). Facts
    /// (dates, status, sentences, places, slugs) and event anchors are the default language's, so
    /// every language has the same pages at the same addresses. The default language's site is this one.
    public func localized(to language: SiteLanguage) -> Site {
        guard !language.isDefault else { return self }
        let fallback = config.defaultLanguage.code
        let prisonerTranslations = translations.prisoners[language.code] ?? [:]
        let articleTranslations = translations.articles[language.code] ?? [:]
        let pageTranslations = translations.pages[language.code] ?? [:]
        // Prisons by their name in this language (`names:` in prisons.yml), where it gives one.
        let localizedPrisons = prisons.map { prison in
            var copy = prison
            if let name = prison.names[language.code] { copy.name = name }
            return copy
        }
        let prisonNames = Dictionary(localizedPrisons.filter { $0.names[language.code] != nil }.map { ($0.slug, $0.name) },
                                     uniquingKeysWith: { first, _ in first })
        // Articles by their name in this language (`names:` in charges.yml), where it gives one.
        let articleNamesHere = articleNamesByLanguage[language.code] ?? [:]
        let localizedPrisoners = prisoners.map { prisoner in
            var localized = Self.localized(prisoner, prisonerTranslations[prisoner.slug], catalog: language.catalog, fallback: fallback)
            if !articleNamesHere.isEmpty {
                localized = Self.renamingArticles(localized, articleNamesHere, from: articleNames)
            }
            if !prisonNames.isEmpty, localized.detentions.contains(where: { $0.prisonSlug.flatMap { prisonNames[$0] } != nil }) {
                var record = localized.record
                for index in record.detentions.indices {
                    if let name = record.detentions[index].prisonSlug.flatMap({ prisonNames[$0] }) { record.detentions[index].prison = name }
                }
                localized = Prisoner(record)
            }
            return localized
        }
        let localizedArticles = articles.map { article in
            Self.localized(article, articleTranslations[article.slug], fallback: fallback)
        }
        let localizedPages = pages.map { page in Self.localized(page, pageTranslations[page.slug], fallback: fallback) }
        var copy = Site(config: config.localized(to: language), prisoners: localizedPrisoners, articles: localizedArticles,
                        pages: localizedPages, prisons: localizedPrisons)
        copy.media = media
        copy.articleNames = articleNames.merging(articleNamesHere) { _, here in here }
        copy.articleNamesByLanguage = articleNamesByLanguage
        copy.translations = translations
        return copy
    }

    /// The slugs of the prisoners, reports and pages with no translation into `language`, by kind.
    public func untranslated(in language: SiteLanguage) -> (prisoners: [Prisoner], articles: [Article], pages: [Page]) {
        guard !language.isDefault else { return ([], [], []) }
        return (prisoners.filter { translations.prisoners[language.code]?[$0.slug] == nil },
                articles.filter { translations.articles[language.code]?[$0.slug] == nil },
                pages.filter { translations.pages[language.code]?[$0.slug] == nil })
    }

    static func localized(_ prisoner: Prisoner, _ translation: Translation?, catalog: Catalog, fallback: String) -> Prisoner {
        var record = prisoner.record
        let written = record.events.filter { !$0.isDerived }
        let derived = record.events.filter(\.isDerived)
        // The derived events in this language's words, each keeping the anchor of the original's.
        let reworded = DerivedEvents.make(slug: record.slug, status: record.status, detentions: record.detentions,
                                          written: written, catalog: catalog)
        let derivedHere = zip(derived, reworded).map { original, localized in
            original.withText(localized.text, textHTML: localized.textHTML, sourceTitle: nil, textLanguage: nil)
        }
        guard let translation else {
            record.textLanguage = fallback
            record.events = written.map { $0.withText($0.text, textHTML: $0.textHTML, sourceTitle: $0.sourceTitle, textLanguage: fallback) }
                + derivedHere
            return Prisoner(record)
        }
        if let name = translation.name { record.name = name }
        var aliases = translation.aliases ?? []
        for spelling in [prisoner.name] + prisoner.aliases where spelling != record.name && !aliases.contains(spelling) {
            aliases.append(spelling)
        }
        record.aliases = aliases
        let originalSpellings = Set([prisoner.name] + prisoner.aliases)
        record.defaultLanguageSpellings = aliases.filter { originalSpellings.contains($0) && !(translation.aliases ?? []).contains($0) }
        if let credit = translation.photoCredit { record.photoCredit = credit }
        record.body = translation.body
        record.sources = sources(record.sources, titles: translation.sources)
        record.corrections = corrections(record.corrections, translation.corrections, fallback: fallback)
        if !translation.charges.isEmpty, var current = record.detentions.last {
            for (index, text) in translation.charges.enumerated() where index < current.charges.count {
                if let text, current.charges[index].text != nil || current.charges[index].article == nil { current.charges[index].text = text }
            }
            record.detentions[record.detentions.count - 1] = current
        }
        record.events = events(written, translation.events, fallback: fallback) + derivedHere
        return Prisoner(record)
    }

    /// A charge whose text is charges.yml's name for its article takes the article's name in this
    /// language (a text the file itself gives, or a translation gives, stays).
    static func renamingArticles(_ prisoner: Prisoner, _ names: [CitedArticle: String], from defaultNames: [CitedArticle: String]) -> Prisoner {
        var record = prisoner.record
        var changed = false
        for index in record.detentions.indices {
            for charge in record.detentions[index].charges.indices {
                let current = record.detentions[index].charges[charge]
                guard let cited = current.cited, let name = names[cited], current.text == nil || current.text == defaultNames[cited] else { continue }
                record.detentions[index].charges[charge].text = name
                changed = true
            }
        }
        return changed ? Prisoner(record) : prisoner
    }

    static func localized(_ article: Article, _ translation: Translation?, fallback: String) -> Article {
        var record = article.record
        guard let translation else {
            record.textLanguage = fallback
            record.events = record.events.map { $0.withText($0.text, textHTML: $0.textHTML, sourceTitle: $0.sourceTitle, textLanguage: fallback) }
            return Article(record)
        }
        if let title = translation.name { record.title = title }
        if let summary = translation.summary { record.summary = summary }
        record.body = translation.body
        record.sources = sources(record.sources, titles: translation.sources)
        record.corrections = corrections(record.corrections, translation.corrections, fallback: fallback)
        record.events = events(record.events, translation.events, fallback: fallback)
        return Article(record)
    }

    static func localized(_ page: Page, _ translation: Translation?, fallback: String) -> Page {
        guard let translation else {
            var copy = page
            copy.textLanguage = fallback
            return copy
        }
        return Page(slug: page.slug, path: page.path, title: translation.name ?? page.title, summary: translation.summary ?? page.summary,
                    order: page.order, draft: page.draft, bodyHTML: translation.pageBodyHTML ?? page.bodyHTML, formerSlugs: page.formerSlugs)
    }

    /// Written events with the translation's texts by position; the rest keep the default
    /// language's words, marked with it.
    private static func events(_ events: [Event], _ texts: [Translation.Text], fallback: String) -> [Event] {
        events.enumerated().map { index, event in
            guard index < texts.count else {
                return event.withText(event.text, textHTML: event.textHTML, sourceTitle: event.sourceTitle, textLanguage: fallback)
            }
            return event.withText(texts[index].text, textHTML: texts[index].html, sourceTitle: event.sourceTitle, textLanguage: nil)
        }
    }

    private static func sources(_ sources: [Source], titles: [String]) -> [Source] {
        sources.enumerated().map { index, source in
            index < titles.count ? Source(title: titles[index], url: source.url, publisher: source.publisher, date: source.date) : source
        }
    }

    private static func corrections(_ corrections: [Correction], _ texts: [Translation.Text], fallback: String) -> [Correction] {
        corrections.enumerated().map { index, correction in
            index < texts.count
                ? Correction(date: correction.date, text: texts[index].text, textHTML: texts[index].html, anchor: correction.anchor)
                : correction
        }
    }
}
