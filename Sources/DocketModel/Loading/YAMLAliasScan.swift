import CYaml

/// Finds the first alias (`*name`) in YAML with libyaml's own scanner, so that what counts as
/// an alias is exactly what the parser would expand: quotes, flow collections, tabs and comments
/// cannot hide one. Scanning stops at the first syntax error (the parser reports it).
enum YAMLAliasScan {
    static func firstAlias(in yaml: String) -> (line: Int, column: Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var token = yaml_token_t()
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                switch token.type {
                case YAML_ALIAS_TOKEN:
                    return (Int(token.start_mark.line) + 1, Int(token.start_mark.column) + 1)
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
