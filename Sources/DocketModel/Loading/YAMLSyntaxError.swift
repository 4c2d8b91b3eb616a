import CLibYAML

/// libyaml's error, once it stops, as a problem at the file's line and column, with plainer
/// words for the mistakes editors make most (a tab for indentation, a quote never closed).
enum YAMLSyntaxError {
    static func problem(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, positions: YAMLPositions) -> YAMLDocument.Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .init(code: .yamlSyntax, line: 1, column: 1, message: "YAML: out of memory")
        case YAML_READER_ERROR:
            let at = YAMLPositions.position(ofByte: Int(parser.problem_offset), in: bytes)
            return .init(code: .yamlSyntax, line: at.line, column: at.column, message: "YAML: \(problem)")
        default:
            let at = positions.position(parser.problem_mark)
            if problem.hasPrefix("Maximum nesting level reached") {
                return .init(code: .yamlTooDeep, line: at.line, column: at.column, message: YAMLComposer.tooDeepMessage)
            }
            if problem.contains("cannot start any token"), line(at.line, of: bytes).contains(9) {
                return .init(code: .yamlSyntax, line: at.line, column: at.column, message: "YAML: a tab cannot indent YAML; use spaces")
            }
            if problem.contains("unexpected end of stream"), let context, context.contains("quoted scalar") {
                let opened = positions.position(parser.context_mark)
                return .init(code: .yamlSyntax, line: opened.line, column: opened.column, message: "YAML: the quote opened here is never closed")
            }
            return .init(code: .yamlSyntax, line: at.line, column: at.column, message: "YAML: \(problem)" + (context.map { " \($0)" } ?? ""))
        }
    }

    /// The bytes of the file's line `number` (lines end at LF).
    private static func line(_ number: Int, of bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? ArraySlice(lines[number - 1]) : []
    }
}
