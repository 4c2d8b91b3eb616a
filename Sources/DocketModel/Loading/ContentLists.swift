import DocketSupport
import Foundation

/// The optional lists beside `site.yml` that prisoner files name things from:
/// `content/charges.yml` (articles and what they are) and `content/prisons.yml` (places of
/// detention). Read before the prisoner files and handed to each decoder, as the settings are.
/// A list that is missing is nil: charges and prisons are then free text, as without lists.
public struct ContentLists: Sendable {
    static let chargesPath = "content/charges.yml"
    static let prisonsPath = "content/prisons.yml"

    var charges: ChargeList?
    var prisons: PrisonList?

    init(charges: ChargeList? = nil, prisons: PrisonList? = nil) {
        self.charges = charges
        self.prisons = prisons
    }

    /// Both lists from the site folder; a missing file is no problem, a broken one is reported
    /// (and then left out, as a broken site.yml is).
    /// `languages`: the codes site.yml declares, for the lists' `names:` (nil: any).
    static func load(siteDirectory: URL, languages: [String]? = nil, diagnostics: inout [Diagnostic]) -> ContentLists {
        var lists = ContentLists()
        if let bytes = readIfPresent(chargesPath, siteDirectory: siteDirectory, diagnostics: &diagnostics) {
            let (list, problems) = ChargeList.decode(bytes: bytes, path: chargesPath, languages: languages)
            lists.charges = list
            diagnostics += problems
        }
        if let bytes = readIfPresent(prisonsPath, siteDirectory: siteDirectory, diagnostics: &diagnostics) {
            let (list, problems) = PrisonList.decode(bytes: bytes, path: prisonsPath, languages: languages)
            lists.prisons = list
            diagnostics += problems
        }
        return lists
    }

    /// The file's bytes; nil, with nothing said, when there is no such file.
    static func readIfPresent(_ path: String, siteDirectory: URL, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        let full = siteDirectory.appendingPathComponent(path).path
        var status = stat()
        guard lstat(full, &status) == 0 else { return nil }
        if !ContentFinder(siteDirectory: siteDirectory).linkStaysInside(full) {
            diagnostics.append(Diagnostic(.symlinkOutside, "symbolic link leads outside the site folder; content must live inside the site", file: path))
            return nil
        }
        switch ContentFileRead.read(full) {
        case .tooLarge(let size):
            diagnostics.append(Diagnostic(.fileTooLarge, ContentText.tooLarge(size), file: path))
        case .notRegular:
            diagnostics.append(Diagnostic(.notRegularFile, ContentFileRead.notRegularMessage, file: path))
        case .unreadable(let failure):
            if failure.code != ENOENT {
                diagnostics.append(Diagnostic(.unreadableFile, "cannot read the file: \(failure.reason)", file: path))
            }
        case .bytes(let bytes):
            return bytes
        }
        return nil
    }

    /// The YAML root of a list file, or nil (an empty file is an empty list: `.success(nil)`).
    fileprivate static func root(bytes: [UInt8], reader: inout FieldReader) -> YAMLNode?? {
        let text: String
        switch ContentText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            reader.report(problem.code, problem.message, line: problem.line, column: problem.column)
            return nil
        }
        switch YAMLDocument.parse(text) {
        case .success(let node): return .some(node)
        case .failure(let problem) where problem.code == .frontMatterTooLarge:
            reader.report(problem.code, "the file is \(text.utf8.count / 1024) KiB; a list may be at most \(YAMLDocument.maximumSize / 1024) KiB",
                          line: 1)
            return nil
        case .failure(let problem):
            reader.report(problem.code, problem.message, line: problem.line, column: problem.column)
            return nil
        }
    }
}

// MARK: - charges.yml

/// `content/charges.yml`: each article named once. Articles of the Criminal Code are written at
/// the top (`"234.4.3": Illegal drugs with intent to sell`); another code's under its name
/// (`Code of Administrative Offences:` then `"535.1": Resisting the police`). An article may
/// give its name in the site's other languages: `"234.4.3": {text: …, names: {az: …, ru: …}}`.
struct ChargeList: Sendable {
    /// Each code with its articles (article → text), in the order the file gives them.
    private(set) var codes: [(code: String, articles: [(article: String, text: String)])] = []
    /// Each article's name in other languages, by language code.
    private(set) var translatedNames: [String: [CitedArticle: String]] = [:]
    static let articleKeys = ["text", "names"]

    func articles(of code: String) -> [(article: String, text: String)]? {
        codes.first { $0.code == code }?.articles
    }

    /// The text `charges.yml` gives the article; nil when it is not there.
    func text(article: String, code: String) -> String? {
        articles(of: code)?.first { $0.article == article }?.text
    }

    private mutating func add(_ article: String, _ text: String, code: String) -> Bool {
        if let index = codes.firstIndex(where: { $0.code == code }) {
            if codes[index].articles.contains(where: { $0.article == article }) { return false }
            codes[index].articles.append((article, text))
        } else {
            codes.append((code, [(article, text)]))
        }
        return true
    }

    /// Every article the file names, with its text.
    var names: [CitedArticle: String] {
        var names: [CitedArticle: String] = [:]
        for (code, articles) in codes {
            for (article, text) in articles { names[CitedArticle(code: code, article: article)] = text }
        }
        return names
    }

    static let what = "charges.yml"

    /// `languages`: the codes site.yml declares, which `names:` may use (nil: any).
    static func decode(bytes: [UInt8], path: String, languages: [String]? = nil) -> (ChargeList?, [Diagnostic]) {
        var reader = FieldReader(file: path, lineOffset: 0)
        guard let root = ContentLists.root(bytes: bytes, reader: &reader) else { return (nil, reader.diagnostics) }
        var list = ChargeList()
        guard let root else { return (list, reader.diagnostics) }
        guard case .mapping(let pairs, _) = root else {
            reader.report(.wrongType, "charges.yml must be a mapping of article numbers to what they are (\"234.4.3\": Illegal drugs with intent to sell), not \(reader.describe(root))", at: root)
            return (nil, reader.diagnostics)
        }
        func article(_ pair: YAMLNode.Pair, code: String) {
            guard let number = reader.string(pair.key, key: "article") else { return }
            guard Charge.isArticleNumber(number) else {
                reader.report(.invalidValue, "\"\(number)\" is not an article number: write digits separated by single dots or hyphens, like 234.4.3, 220.1 or 57-1", at: pair.key)
                return
            }
            let text: String
            var names: [LanguageNames.Name] = []
            if case .mapping = pair.value {
                // An article with its names in other languages.
                let what = "article \(number) in charges.yml"
                guard let fields = reader.fields(of: pair.value, allowed: articleKeys, what: what),
                      let value = reader.string("text", in: fields, required: true, what: what) else { return }
                text = value
                names = LanguageNames.decode(fields["names"]?.value, what: what, languages: languages, reader: &reader)
            } else {
                guard let value = reader.string(pair.value, key: number) else { return }
                text = value
            }
            if !list.add(number, text, code: code) {
                reader.report(.duplicateEntry, "article \(number) of the \(code) is named twice in charges.yml; the first is kept", at: pair.key)
                return
            }
            for name in names { list.translatedNames[name.code, default: [:]][CitedArticle(code: code, article: number)] = name.name }
        }
        for pair in pairs {
            switch pair.value {
            case .mapping(let entries, _) where entries.contains(where: { $0.key.scalar?.string == "text" }):
                // An article with its names in other languages.
                guard let key = pair.key.scalar?.string.trimmingWhitespace(), Charge.isArticleNumber(key) else {
                    reader.report(.invalidValue, "\"\(pair.key.scalar?.string ?? "")\" is not an article number: write digits separated by single dots or hyphens, like 234.4.3", at: pair.key)
                    continue
                }
                article(pair, code: Charge.defaultCode)
            case .mapping(let articles, _):
                // A code's name, with its articles under it.
                guard let code = reader.string(pair.key, key: "code") else { continue }
                for inner in articles { article(inner, code: code) }
            case .scalar:
                guard let key = pair.key.scalar?.string.trimmingWhitespace(), Charge.isArticleNumber(key) else {
                    let key = pair.key.scalar?.string ?? ""
                    reader.report(.invalidValue, "\"\(key)\" is not an article number: write digits separated by single dots or hyphens, like 234.4.3, 220.1 or 57-1 (another code's articles go under its name: \"\(key)\": then \"535.1\": …, indented)", at: pair.key)
                    continue
                }
                article(pair, code: Charge.defaultCode)
            case .sequence:
                reader.report(.wrongType, "\"\(pair.key.scalar?.string ?? "")\" in charges.yml must be the article's text, or a code's articles as a mapping, not a list", at: pair.value)
            }
        }
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (list, reader.diagnostics)
    }
}

/// A prisoner's `charges:` (or a detention's): text, or `{article, text, code}`.
enum ChargeField {
    static let keys = ["article", "text", "code"]

    /// The charges of a `charges` node: a list (or a single item) of text or of articles.
    static func decode(_ node: YAMLNode, key: String = "charges", reader: inout FieldReader, lists: ContentLists) -> [Charge] {
        let items: [YAMLNode]
        switch node {
        case .sequence(let sequence, _): items = sequence
        case .scalar, .mapping: items = [node]
        }
        var charges: [Charge] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .scalar:
                if let text = reader.string(item, key: key) { charges.append(Charge(text: text)) }
            case .mapping:
                if let charge = article(item, what: "item \(index + 1) of \"\(key)\"", reader: &reader, lists: lists) {
                    charges.append(charge)
                }
            case .sequence:
                reader.report(.wrongType, "each item of \"\(key)\" must be text or an article (article: 234.4.3), not a list", at: item)
            }
        }
        return charges
    }

    private static func article(_ item: YAMLNode, what: String, reader: inout FieldReader, lists: ContentLists) -> Charge? {
        guard let fields = reader.fields(of: item, allowed: keys, what: what) else { return nil }
        let text = reader.string("text", in: fields, what: what)
        let code = reader.string("code", in: fields, what: what) ?? Charge.defaultCode
        guard let node = reader.require("article", in: fields, what: what),
              let article = reader.string(node, key: "article") else { return nil }
        guard Charge.isArticleNumber(article) else {
            reader.report(.invalidValue, "\"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \"\(article)\"", at: node)
            return nil
        }
        guard let list = lists.charges else { return Charge(article: article, code: code, text: text) }
        if let named = list.text(article: article, code: code) {
            return Charge(article: article, code: code, text: text ?? named)
        }
        reader.report(.unknownArticle, unknownMessage(article, code: code, list: list, hasText: text != nil), at: node)
        return Charge(article: article, code: code, text: text)
    }

    static func unknownMessage(_ article: String, code: String, list: ChargeList, hasText: Bool) -> String {
        let start = "article \(article) of the \(code) is not in content/charges.yml"
        let shown = hasText ? "" : " (it is shown as the article alone)"
        guard let articles = list.articles(of: code) else {
            let codes = list.codes.map(\.code)
            if let other = Suggestions.closest(to: code, in: codes) { return start + "; did you mean the code \"\(other)\"?" }
            if let elsewhere = list.codes.first(where: { entry in entry.articles.contains { $0.article == article } }) {
                return start + "; it is there under \(elsewhere.code): write code: \(elsewhere.code)"
            }
            return start + ", which names no article of that code; add it there\(shown)"
        }
        if let near = Suggestions.closest(to: article, in: articles.map(\.article)),
           let text = articles.first(where: { $0.article == near })?.text {
            return start + "; did you mean \(near) (\(text))?"
        }
        return start + "; add it there with what it is\(shown)"
    }
}

// MARK: - prisons.yml

/// `content/prisons.yml`: each prison by slug, with its name, place, kind and other spellings.
struct PrisonList: Sendable {
    static let keys = ["name", "place", "kind", "aliases", "names"]
    static let what = "prisons.yml"

    private(set) var prisons: [Prison] = []
    /// Folded slug, name and alias → index in `prisons`.
    private var byKey: [String: Int] = [:]
    /// Every spelling with its key, for suggestions: (key, the name to suggest).
    private var spellings: [(key: String, prison: Int)] = []

    /// Case, diacritics, punctuation and Azerbaijani or Cyrillic letters set aside, as
    /// `docket new` romanises names: "Prison No. 12", "prison no 12" and "PRİSON №12" meet.
    static func key(_ text: String) -> String {
        let words = Romanisation.words(text)
        return words.isEmpty ? text.lowercased() : words.joined(separator: " ")
    }

    /// The prison `text` names by slug, name or alias.
    func resolve(_ text: String) -> Prison? {
        byKey[Self.key(text)].map { prisons[$0] }
    }

    /// The prison whose spelling is nearest to `text`, if one is near.
    func suggestion(for text: String) -> Prison? {
        guard let near = Suggestions.closest(to: Self.key(text), in: spellings.map(\.key)) else { return nil }
        return spellings.first { $0.key == near }.map { prisons[$0.prison] }
    }

    /// `languages`: the codes site.yml declares, which `names:` may use (nil: site.yml unread, any).
    static func decode(bytes: [UInt8], path: String, languages: [String]? = nil) -> (PrisonList?, [Diagnostic]) {
        var reader = FieldReader(file: path, lineOffset: 0)
        guard let root = ContentLists.root(bytes: bytes, reader: &reader) else { return (nil, reader.diagnostics) }
        var list = PrisonList()
        guard let root else { return (list, reader.diagnostics) }
        guard case .mapping(let pairs, _) = root else {
            reader.report(.wrongType, "prisons.yml must be a mapping of slugs to prisons (zabrat-pretrial: with name, place and kind under it), not \(reader.describe(root))", at: root)
            return (nil, reader.diagnostics)
        }
        for pair in pairs {
            guard let slug = reader.string(pair.key, key: "slug") else { continue }
            guard ContentFile.isValidSlug(slug) else {
                reader.report(.invalidSlug, "\"\(slug)\" is not a valid prison slug; use lowercase ASCII letters, digits and single hyphens (like baku-pretrial-1)", at: pair.key)
                continue
            }
            let what = "prison \"\(slug)\""
            guard let fields = reader.fields(of: pair.value, allowed: keys, what: what) else { continue }
            let name = reader.string("name", in: fields, required: true, what: what)
            let place = reader.string("place", in: fields, what: what)
            let kind = reader.require("kind", in: fields, what: what).flatMap {
                reader.oneOf(Prison.Kind.self, $0, key: "kind", noun: "prison kind")
            }
            let aliases = reader.stringList("aliases", in: fields)
            let names = LanguageNames.decode(fields["names"]?.value, what: what, languages: languages, reader: &reader)
            guard let name, let kind else { continue }
            let index = list.prisons.count
            var prison = Prison(slug: slug, name: name, place: place, kind: kind, aliases: aliases.map(\.0))
            prison.names = Dictionary(names.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            list.prisons.append(prison)
            // A name in another language is one more spelling `prison:` may use.
            let written = [(slug, pair.key), (name, fields["name"]?.value ?? pair.key)] + aliases + names.map { ($0.name, $0.node) }
            for (text, node) in written {
                let key = Self.key(text)
                if let other = list.byKey[key] {
                    if other != index {
                        let first = list.prisons[other]
                        reader.report(.duplicateEntry, "\"\(text)\" is already a name of prison \"\(first.slug)\" (\(first.name)); it stays that prison's", at: node)
                    }
                    continue
                }
                list.byKey[key] = index
                list.spellings.append((key, index))
            }
        }
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (list, reader.diagnostics)
    }
}

/// A prisoner's `prison:` (or a detention's): a slug, name or alias from `prisons.yml`, or free
/// text without it.
enum PrisonField {
    static func decode(_ node: YAMLNode, key: String = "prison", reader: inout FieldReader, lists: ContentLists) -> PrisonReference? {
        guard let text = reader.string(node, key: key) else { return nil }
        guard let list = lists.prisons else { return PrisonReference(name: text) }
        if let prison = list.resolve(text) { return PrisonReference(name: prison.name, slug: prison.slug) }
        let hint = list.suggestion(for: text).map { "did you mean \"\($0.name)\" (\($0.slug))?" }
            ?? "add it there (with its name, place and kind), or write a slug, name or alias from it"
        reader.report(.unknownPrison, "prison \"\(text)\" is not in content/prisons.yml, so it is shown as written, with no page; \(hint)", at: node)
        return PrisonReference(name: text)
    }
}
