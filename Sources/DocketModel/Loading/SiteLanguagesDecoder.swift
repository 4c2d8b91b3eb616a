import DocketLocalization

/// `languages:` in site.yml: the languages the site is published in, default first. Each item is
/// a code (`az`) or a mapping with `code` and, optionally, the site's `title` and `description`
/// in that language. A code must have a built-in catalog (en, az, ru), or a file of its own,
/// `content/i18n/<code>.yml`, giving every string (`CatalogFiles`); for a built-in one the file
/// changes some of them.
enum SiteLanguagesDecoder {
    static let itemKeys = ["code", "title", "description"]

    /// Nil when site.yml has no `languages:` (the site is in `language` alone).
    /// `catalogFiles`: the codes `content/i18n/` has a file for.
    static func decode(_ fields: FieldReader.Fields, language: String, title: String, description: String,
                       catalogFiles: Set<String> = [], reader: inout FieldReader) -> [SiteLanguage]? {
        guard let node = reader.optional("languages", in: fields) else { return nil }
        guard case .sequence(let items, _) = node, !items.isEmpty else {
            reader.report(.wrongType, "\"languages\" must be a list of language codes, default first (like [en, az, ru]), not \(reader.describe(node))", at: node)
            return nil
        }
        let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
        var languages: [SiteLanguage] = []
        for (index, item) in items.enumerated() {
            let itemWhat = "item \(index + 1) of \"languages\""
            var codeNode = item
            var code: String?
            var ownTitle: String?
            var ownDescription: String?
            if case .mapping = item {
                guard let entry = reader.fields(of: item, allowed: itemKeys, what: itemWhat),
                      let node = reader.require("code", in: entry, what: itemWhat) else { continue }
                codeNode = node
                code = reader.string(node, key: "code")
                ownTitle = reader.string("title", in: entry, what: itemWhat)
                ownDescription = reader.string("description", in: entry, what: itemWhat)
            } else {
                code = reader.string(item, key: "languages")
            }
            guard let code else { continue }
            // A language without a built-in catalog starts empty: its file must give every string.
            let catalog: Catalog
            if let builtIn = Language(rawValue: code) {
                catalog = Catalog.builtIn(builtIn)
            } else if catalogFiles.contains(code), TranslationFiles.isLanguageCode(code) {
                catalog = Catalog(language: .en, entries: [:])
            } else {
                let hint = Suggestions.closest(to: code, in: Language.allCases.map(\.rawValue)).map { "; did you mean \"\($0)\"?" } ?? ""
                reader.report(.unknownLanguage, "no interface catalog for language \"\(code)\"; Docket has \(known)\(hint), and another language needs every string in content/i18n/\(code).yml", at: codeNode)
                continue
            }
            if languages.contains(where: { $0.code == code }) {
                reader.report(.unknownLanguage, "\"\(code)\" is listed twice in \"languages\"", at: codeNode)
                continue
            }
            if index == 0, fields["language"] != nil, code != language {
                reader.report(.unknownLanguage, "the first of \"languages\" is the default language, \"\(code)\", but \"language\" says \"\(language)\"; make them the same or remove \"language\"", at: codeNode)
            }
            languages.append(SiteLanguage(code: code, title: ownTitle ?? title, description: ownDescription ?? description,
                                          catalog: catalog, isDefault: languages.isEmpty))
        }
        return languages.isEmpty ? nil : languages
    }
}
