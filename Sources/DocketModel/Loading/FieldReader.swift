/// Reads typed values out of a YAML node, collecting a diagnostic for every problem
/// at the line and column of the offending key or item.
struct FieldReader {
    let file: String
    /// Added to YAML line numbers to make them file line numbers.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// The site's date (`--as-of`), for the checks in `SiteDateChecks`; nil checks nothing against it.
    var asOf: PartialDate? = nil

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// A mapping's entries by key, with its key node for positions.
    ///
    /// A handful of allowed keys, each at most once (YAML refuses a repeated key): a list
    /// searched in order costs less than hashing every key.
    struct Fields {
        let node: YAMLNode
        var entries: [(name: String, key: YAMLNode, value: YAMLNode)]
        subscript(key: String) -> (key: YAMLNode, value: YAMLNode)? {
            for entry in entries where entry.name == key { return (entry.key, entry.value) }
            return nil
        }
    }

    // MARK: Diagnostics

    func position(of node: YAMLNode?) -> (line: Int, column: Int) {
        guard let position = node?.position else { return (lineOffset, 1) }
        return (position.line + lineOffset, position.column)
    }

    /// A problem at a node (nil: the top of the YAML), an error or a warning as `code` says.
    mutating func report(_ code: DiagnosticCode, _ message: String, at node: YAMLNode?) {
        let (line, column) = position(of: node)
        diagnostics.append(Diagnostic(code, message, file: file, line: line, column: column))
    }

    /// A problem at a line and column of the file.
    mutating func report(_ code: DiagnosticCode, _ message: String, line: Int, column: Int = 1) {
        diagnostics.append(Diagnostic(code, message, file: file, line: line, column: column))
    }

    // MARK: Structure

    /// The root of front matter's YAML, which starts on the file's line `firstLine`; nil, with
    /// the problem reported, when the YAML is broken or empty (`ifEmpty` is then the message).
    mutating func root(ofYAML yaml: String, firstLine: Int, ifEmpty message: String) -> YAMLNode? {
        switch YAMLDocument.parse(yaml) {
        case .success(let node?):
            return node
        case .success(nil):
            report(.emptyFrontMatter, message, line: 1)
            return nil
        case .failure(let problem):
            report(problem.code, problem.message, line: problem.line + firstLine - 1, column: problem.column)
            return nil
        }
    }

    /// The entries of a mapping; unknown keys are reported with a suggestion.
    mutating func fields(of node: YAMLNode, allowed: [String], what: String) -> Fields? {
        guard case .mapping(let mapping, _) = node else {
            report(.wrongType, "\(what) must be a mapping of keys to values, not \(describe(node))", at: node)
            return nil
        }
        var fields = Fields(node: node, entries: [])
        fields.entries.reserveCapacity(mapping.count)
        for pair in mapping {
            let (key, value) = (pair.key, pair.value)
            guard let name = key.scalar?.string else {
                report(.wrongType, "keys in \(what) must be plain words", at: key)
                continue
            }
            guard allowed.contains(name) else {
                let hint = Suggestions.closest(to: name, in: allowed).map { "; did you mean \"\($0)\"?" }
                    ?? "; expected one of \(allowed.joined(separator: ", "))"
                report(.unknownKey, "unknown key \"\(name)\" in \(what)\(hint)", at: key)
                continue
            }
            fields.entries.append((name, key, value))
        }
        return fields
    }

    mutating func require(_ key: String, in fields: Fields, what: String) -> YAMLNode? {
        guard let entry = fields[key], !isNull(entry.value) else {
            let at = fields[key]?.key ?? fields.node
            report(.missingKey, "missing required key \"\(key)\" in \(what)", at: at)
            return nil
        }
        return entry.value
    }

    func optional(_ key: String, in fields: Fields) -> YAMLNode? {
        guard let entry = fields[key], !isNull(entry.value) else { return nil }
        return entry.value
    }

    /// YAML's null, which counts as missing (the composer decides it, tags included).
    func isNull(_ node: YAMLNode) -> Bool {
        node.scalar?.isNull == true
    }

    func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    // MARK: Values

    /// Text: any scalar, trimmed; an empty string is reported.
    mutating func string(_ node: YAMLNode, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.wrongType, "\"\(key)\" must be text, not \(describe(node))", at: node)
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            report(.emptyValue, "\"\(key)\" is empty", at: node)
            return nil
        }
        // Printable ASCII holds neither controls nor bidirectional marks.
        if text.isPrintableASCII { return text }
        // A YAML escape ("\x1b", "\u0007") can put a control character in a value the file's bytes do not show.
        if let control = text.unicodeScalars.first(where: { Diagnostic.isControl($0) }) {
            report(.controlCharacter, "\"\(key)\" contains the control character \(Diagnostic.scalarName(control.value)); remove it", at: node)
            return nil
        }
        // Bidirectional embeddings, overrides and isolates can make a name or a status read
        // differently from what it is ("Trojan Source"); right-to-left names need none of them.
        if let bidi = text.unicodeScalars.first(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            report(.bidiControl, "\"\(key)\" contains the bidirectional control \(Diagnostic.scalarName(bidi.value)), which can disguise text; remove it", at: node)
            return nil
        }
        return text
    }

    mutating func string(_ key: String, in fields: Fields, required: Bool = false, what: String) -> String? {
        let node = required ? require(key, in: fields, what: what) : optional(key, in: fields)
        return node.flatMap { string($0, key: key) }
    }

    /// A list of text; a single value is accepted as a list of one.
    mutating func stringList(_ key: String, in fields: Fields) -> [(String, YAMLNode)] {
        guard let node = optional(key, in: fields) else { return [] }
        switch node {
        case .scalar:
            return string(node, key: key).map { [($0, node)] } ?? []
        case .sequence(let sequence, _):
            var items: [(String, YAMLNode)] = []
            for item in sequence {
                guard case .scalar = item else {
                    report(.wrongType, "each item of \"\(key)\" must be text, not \(describe(item))", at: item)
                    continue
                }
                if let text = string(item, key: key) { items.append((text, item)) }
            }
            return items
        default:
            report(.wrongType, "\"\(key)\" must be a list of text, not \(describe(node))", at: node)
            return []
        }
    }

    mutating func date(_ node: YAMLNode, key: String) -> PartialDate? {
        guard let text = string(node, key: key) else { return nil }
        do {
            return try PartialDate(parsing: text)
        } catch {
            report(.invalidDate, "\"\(key)\": \(error.description)", at: node)
            return nil
        }
    }

    mutating func date(_ key: String, in fields: Fields, required: Bool = false, what: String) -> PartialDate? {
        let node = required ? require(key, in: fields, what: what) : optional(key, in: fields)
        return node.flatMap { date($0, key: key) }
    }

    /// A date or date-time with a zone (`embargo_until`).
    mutating func moment(_ key: String, in fields: Fields) -> Moment? {
        guard let node = optional(key, in: fields), let text = string(node, key: key) else { return nil }
        do {
            return try Moment(parsing: text)
        } catch {
            report(.invalidDate, "\"\(key)\": \(error.description)", at: node)
            return nil
        }
    }

    mutating func bool(_ key: String, in fields: Fields) -> Bool {
        guard let node = optional(key, in: fields) else { return false }
        guard case .scalar(let scalar) = node else {
            report(.wrongType, "\"\(key)\" must be true or false, not \(describe(node))", at: node)
            return false
        }
        switch scalar.string.lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(.unknownValue, "\"\(key)\" must be true or false, not \"\(scalar.string)\"", at: node)
            return false
        }
    }

    /// One of an enumeration's raw values; the error lists them all.
    mutating func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ node: YAMLNode, key: String, noun: String) -> T?
    where T.RawValue == String {
        guard let text = string(node, key: key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let hint = Suggestions.closest(to: text, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
        report(.unknownValue, "unknown \(noun) \"\(text)\"\(hint); expected one of \(allowed.joined(separator: ", "))", at: node)
        return nil
    }

    /// An absolute http or https URL.
    mutating func url(_ node: YAMLNode, key: String) -> String? {
        guard let text = string(node, key: key) else { return nil }
        guard URLCheck.isWebURL(text) else {
            report(.invalidURL, "\"\(key)\" must be an http or https URL, not \"\(text)\"", at: node)
            return nil
        }
        return text
    }
}

enum URLCheck {
    /// `http://host…` or `https://host…` with a host and no spaces or control characters.
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = lower.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = lower.dropFirst(7) }
        else { return false }
        guard let first = rest.first, first != "/", first != "?", first != "#" else { return false }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Text that starts and ends with printable ASCII other than a space has nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// True when every byte is printable ASCII (a space to a tilde): no control character, no
    /// bidirectional mark, nothing to normalise.
    var isPrintableASCII: Bool {
        func printable(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
        return utf8.withContiguousStorageIfAvailable { $0.allSatisfy(printable) } ?? utf8.allSatisfy(printable)
    }
}
