import DocketSupport
import Foundation

/// The start of a translation (`docket new translation --lang az FILE`): the original's words
/// that a translation may give, copied as they are, for the translator to write over, and the
/// original's body. Facts are left out: they stay in the original.
public enum TranslationStart {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The file is not a prisoner's, report's or page's original under content/.
        case notAnOriginal(String)
        /// The original has errors; `check` says which.
        case originalHasErrors(String, [String])

        public var description: String {
            switch self {
            case .notAnOriginal(let path):
                "\(path) is not a prisoner, report or page file (content/prisoners/, content/articles/ or content/pages/, named <slug>.md)"
            case .originalHasErrors(let path, let messages):
                "\(path) has errors; fix them first:\n" + messages.joined(separator: "\n")
            }
        }
    }

    /// The translation's path beside `path` (`content/prisoners/x.az.md`), and its text.
    public static func make(original bytes: [UInt8], path: String, language code: String,
                            config: SiteConfig?) throws(Failure) -> (path: String, text: String) {
        let kind: SiteLoader.Kind
        if path.hasPrefix("content/prisoners/") { kind = .prisoner }
        else if path.hasPrefix("content/articles/") { kind = .article }
        else if path.hasPrefix("content/pages/") { kind = .page }
        else { throw .notAnOriginal(path) }
        let stem = CrossReferences.slug(ofPath: path)
        guard path.hasSuffix(".md"), !stem.contains(".") else { throw .notAnOriginal(path) }
        let outcome = SiteLoader.FileOutcome.decode(bytes: bytes, path: path, kind: kind, media: nil, publishingAt: nil, config: config)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .originalHasErrors(path, errors.map(\.description)) }
        let languageName = Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
        var yaml = "---\n# The words of \(CrossReferences.fileName(ofPath: path)) to write in \(languageName) (\(code)); facts stay in it.\n"
        func line(_ key: String, _ value: String?) { if let value { yaml += "\(key): \(YAMLText.quoted(value))\n" } }
        func list(_ key: String, _ items: [String], field: String? = nil) {
            guard !items.isEmpty else { return }
            let prefix = field.map { "  - \($0): " } ?? "  - "
            yaml += "\(key):\n"
            for item in items { yaml += prefix + YAMLText.quoted(item) + "\n" }
        }
        switch kind {
        case .prisoner:
            guard let prisoner = outcome.prisoner else { throw .originalHasErrors(path, []) }
            line("name", prisoner.name)
            list("aliases", prisoner.aliases)
            list("charges", prisoner.charges.map { $0.text ?? $0.display })  // by position: an article's own text comes from charges.yml
            list("events", prisoner.events.filter { !$0.isDerived }.map(\.text), field: "text")
            list("sources", prisoner.sources.map(\.title), field: "title")
            list("corrections", prisoner.corrections.map(\.text), field: "text")
            line("photo_credit", prisoner.photoCredit)
        case .article:
            guard let article = outcome.article else { throw .originalHasErrors(path, []) }
            line("title", article.title)
            line("summary", article.summary)
            list("events", article.events.map(\.text), field: "text")
            list("sources", article.sources.map(\.title), field: "title")
            list("corrections", article.corrections.map(\.text), field: "text")
        case .page:
            guard let page = outcome.page else { throw .originalHasErrors(path, []) }
            line("title", page.title)
            line("summary", page.summary)
        }
        let body: String = switch FrontMatter.split(utf8: bytes[...]) {
        case .success(let frontMatter): frontMatter.body
        case .failure: ""
        }
        return (String(path.dropLast(3)) + ".\(code).md", yaml + "---\n" + body)
    }
}
