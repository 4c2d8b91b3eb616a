import Yams

/// `content/site.yml` → `SiteConfig`.
enum SiteConfigDecoder {
    static let keys = ["title", "base_url", "language", "description"]
    static let what = "site.yml"

    static func decode(bytes: [UInt8], path: String) -> (SiteConfig?, [Diagnostic]) {
        var reader = FieldReader(file: path, lineOffset: 0)
        let text: String
        switch ContentText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            reader.error(problem.message, line: problem.line, column: problem.column)
            return (nil, reader.diagnostics)
        }
        let root: Node
        switch YAMLDocument.parse(text) {
        case .success(let node?): root = node
        case .success(nil):
            reader.error("site.yml is empty; expected title, base_url, language and description", line: 1)
            return (nil, reader.diagnostics)
        case .failure(let problem):
            reader.error(problem.message, line: problem.line, column: problem.column)
            return (nil, reader.diagnostics)
        }
        guard let fields = reader.fields(of: root, allowed: keys, what: what) else { return (nil, reader.diagnostics) }
        let title = reader.string("title", in: fields, required: true, what: what)
        let baseURL = reader.require("base_url", in: fields, what: what).flatMap { reader.url($0, key: "base_url") }
        let language = reader.string("language", in: fields, what: what) ?? "en"
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            reader.error("\"language\" must be a language tag like en or az-Latn, not \"\(language)\"", at: fields["language"]?.value)
        }
        let description = reader.string("description", in: fields, what: what) ?? ""
        guard let title, let baseURL, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (SiteConfig(title: title, baseURL: baseURL, language: language, description: description), reader.diagnostics)
    }
}
