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
}
