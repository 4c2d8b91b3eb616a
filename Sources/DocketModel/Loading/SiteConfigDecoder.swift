
/// `content/site.yml` → `SiteConfig`.
enum SiteConfigDecoder {
    static let keys = ["title", "base_url", "language", "description", "data_license", "onion_url", "countries", "search", "languages"]
    static let countryKeys = ["name", "slug"]
    static let what = "site.yml"

    /// `catalogFiles`: the codes `content/i18n/` has a file for (a language Docket has no catalog
    /// for may be declared when it has one).
    static func decode(bytes: [UInt8], path: String, catalogFiles: Set<String> = []) -> (SiteConfig?, [Diagnostic]) {
        var reader = FieldReader(file: path, lineOffset: 0)
        let text: String
        switch ContentText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            reader.report(problem.code, problem.message, line: problem.line, column: problem.column)
            return (nil, reader.diagnostics)
        }
        guard let root = reader.root(ofYAML: text, firstLine: 1, ifEmpty: "site.yml is empty; expected title, base_url, language and description"),
              let fields = reader.fields(of: root, allowed: keys, what: what) else { return (nil, reader.diagnostics) }
        let title = reader.string("title", in: fields, required: true, what: what)
        let baseURL = reader.require("base_url", in: fields, what: what).flatMap { reader.url($0, key: "base_url") }
        var language = reader.string("language", in: fields, what: what) ?? "en"
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            reader.report(.invalidValue, "\"language\" must be a language tag like en or az-Latn, not \"\(language)\"", at: fields["language"]?.value)
        }
        let description = reader.string("description", in: fields, what: what) ?? ""
        let dataLicense = reader.string("data_license", in: fields, what: what)
        var onionURL: String?
        if let node = reader.optional("onion_url", in: fields), let url = reader.url(node, key: "onion_url") {
            if OnionAddress.isOnion(url) { onionURL = url } else {
                reader.report(.invalidURL, "\"onion_url\" must be an address on a .onion host, not \"\(url)\"", at: node)
            }
        }
        let countries = decodeCountries(fields, reader: &reader)
        var search: (SiteSearch, SourcePosition)?
        if let node = reader.optional("search", in: fields), let engine = reader.oneOf(SiteSearch.self, node, key: "search", noun: "search engine") {
            let position = reader.position(of: node)
            search = (engine, SourcePosition(line: position.line, column: position.column))
        }
        let languages = SiteLanguagesDecoder.decode(fields, language: language, title: title ?? "", description: description,
                                                   catalogFiles: catalogFiles, reader: &reader)
        if let first = languages?.first { language = first.code }
        guard let title, let baseURL, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        var config = SiteConfig(title: title, baseURL: baseURL, language: language, description: description,
                                dataLicense: dataLicense, onionURL: onionURL, countries: countries)
        config.search = search?.0
        config.searchPosition = search?.1
        if let languages { config.languages = languages }
        return (config, reader.diagnostics)
    }
}

extension SiteConfigDecoder {
    /// `countries:`: places outside ISO 3166-1, each `name` and an optional `slug`. A name ISO
    /// already has, a name or a slug given twice, and a slug an ISO country's page takes are refused.
    static func decodeCountries(_ fields: FieldReader.Fields, reader: inout FieldReader) -> [DeclaredCountry] {
        guard let node = reader.optional("countries", in: fields) else { return [] }
        guard case .sequence(let items, _) = node else {
            reader.report(.wrongType, "\"countries\" must be a list of places, each with a name (and a slug if wanted), not \(reader.describe(node))", at: node)
            return []
        }
        let isoSlugs = Dictionary(CountryList.isoCountries.map { (URLSlug.make($0.name), $0.name) }, uniquingKeysWith: { a, _ in a })
        var declared: [DeclaredCountry] = []
        var seen: [(key: String, slug: String, index: Int)] = []
        for (index, item) in items.enumerated() {
            let itemWhat = "item \(index + 1) of \"countries\""
            guard let entry = reader.fields(of: item, allowed: countryKeys, what: itemWhat),
                  let nameNode = reader.require("name", in: entry, what: itemWhat),
                  let name = reader.string(nameNode, key: "name") else { continue }
            if let problem = MixedScripts.find(in: name) {
                let found = CountryList.Problem.mixedScripts(character: problem.character, position: problem.position,
                                                             script: problem.script, mainScript: problem.mainScript, suggestion: nil)
                reader.report(found.code, found.message(name, key: "name"), at: nameNode)
                continue
            }
            if let iso = CountryList.isoCountry(name) {
                reader.report(.invalidValue, "\"\(name)\" is already a country in ISO 3166-1 (\(iso.name), \(iso.code ?? "")); remove it from \"countries\" and write country: \(iso.name)", at: nameNode)
                continue
            }
            var slug = URLSlug.make(name)
            var slugNode = nameNode
            if let node = reader.optional("slug", in: entry), let chosen = reader.string(node, key: "slug") {
                guard ContentFile.isValidSlug(chosen) else {
                    reader.report(.invalidSlug, "\"slug\" \"\(chosen)\" is not a valid slug; use lowercase ASCII letters, digits and single hyphens (like nagorno-karabakh)", at: node)
                    continue
                }
                (slug, slugNode) = (chosen, node)
            }
            let key = CountryKey.make(name)
            if let earlier = seen.first(where: { $0.key == key }) {
                reader.report(.duplicateEntry, "\"\(name)\" is declared twice in \"countries\" (also item \(earlier.index + 1)); it is kept once", at: nameNode)
                continue
            }
            if let earlier = seen.first(where: { $0.slug == slug }) {
                reader.report(.duplicateSlug, "country slug \"\(slug)\" is already used by item \(earlier.index + 1) of \"countries\"; give one of them another \"slug\"", at: slugNode)
                continue
            }
            if let other = isoSlugs[slug] {
                reader.report(.duplicateSlug, "country slug \"\(slug)\" is the address of \(other)'s page (/countries/\(slug)/); give this place another \"slug\"", at: slugNode)
                continue
            }
            seen.append((key, slug, index))
            declared.append(DeclaredCountry(name: name, slug: slug))
        }
        return declared
    }
}

enum OnionAddress {
    static func isOnion(_ url: String) -> Bool {
        guard let schemeEnd = url.range(of: "://") else { return false }
        let host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.lowercased().hasSuffix(".onion")
    }
}
