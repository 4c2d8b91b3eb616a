import CLibYAML
import DocketSupport

/// libyaml's error, once it stops, as a problem at the file's line and column, with plainer
/// words for the mistakes editors make most: a tab for indentation, a quote never closed, an
/// unquoted value that holds `: `, and a list item indented differently from the one before.
enum YAMLSyntaxError {
    static let tabMessage = "YAML: a tab cannot indent YAML; use spaces"

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
                return .init(code: .yamlSyntax, line: at.line, column: at.column, message: tabMessage)
            }
            if problem.contains("found a tab character that violates indentation") {
                return .init(code: .yamlSyntax, line: at.line, column: at.column, message: tabMessage)
            }
            if problem.contains("unexpected end of stream"), let context, context.contains("quoted scalar") {
                let opened = positions.position(parser.context_mark)
                return .init(code: .yamlSyntax, line: opened.line, column: opened.column, message: "YAML: the quote opened here is never closed")
            }
            if problem.contains("mapping values are not allowed") {
                return .init(code: .yamlSyntax, line: at.line, column: at.column,
                             message: colonInValue(line: line(at.line, of: bytes), column: at.column))
            }
            // A list item further left than the one before it: libyaml expected the mapping's next key,
            // or the list's next "-", and found this item.
            if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator"),
               let message = misalignedItem(line: at.line, of: bytes) {
                return .init(code: .yamlSyntax, line: at.line, column: message.column, message: message.text)
            }
            return .init(code: .yamlSyntax, line: at.line, column: at.column, message: "YAML: \(problem)" + (context.map { " \($0)" } ?? ""))
        }
    }

    /// `outlet: Meydan TV: Baku`: libyaml stops at the second `: `. The message says to quote
    /// the value and shows the line as it should be written, its comment kept outside the quotes.
    static func colonInValue(line bytes: ArraySlice<UInt8>, column: Int) -> String {
        let advice = "YAML: a value that contains \": \" must be put in quotes (else YAML reads a second key)"
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let stop = min(max(column - 1, 0), scalars.count)
        // The first `: ` of the line, before the one libyaml stopped at, ends the key.
        var keyEnd: Int?
        var index = 0
        while index + 1 < stop {
            if scalars[index] == ":" && (scalars[index + 1] == " " || scalars[index + 1] == "\t") {
                keyEnd = index + 1
                break
            }
            index += 1
        }
        guard let keyEnd else { return advice }
        var valueStart = keyEnd
        while valueStart < scalars.count, scalars[valueStart] == " " || scalars[valueStart] == "\t" { valueStart += 1 }
        var valueEnd = scalars.count
        var comment = ""
        // A comment starts at a ` #` after the value's start.
        var search = valueStart
        while search + 1 < scalars.count {
            if (scalars[search] == " " || scalars[search] == "\t") && scalars[search + 1] == "#" {
                valueEnd = search
                comment = "  " + text(scalars[(search + 1)...])
                break
            }
            search += 1
        }
        while valueEnd > valueStart, scalars[valueEnd - 1] == " " || scalars[valueEnd - 1] == "\t" || scalars[valueEnd - 1] == "\r" {
            valueEnd -= 1
        }
        guard valueEnd > valueStart else { return advice }
        var indent = 0
        while indent < keyEnd, scalars[indent] == " " { indent += 1 }
        let key = text(scalars[indent..<keyEnd])
        let value = text(scalars[valueStart..<valueEnd])
        return advice + "; write the line as: " + key + " " + YAMLText.quoted(value) + comment
    }

    /// When the line `number` is a list item (`- …`) and the nearest item above it starts at
    /// another column: the message, at the column of this item's `-`. (The message names no
    /// line: `number` counts the front matter's lines, not the file's.)
    static func misalignedItem(line number: Int, of bytes: UnsafeBufferPointer<UInt8>) -> (text: String, column: Int)? {
        guard let column = itemColumn(line(number, of: bytes)) else { return nil }
        var above = number - 1
        while above >= 1 {
            let candidate = line(above, of: bytes)
            if let before = itemColumn(candidate) {
                guard before != column else { return nil }
                let text = "YAML: list items must line up under each other: this \"-\" is in column \(column), "
                    + "the item above it in column \(before)"
                return (text, column)
            }
            above -= 1
        }
        return nil
    }

    /// The column of the `-` that starts a list item on this line (`  - text`), or nil.
    static func itemColumn(_ line: ArraySlice<UInt8>) -> Int? {
        var column = 1
        var index = line.startIndex
        while index < line.endIndex, line[index] == UInt8(ascii: " ") {
            column += 1
            index += 1
        }
        guard index < line.endIndex, line[index] == UInt8(ascii: "-") else { return nil }
        let next = line.index(after: index)
        guard next == line.endIndex || line[next] == UInt8(ascii: " ") || line[next] == 13 else { return nil }
        return column
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// The bytes of the file's line `number` (lines end at LF).
    static func line(_ number: Int, of bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? ArraySlice(lines[number - 1]) : []
    }
}
