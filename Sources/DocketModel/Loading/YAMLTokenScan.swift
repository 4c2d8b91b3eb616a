import CYaml

/// What front matter is refused for before it is parsed, found with libyaml's own scanner so
/// that the answer is exactly the parser's: quotes, flow collections, tabs and comments cannot
/// hide an alias. Scanning stops at the first syntax error (the parser then reports it).
enum YAMLTokenScan {
    /// Deeper nesting than any front matter needs; libyaml's scanner slows down with depth.
    static let maximumDepth = 32
    /// Front matter is a few hundred bytes; the body holds the long text.
    static let maximumSize = 256 * 1024

    enum Finding: Equatable {
        /// `*name`: aliases can describe exponentially large documents ("billion laughs").
        case alias(line: Int, column: Int)
        case tooDeep(line: Int, column: Int)
        case tooLarge(bytes: Int)
    }

    static func firstProblem(in yaml: String) -> Finding? {
        let size = yaml.utf8.count
        if size > maximumSize { return .tooLarge(bytes: size) }
        if cannotHoldAProblem(yaml) { return nil }
        return firstProblemByScanning(yaml)
    }

    static func firstProblemByScanning(_ yaml: String) -> Finding? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Finding? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var token = yaml_token_t()
            var depth = 0
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                let line = Int(token.start_mark.line) + 1
                let column = Int(token.start_mark.column) + 1
                switch token.type {
                case YAML_ALIAS_TOKEN:
                    return .alias(line: line, column: column)
                case YAML_FLOW_SEQUENCE_START_TOKEN, YAML_FLOW_MAPPING_START_TOKEN,
                     YAML_BLOCK_SEQUENCE_START_TOKEN, YAML_BLOCK_MAPPING_START_TOKEN:
                    depth += 1
                    if depth > maximumDepth { return .tooDeep(line: line, column: column) }
                case YAML_FLOW_SEQUENCE_END_TOKEN, YAML_FLOW_MAPPING_END_TOKEN, YAML_BLOCK_END_TOKEN:
                    depth -= 1
                case YAML_STREAM_END_TOKEN, YAML_NO_TOKEN:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }

    /// True when the bytes alone show that there is no alias and no nesting deeper than
    /// `maximumDepth`, so the token scan (which costs about as much as the parse) can be
    /// skipped. Conservative: anything unclear is left to the scan.
    ///
    /// - Alias: every `*` must sit inside text: right after a letter, a digit or a non-ASCII
    ///   byte, or after spaces that follow one (or a full stop). A `*` that begins a node comes
    ///   after an indicator (`:`, `-`, `[`, `,`, `?`), a quote or a line start; after a tag or
    ///   an anchor the parser refuses it anyway.
    /// - Depth: each block collection starts at a column deeper than its parent's, either a
    ///   line's indentation or just after a leading `- `, `? ` or `: `; each flow collection
    ///   needs a `[` or `{`. Fewer such columns and brackets than the limit bound the depth.
    static func cannotHoldAProblem(_ yaml: String) -> Bool {
        var text = yaml
        return text.withUTF8 { bytes -> Bool in
            func isText(_ byte: UInt8) -> Bool {
                byte >= 0x80 || (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
            }
            var columns = Set<Int>()
            var brackets = 0
            var index = 0
            let count = bytes.count
            while index < count {
                // One line: its indentation and leading indicators, then its bytes.
                let lineStart = index
                while index < count, bytes[index] == 32 { index += 1 }
                if index < count, bytes[index] != 10, bytes[index] != 35 {
                    columns.insert(index - lineStart)
                    while index + 1 < count, bytes[index] == 45 || bytes[index] == 63 || bytes[index] == 58,
                          bytes[index + 1] == 32 {
                        index += 1
                        while index < count, bytes[index] == 32 { index += 1 }
                        if index < count, bytes[index] != 10 { columns.insert(index - lineStart) }
                    }
                }
                var lastText: UInt8 = 0  // the last byte on this line that is not a space or tab
                var previous: UInt8 = 10
                while index < count, bytes[index] != 10 {
                    let byte = bytes[index]
                    switch byte {
                    case 91, 123: brackets += 1
                    case 42:
                        // A run of stars (Markdown's **) is inside text when its first one is.
                        let insideText = isText(previous) || previous == 42 || previous == 46
                            || ((previous == 32 || previous == 9) && (isText(lastText) || lastText == 46))
                        if !insideText { return false }
                    default: break
                    }
                    if byte != 32 && byte != 9 { lastText = byte }
                    previous = byte
                    index += 1
                }
                index += 1
                if columns.count + brackets > maximumDepth { return false }
            }
            return true
        }
    }
}
