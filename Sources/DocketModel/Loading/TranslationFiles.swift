/// Which content files are translations (`<slug>.<code>.md`, `<code>` a language site.yml
/// declares), and each translation matched to its original.
enum TranslationFiles {
    /// A translation file found in a content folder.
    struct Entry: Sendable {
        let path: String
        let kind: SiteLoader.Kind
        /// The original's slug.
        let slug: String
        let language: SiteLanguage
    }

    /// `listing` split into the originals and the translations. A file named like a translation
    /// (`x.az.md`) into a language site.yml does not declare, or into the default one, is refused
    /// (`E051`) rather than read as an original, whose slug could not have a dot anyway.
    static func split(_ listing: [(String, SiteLoader.Kind)], config: SiteConfig?,
                      diagnostics: inout [Diagnostic]) -> (originals: [(String, SiteLoader.Kind)], translations: [Entry]) {
        var originals: [(String, SiteLoader.Kind)] = []
        var translations: [Entry] = []
        originals.reserveCapacity(listing.count)
        for (path, kind) in listing {
            let stem = CrossReferences.slug(ofPath: path)
            guard let dot = stem.lastIndex(of: "."), path.hasSuffix(".md") else { originals.append((path, kind)); continue }
            let code = String(stem[stem.index(after: dot)...])
            let slug = String(stem[..<dot])
            guard isLanguageCode(code) else { originals.append((path, kind)); continue }
            let languages = config?.languages ?? []
            if let language = languages.first(where: { $0.code == code }), !language.isDefault {
                translations.append(Entry(path: path, kind: kind, slug: slug, language: language))
            } else if let language = languages.first(where: { $0.code == code }), language.isDefault {
                diagnostics.append(Diagnostic(.strayTranslation, "\"\(code)\" is the site's default language: its words are the original's, in \(slug).md; merge this file into it or remove it", file: path, line: 1, column: 1))
            } else if config != nil {
                let declared = languages.map(\.code).joined(separator: ", ")
                diagnostics.append(Diagnostic(.strayTranslation, "a translation into \"\(code)\", which site.yml does not declare (languages: \(declared)); add it to \"languages\" in content/site.yml, or rename the file", file: path, line: 1, column: 1))
            }
        }
        return (originals, translations)
    }

    /// Two or three lowercase ASCII letters, as a BCP 47 primary language subtag.
    static func isLanguageCode(_ text: String) -> Bool {
        (2...3).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
    }

    /// Each translation matched to its original (drafts included: a draft's translation is left
    /// out with it). A translation without an original, or with more events, sources,
    /// corrections or charges than it, is an error.
    static func match(_ decoded: [(Entry, Translation)], prisoners: [Prisoner], articles: [Article], pages: [Page],
                      originalFiles: Set<String>, diagnostics: inout [Diagnostic]) -> SiteTranslations {
        var translations = SiteTranslations()
        let prisonerBySlug = Dictionary(prisoners.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let articleBySlug = Dictionary(articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let pageSlugs = Set(pages.map(\.slug))
        for (entry, translation) in decoded {
            let folder = entry.path.prefix(entry.path.utf8.count - CrossReferences.fileName(ofPath: entry.path).utf8.count)
            let originalPath = folder + entry.slug + ".md"
            func report(_ code: DiagnosticCode, _ message: String, at list: String? = nil) {
                let position = list.flatMap { translation.listPositions[$0] }
                diagnostics.append(Diagnostic(code, message, file: entry.path, line: position?.line ?? 1, column: position?.column ?? 1))
            }
            func counts(_ list: String, given: Int, original: Int, noun: String) -> Bool {
                guard given > original else { return true }
                report(.unmatchedTranslation, "\"\(list)\" has \(given) items, but \(originalPath) has only \(original) (\(noun)); a translation's items follow the original's, one for one and in order", at: list)
                return false
            }
            switch entry.kind {
            case .prisoner:
                guard let original = prisonerBySlug[entry.slug] else {
                    if !originalFiles.contains(String(originalPath)) {
                        report(.strayTranslation, "no original beside this translation: expected \(originalPath)")
                    }
                    continue
                }
                let written = original.events.count { !$0.isDerived }
                guard counts("events", given: translation.events.count, original: written, noun: "events written"),
                      counts("sources", given: translation.sources.count, original: original.sources.count, noun: "sources"),
                      counts("corrections", given: translation.corrections.count, original: original.corrections.count, noun: "corrections"),
                      counts("charges", given: translation.charges.count, original: original.charges.count, noun: "charges in its current detention")
                else { continue }
                translations.prisoners[entry.language.code, default: [:]][entry.slug] = translation
            case .article:
                guard let original = articleBySlug[entry.slug] else {
                    if !originalFiles.contains(String(originalPath)) {
                        report(.strayTranslation, "no original beside this translation: expected \(originalPath)")
                    }
                    continue
                }
                guard counts("events", given: translation.events.count, original: original.events.count, noun: "events"),
                      counts("sources", given: translation.sources.count, original: original.sources.count, noun: "sources"),
                      counts("corrections", given: translation.corrections.count, original: original.corrections.count, noun: "corrections")
                else { continue }
                translations.articles[entry.language.code, default: [:]][entry.slug] = translation
            case .page:
                guard pageSlugs.contains(entry.slug) else {
                    if !originalFiles.contains(String(originalPath)) {
                        report(.strayTranslation, "no original beside this translation: expected \(originalPath)")
                    }
                    continue
                }
                translations.pages[entry.language.code, default: [:]][entry.slug] = translation
            }
        }
        return translations
    }
}
