/// A content file split into its YAML front matter and its Markdown body.
///
/// The file starts with a line `---`, then YAML, then a line `---`, then the body.
public struct FrontMatter: Equatable, Sendable {
    /// The YAML between the two `---` lines.
    public let yaml: String
    /// The file line on which the YAML starts (line 2 of the file).
    public let yamlFirstLine: Int
    /// The file line on which the body starts.
    public let bodyFirstLine: Int
    /// Where the body starts in the text, in UTF-8 bytes.
    public let bodyOffset: Int
    /// The whole text; the body is the part from `bodyOffset`, copied only when asked for
    /// (a site build renders bodies later, from the file).
    private let text: String

    /// The Markdown after the closing `---` line.
    public var body: String { String(Substring(bodyUTF8)) }

    /// True when the body is only spaces, tabs and line ends.
    public var bodyIsBlank: Bool { bodyUTF8.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 } }

    private var bodyUTF8: Substring.UTF8View { Substring(text).utf8.dropFirst(bodyOffset) }

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { message }
    }

    /// Splits text whose line ends are already LF (see `ContentText`).
    /// Works on the UTF-8 bytes: only ASCII `\n`, `-`, space and tab matter here.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 == 10 || $0 == 32 || $0 == 9 }) {
            return .failure(Problem(line: 1, message: "file is empty; expected front matter between two lines \"---\""))
        }
        var lineStart = bytes.startIndex
        guard let firstEnd = lineEnd(bytes, from: lineStart), isDelimiter(bytes[lineStart..<firstEnd.end]) else {
            return .failure(Problem(line: 1, message: "expected front matter: the file must start with a line \"---\""))
        }
        guard let yamlStart = firstEnd.next else {
            return .failure(Problem(line: 1, message: "front matter opened on line 1 is never closed; expected a line \"---\" after it"))
        }
        lineStart = yamlStart
        var lineNumber = 2
        while let line = lineEnd(bytes, from: lineStart) {
            if isDelimiter(bytes[lineStart..<line.end]) {
                // The YAML is every line before this one, without the last line end.
                let yamlEnd = lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart)
                let bodyOffset = line.next.map { bytes.distance(from: bytes.startIndex, to: $0) } ?? bytes.count
                return .success(FrontMatter(yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                                            bodyFirstLine: lineNumber + 1, bodyOffset: bodyOffset, text: text))
            }
            guard let next = line.next else { break }
            lineStart = next
            lineNumber += 1
        }
        return .failure(Problem(line: 1, message: "front matter opened on line 1 is never closed; expected a line \"---\" after it"))
    }

    /// Where the line starting at `start` ends (before its `\n`) and where the next one starts
    /// (nil when this is the last line). Nil when `start` is past the end.
    private static func lineEnd(_ bytes: String.UTF8View, from start: String.Index) -> (end: String.Index, next: String.Index?)? {
        guard start <= bytes.endIndex else { return nil }
        guard let newline = bytes[start...].firstIndex(of: 10) else { return (bytes.endIndex, nil) }
        return (newline, bytes.index(after: newline))
    }

    private static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 32 || last == 9 { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8)
    }
}
