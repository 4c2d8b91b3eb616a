
/// `content/site.yml` → `SiteConfig`.
enum SiteConfigDecoder {
    static let keys = ["title", "base_url", "language", "description", "data_license", "onion_url"]
    static let what = "site.yml"

    static func decode(bytes: [UInt8], path: String) -> (SiteConfig?, [Diagnostic]) {
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
        let language = reader.string("language", in: fields, what: what) ?? "en"
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
        guard let title, let baseURL, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (SiteConfig(title: title, baseURL: baseURL, language: language, description: description,
                           dataLicense: dataLicense, onionURL: onionURL), reader.diagnostics)
    }
}

enum OnionAddress {
    static func isOnion(_ url: String) -> Bool {
        guard let schemeEnd = url.range(of: "://") else { return false }
        let host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.lowercased().hasSuffix(".onion")
    }
}
