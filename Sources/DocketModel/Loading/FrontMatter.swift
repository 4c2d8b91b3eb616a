#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A content file split into its YAML front matter and its Markdown body.
///
/// The file starts with a line `---`, then YAML, then a line `---`, then the body. The body
/// may not start with a second such block (see `secondBlock`): its keys would be published.
public struct FrontMatter: Equatable, Sendable {
    /// The YAML between the two `---` lines.
    public let yaml: String
    /// The file line on which the YAML starts (line 2 of the file).
    public let yamlFirstLine: Int
    /// The file line on which the body starts.
    public let bodyFirstLine: Int
    /// Where the body starts in the text, in UTF-8 bytes.
    public let bodyOffset: Int
    /// The whole text's bytes; the body is the part from `bodyOffset`, made into text only
    /// when asked for (a site build renders bodies later, from the file).
    private let text: ArraySlice<UInt8>

    /// The Markdown after the closing `---` line.
    public var body: String { String(decoding: bodyBytes, as: UTF8.self) }

    /// True when the body is only spaces, tabs and line ends.
    public var bodyIsBlank: Bool { bodyBytes.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 } }

    var bodyBytes: ArraySlice<UInt8> { text[(text.startIndex + bodyOffset)...] }

    /// Hands `body` the body's UTF-8 bytes, without a copy.
    public func withBodyUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bodyBytes.withUnsafeBufferPointer(body)
    }

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let code: DiagnosticCode
        public let line: Int
        public let message: String
        public var description: String { message }
    }

    /// Splits text whose line ends are already LF (see `ContentText`).
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        split(utf8: Array(text.utf8)[...])
    }

    /// Splits checked UTF-8 text whose line ends are already LF (see `ContentText.check`).
    /// Only ASCII `\n`, `-`, space and tab matter here.
    public static func split(utf8 bytes: ArraySlice<UInt8>) -> Result<FrontMatter, Problem> {
        if bytes.allSatisfy({ $0 == 10 || $0 == 32 || $0 == 9 }) {
            return .failure(Problem(code: .emptyFrontMatter, line: 1, message: "file is empty; expected front matter between two lines \"---\""))
        }
        let neverClosed = Problem(code: .unclosedFrontMatter, line: 1, message: "front matter opened on line 1 is never closed; expected a line \"---\" after it")
        let firstEnd = lineEnd(bytes, from: bytes.startIndex)
        guard isDelimiter(bytes[bytes.startIndex..<firstEnd]) else {
            return .failure(Problem(code: .noFrontMatter, line: 1, message: "expected front matter: the file must start with a line \"---\""))
        }
        guard firstEnd < bytes.endIndex else { return .failure(neverClosed) }
        let yamlStart = firstEnd + 1
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart <= bytes.endIndex {
            let end = lineEnd(bytes, from: lineStart)
            // A delimiter line is short: only those are looked at closely.
            if end - lineStart >= 3, end - lineStart <= 64, bytes[lineStart] == 45, isDelimiter(bytes[lineStart..<end]) {
                // The YAML is every line before this one, without the last line end.
                let yamlEnd = lineStart == yamlStart ? yamlStart : lineStart - 1
                let bodyStart = end < bytes.endIndex ? end + 1 : bytes.endIndex
                if let second = secondBlock(bytes, from: bodyStart, line: lineNumber + 1) {
                    return .failure(Problem(code: .secondFrontMatter, line: second, message: "a second front-matter block starts here; front matter is the one "
                        + "block between the first two lines \"---\", and keys below it would be published as text: move them "
                        + "into it (for a horizontal rule at the start of the body, write \"***\")"))
                }
                return .success(FrontMatter(yaml: String(decoding: bytes[yamlStart..<yamlEnd], as: UTF8.self), yamlFirstLine: 2,
                                            bodyFirstLine: lineNumber + 1, bodyOffset: bodyStart - bytes.startIndex, text: bytes))
            }
            guard end < bytes.endIndex else { break }
            lineStart = end + 1
            lineNumber += 1
        }
        return .failure(neverClosed)
    }

    /// The line of a second front-matter block at the start of the body (after blank lines):
    /// a line `---`, lines that read as YAML with at least one `key:`, and a closing `---`.
    /// A thematic break anywhere else, or one followed by Markdown, is not one.
    private static func secondBlock(_ bytes: ArraySlice<UInt8>, from start: Int, line firstLine: Int) -> Int? {
        var lineStart = start
        var line = firstLine
        var opening: Int?
        var hasKey = false
        while lineStart < bytes.endIndex {
            let end = lineEnd(bytes, from: lineStart)
            let text = bytes[lineStart..<end]
            let isBlank = text.allSatisfy { $0 == 32 || $0 == 9 }
            if opening == nil {
                if !isBlank {
                    guard isDelimiter(text) else { return nil }
                    opening = line
                }
            } else if isDelimiter(text) {
                return hasKey ? opening : nil
            } else if isKeyLine(text) {
                hasKey = true
            } else if !(isBlank || text.first == 32 || text.first == 9 || text.first == 35
                        || text.elementsEqual([45]) || text.starts(with: [45, 32])) {
                return nil  // neither blank, indented, a comment nor a list item: Markdown
            }
            lineStart = end + 1
            line += 1
        }
        return nil
    }

    /// `key:` at the start of a line, then a space, a tab or the line's end.
    private static func isKeyLine(_ line: ArraySlice<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 97 && byte | 0x20 <= 122 || byte == 95 }
        guard let first = line.first, isLetter(first) else { return false }
        guard let colon = line.firstIndex(where: { !(isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == 45) }), line[colon] == 58 else { return false }
        let after = colon + 1
        return after == line.endIndex || line[after] == 32 || line[after] == 9
    }

    /// Where the line starting at `start` ends: the index of its `\n`, or the end of the text.
    private static func lineEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        guard start < bytes.endIndex else { return bytes.endIndex }
        return bytes.withUnsafeBufferPointer { buffer in
            let offset = start - bytes.startIndex
            guard let base = buffer.baseAddress,
                  let found = memchr(base + offset, 10, buffer.count - offset) else { return bytes.endIndex }
            return start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + offset))
        }
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 32 || last == 9 { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8)
    }
}
