import DocketLocalization
import Foundation

/// `content/i18n/<code>.yml`: a site's own interface strings for a language it declares, laid
/// over the built-in catalog (`Catalog.overriding(with:)`). Each key is a catalog key
/// (`nav.reports`, `count.days`) and each value a text, or the plural forms
/// (`{one: …, few: …, many: …, other: …}`). A key no catalog has, a plural where a text is
/// expected (or the reverse), or a file for a language site.yml does not declare is `E052`.
///
/// A language Docket has no catalog for (`de`) is declared with a file that gives every string;
/// its key `language.rules` names the built-in language whose plural rules and number format it
/// follows (`en`: 1 / other; `ru`: one, few, many; `az`: no plural after numbers; default `en`).
enum CatalogFiles {
    static let folder = "content/i18n"
    /// The key that says whose plural rules and number format a language of its own follows.
    static let rulesKey = "language.rules"

    /// The codes `content/i18n/` has a file for.
    static func codes(siteDirectory: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: siteDirectory.appendingPathComponent(folder).path)) ?? []
        return Set(names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.map { String($0.prefix { $0 != "." }) })
    }

    /// `languages` with each one's file laid over its catalog; the files' problems.
    static func apply(to languages: [SiteLanguage], siteDirectory: URL, diagnostics: inout [Diagnostic]) -> [SiteLanguage] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: siteDirectory.appendingPathComponent(folder).path)) ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { return languages }
        var result = languages
        for name in names {
            let path = "\(folder)/\(name)"
            let code = String(name.prefix { $0 != "." })
            guard let index = result.firstIndex(where: { $0.code == code }) else {
                let declared = languages.map(\.code).joined(separator: ", ")
                diagnostics.append(Diagnostic(.incompleteCatalog, "interface strings for \"\(code)\", which site.yml does not declare (languages: \(declared)); add it to \"languages\" or remove the file", file: path, line: 1, column: 1))
                continue
            }
            guard let bytes = ContentLists.readIfPresent(path, siteDirectory: siteDirectory, diagnostics: &diagnostics) else { continue }
            let language = result[index]
            var base = language.catalog
            if base.entries.isEmpty, let rules = rules(bytes: bytes) {
                // A language of its own: counted and numbered like the built-in one it names.
                base = Catalog(language: rules, entries: [:])
            }
            let (overrides, problems) = decode(bytes: bytes, path: path, language: base.language)
            diagnostics += problems
            let catalog = base.overriding(with: overrides)
            let missing = catalog.missingKeys
            if !missing.isEmpty {
                let shown = missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? ", … (\(missing.count) in all)" : "")
                diagnostics.append(Diagnostic(.incompleteCatalog, "the \"\(code)\" interface strings lack \(shown)", file: path, line: 1, column: 1))
            }
            result[index] = SiteLanguage(code: language.code, title: language.title, description: language.description,
                                         catalog: catalog, isDefault: language.isDefault)
        }
        return result
    }

    /// The built-in language a file's `language.rules` names; nil without one (or a bad one).
    static func rules(bytes: [UInt8]) -> Language? {
        guard case .success(let text) = ContentText.decode(bytes), case .success(let root) = YAMLDocument.parse(text),
              case .mapping(let pairs, _)? = root else { return .en }
        let value = pairs.first { $0.key.scalar?.string == rulesKey }?.value.scalar?.string
        return value.map { Language(rawValue: $0) } ?? .en
    }

    static func decode(bytes: [UInt8], path: String, language: Language) -> ([String: CatalogValue], [Diagnostic]) {
        var reader = FieldReader(file: path, lineOffset: 0)
        let text: String
        switch ContentText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            reader.report(problem.code, problem.message, line: problem.line, column: problem.column)
            return ([:], reader.diagnostics)
        }
        guard let root = reader.root(ofYAML: text, firstLine: 1, ifEmpty: "") else { return ([:], reader.diagnostics) }
        guard case .mapping(let pairs, _) = root else {
            reader.report(.wrongType, "\(path) must map catalog keys to texts (like nav.reports: Materiallar), not \(reader.describe(root))", at: root)
            return ([:], reader.diagnostics)
        }
        let reference = Catalog.builtIn(.en).entries
        let keys = Catalog.requiredKeys
        let categories = PluralCategory.allCases.map(\.rawValue)
        var entries: [String: CatalogValue] = [:]
        for pair in pairs {
            if pair.key.scalar?.string == rulesKey {
                if let value = reader.string(pair.value, key: rulesKey), Language(rawValue: value) == nil {
                    reader.report(.incompleteCatalog, "\"\(rulesKey)\" names the built-in language whose plural rules and numbers this one follows: en, az or ru, not \"\(value)\"", at: pair.value)
                }
                continue
            }
            guard let key = pair.key.scalar?.string else {
                reader.report(.wrongType, "keys in \(path) must be catalog keys like nav.reports", at: pair.key)
                continue
            }
            guard let expected = reference[key] else {
                let hint = Suggestions.closest(to: key, in: keys).map { "; did you mean \"\($0)\"?" } ?? ""
                reader.report(.incompleteCatalog, "unknown interface string \"\(key)\"\(hint) (docs/editing.md lists the keys)", at: pair.key)
                continue
            }
            switch (pair.value, expected.isPlural) {
            case (.scalar, false):
                if let value = reader.string(pair.value, key: key) { entries[key] = .text(value) }
            case (.mapping(let forms, _), true):
                var found: [PluralCategory: String] = [:]
                for form in forms {
                    guard let name = form.key.scalar?.string, let category = PluralCategory(rawValue: name) else {
                        reader.report(.incompleteCatalog, "\"\(form.key.scalar?.string ?? "")\" is not a plural form; expected \(categories.joined(separator: ", "))", at: form.key)
                        continue
                    }
                    if let value = reader.string(form.value, key: "\(key).\(name)") { found[category] = value }
                }
                let needed = language.pluralCategories.filter { found[$0] == nil }
                if found[.other] == nil && !needed.isEmpty {
                    reader.report(.incompleteCatalog, "\"\(key)\" needs the forms \(needed.map(\.rawValue).joined(separator: ", ")) (or \"other\")", at: pair.key)
                }
                entries[key] = .plural(found)
            case (_, true):
                reader.report(.incompleteCatalog, "\"\(key)\" has a form per number; give them as a mapping like {one: \"{count} day\", other: \"{count} days\"}", at: pair.value)
            case (_, false):
                reader.report(.incompleteCatalog, "\"\(key)\" is one text, not \(reader.describe(pair.value))", at: pair.value)
            }
        }
        return (entries, reader.diagnostics)
    }
}
