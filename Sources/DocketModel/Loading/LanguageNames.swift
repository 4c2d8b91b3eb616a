/// `names: {az: "…", ru: "…"}` in prisons.yml: an entry's name in the site's other languages,
/// by language code. A code site.yml does not declare is `E053`.
enum LanguageNames {
    struct Name {
        let code: String
        let name: String
        let node: YAMLNode
    }

    static func decode(_ node: YAMLNode?, what: String, languages: [String]?, reader: inout FieldReader) -> [Name] {
        guard let node, !reader.isNull(node) else { return [] }
        guard case .mapping(let pairs, _) = node else {
            reader.report(.wrongType, "\"names\" of \(what) must map language codes to names (names: {az: …, ru: …}), not \(reader.describe(node))", at: node)
            return []
        }
        var names: [Name] = []
        for pair in pairs {
            guard let code = reader.string(pair.key, key: "names"), let name = reader.string(pair.value, key: "names.\(code)") else { continue }
            if let languages, !languages.contains(code) {
                reader.report(.unknownLanguage, "\"\(code)\" in \"names\" of \(what) is not a language site.yml declares (languages: \(languages.joined(separator: ", ")))", at: pair.key)
                continue
            }
            names.append(Name(code: code, name: name, node: pair.value))
        }
        return names
    }
}
