/// Tags in front matter: YAML 1.2's core schema, honoured and checked, and nothing else.
///
/// `!!str` makes a value text (`!!str null` is the text "null"); `!!int`, `!!float`, `!!bool`
/// and `!!null` must fit their values (which are still read as text, or as missing for null);
/// `!!seq` and `!!map` must fit their nodes; the non-specific `!` is text. Any other tag, a
/// local one (`!x`) above all, is refused where it is written: a tag docket did not read could
/// make a key or a value mean something else without a word.
enum YAMLTags {
    enum Node {
        case scalar(String)
        case sequence
        case mapping

        var description: String {
            switch self {
            case .scalar: return "a single value"
            case .sequence: return "a list"
            case .mapping: return "a mapping"
            }
        }
    }

    private static let core = "tag:yaml.org,2002:"

    /// Whether the scalar `value`, written plain or not, is YAML's null.
    static func isNull(_ value: String, plain: Bool) -> Bool {
        plain && value.utf8.count <= 4 && isNullText(value)
    }

    /// Checks `node` against its `tag` (libyaml's resolved text); returns whether it is null.
    static func check(_ tag: UnsafePointer<UInt8>, _ node: Node, at position: YAMLNode.Position) throws(YAMLDocument.Problem) -> Bool {
        let tag = String(cString: tag)
        if tag == "!" { return false }
        guard tag.hasPrefix(core) else { throw refused(tag, at: position) }
        let name = tag.dropFirst(core.count)
        let expected: String
        let fits: Bool
        switch name {
        case "str":
            expected = "text"
            if case .scalar = node { return false }
            fits = false
        case "seq":
            expected = "a list"
            if case .sequence = node { return false }
            fits = false
        case "map":
            expected = "a mapping"
            if case .mapping = node { return false }
            fits = false
        case "null":
            expected = "empty, ~ or null"
            guard case .scalar(let value) = node else { fits = false; break }
            fits = value.isEmpty || isNullText(value)
            if fits { return true }
        case "bool":
            expected = "true or false"
            guard case .scalar(let value) = node else { fits = false; break }
            fits = ["true", "True", "TRUE", "false", "False", "FALSE"].contains(value)
        case "int":
            expected = "an integer"
            guard case .scalar(let value) = node else { fits = false; break }
            fits = isInteger(value)
        case "float":
            expected = "a number"
            guard case .scalar(let value) = node else { fits = false; break }
            fits = isFloat(value)
        default:
            throw refused(tag, at: position)
        }
        if fits { return false }
        let found: String
        // A scalar tag on a wrong scalar shows the value; otherwise the kind of node is wrong.
        if case .scalar(let value) = node, name != "seq", name != "map" { found = "\"\(value)\"" } else { found = node.description }
        throw YAMLDocument.Problem(code: .yamlTag, line: position.line, column: position.column,
                                   message: "the value tagged !!\(name) must be \(expected), not \(found)")
    }

    private static func refused(_ tag: String, at position: YAMLNode.Position) -> YAMLDocument.Problem {
        let written = tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag.hasPrefix("!") ? tag : "!<\(tag)>"
        return YAMLDocument.Problem(code: .yamlTag, line: position.line, column: position.column, message:
            "the tag \"\(written)\" is not allowed in front matter; only YAML's core tags are (!!str, !!int, !!float, !!bool, !!null, !!seq, !!map), and text that starts with \"!\" belongs in quotes")
    }

    private static func isNullText(_ value: String) -> Bool {
        value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    private static func isInteger(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        func all(_ digits: ArraySlice<UInt8>, _ isDigit: (UInt8) -> Bool) -> Bool { !digits.isEmpty && digits.allSatisfy(isDigit) }
        if bytes.starts(with: "0o".utf8) { return all(bytes[2...]) { $0 >= 48 && $0 <= 55 } }
        if bytes.starts(with: "0x".utf8) { return all(bytes[2...]) { isDecimal($0) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) } }
        let unsigned = bytes.first == 43 || bytes.first == 45 ? bytes.dropFirst() : bytes[...]
        return all(unsigned, isDecimal)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)` or `\.(nan|NaN|NAN)`.
    private static func isFloat(_ value: String) -> Bool {
        if [".nan", ".NaN", ".NAN"].contains(value) { return true }
        var rest = value.utf8[...]
        if rest.first == 43 || rest.first == 45 { rest = rest.dropFirst() }
        if [".inf", ".Inf", ".INF"].contains(where: { rest.elementsEqual($0.utf8) }) { return true }
        let whole = rest.prefix(while: isDecimal)
        rest = rest.dropFirst(whole.count)
        var fraction = rest.prefix(0)
        if rest.first == 46 {
            rest = rest.dropFirst()
            fraction = rest.prefix(while: isDecimal)
            rest = rest.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if let e = rest.first, e | 0x20 == 101 {
            rest = rest.dropFirst()
            if rest.first == 43 || rest.first == 45 { rest = rest.dropFirst() }
            let exponent = rest.prefix(while: isDecimal)
            guard !exponent.isEmpty else { return false }
            rest = rest.dropFirst(exponent.count)
        }
        return rest.isEmpty
    }

    private static func isDecimal(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
