/// A content file split into its YAML front matter and its Markdown body.
///
/// The file starts with a line `---`, then YAML, then a line `---`, then the body.
public struct FrontMatter: Equatable, Sendable {
    /// The YAML between the two `---` lines.
    public let yaml: String
    /// The file line on which the YAML starts (line 2 of the file).
    public let yamlFirstLine: Int
    /// The Markdown after the closing `---` line.
    public let body: String
    /// The file line on which the body starts.
    public let bodyFirstLine: Int

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { message }
    }

    /// Splits text whose line ends are already LF (see `ContentText`).
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        if text.isEmpty || text.allSatisfy({ $0 == "\n" || $0 == " " || $0 == "\t" }) {
            return .failure(Problem(line: 1, message: "file is empty; expected front matter between two lines \"---\""))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isDelimiter(first) else {
            return .failure(Problem(line: 1, message: "expected front matter: the file must start with a line \"---\""))
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 2
        while let line = lines.first {
            lines = lines.dropFirst()
            if isDelimiter(line) {
                let body = lines.joined(separator: "\n")
                return .success(FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                                            body: body, bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
            lineNumber += 1
        }
        return .failure(Problem(line: 1, message: "front matter opened on line 1 is never closed; expected a line \"---\" after it"))
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed == "---"
    }
}
