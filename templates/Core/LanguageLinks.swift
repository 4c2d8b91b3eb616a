import Foundation
import DocketLocalization
import DocketModel

/// A page's other languages: `hreflang` alternates in its head and a switcher in its header,
/// each leading to the same page under the other language's folder. Every language has the same
/// pages at the same paths (the same facts make the same routes), so each pair of alternates
/// links both ways. A page whose path exists in its own language only (a letter of the index of
/// names) has no alternates, and its switcher leads to the other languages' home pages. A site in
/// one language has neither.
enum LanguageLinks {
    /// The same page in each language, the page's own included: (language, absolute URL).
    static func alternates(_ path: String, _ context: PageContext) -> [(language: SiteLanguage, url: String)]? {
        guard context.config.isMultilingual, let pagePath = context.urls.pagePath(path) else { return nil }
        return context.config.languages.map { language in
            let urls = context.urls.in(language)
            return (language, urls.baseURL + pagePath)
        }
    }

    /// `<link rel="alternate" hreflang="…">` for each language and `x-default` for the default one.
    static func head(_ path: String, _ context: PageContext, alternates: Bool) -> HTML {
        guard alternates, let links = self.alternates(path, context) else { return HTML() }
        var html: [HTML] = links.map { "<link rel=\"alternate\" hreflang=\"\($0.language.code)\" href=\"\($0.url)\">\n" }
        if let first = links.first { html.append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(first.url)\">\n") }
        return "\(html)"
    }

    /// The switcher: each language by its own name, the current one marked.
    static func switcher(_ path: String, _ context: PageContext, alternates: Bool) -> HTML {
        guard context.config.isMultilingual else { return HTML() }
        let current = context.language.code
        let items: [HTML] = context.config.languages.map { language in
            let urls = context.urls.in(language)
            let href = alternates ? (context.urls.pagePath(path).map { urls.basePath + $0 } ?? urls.home) : urls.home
            let name = Language(rawValue: language.code)?.endonym
                ?? Locale(identifier: language.code).localizedString(forLanguageCode: language.code) ?? language.code
            return language.code == current
                ? "<li><a href=\"\(href)\" lang=\"\(language.code)\" hreflang=\"\(language.code)\" aria-current=\"page\">\(name)</a></li>\n"
                : "<li><a href=\"\(href)\" lang=\"\(language.code)\" hreflang=\"\(language.code)\">\(name)</a></li>\n"
        }
        return """
        <nav class="languages" aria-label="\(context.label(.navLanguages))">
        <ul>
        \(items)</ul>
        </nav>

        """
    }

    /// ` lang="en"` for words in another language than the page's (`textLanguage`), else nothing.
    static func lang(_ textLanguage: String?) -> HTML {
        textLanguage.map { " lang=\"\($0)\"" } ?? HTML()
    }

    /// "Not yet translated; shown in English." above words a translation does not give yet.
    static func untranslatedNote(_ textLanguage: String?, _ context: PageContext) -> HTML {
        guard let textLanguage else { return HTML() }
        let language = context.catalog.format("language.\(textLanguage)")
        return "<p class=\"untranslated\">\(context.catalog.format("translation.notYet", [("language", language)]))</p>\n"
    }
}
