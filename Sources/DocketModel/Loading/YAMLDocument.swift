import Yams

/// Parses front matter YAML with Yams and turns its errors into file positions.
enum YAMLDocument {
    struct Problem: Error {
        let line: Int
        let column: Int
        let message: String
    }

    /// The root node of `yaml`, or nil for an empty document. Lines are relative to `yaml`.
    /// Aliases (`*name`) are refused before parsing: content has no need of them, and a few
    /// nested ones describe an exponentially large document ("billion laughs").
    static func parse(_ yaml: String) -> Result<YAMLNode?, Problem> {
        switch YAMLTokenScan.firstProblem(in: yaml) {
        case .alias(let line, let column):
            return .failure(Problem(line: line, column: column,
                message: "a YAML value cannot start with \"*\": that is an alias, and aliases are not allowed in front matter; put the value in quotes"))
        case .tooDeep(let line, let column):
            return .failure(Problem(line: line, column: column,
                message: "front matter nests lists and mappings more than \(YAMLTokenScan.maximumDepth) deep"))
        case .tooLarge(let bytes):
            return .failure(Problem(line: 1, column: 1,
                message: "front matter is \(bytes / 1024) KiB; it may be at most \(YAMLTokenScan.maximumSize / 1024) KiB (long text belongs in the body)"))
        case nil:
            break
        }
        if case .composed(let root) = YAMLComposer.compose(yaml) { return .success(root) }
        do {
            // The basic resolver: every value is read as text by `FieldReader`, so Yams need not
            // match each scalar against its regular expressions for numbers, booleans and dates.
            // UTF-8 always: Yams' `.default` encoding reads the process environment on every call.
            return .success(try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(YAMLNode.init))
        } catch let error as YamlError {
            return .failure(problem(from: error, yaml: yaml))
        } catch {
            return .failure(Problem(line: 1, column: 1, message: "YAML: \(error)"))
        }
    }

    private static func problem(from error: YamlError, yaml: String) -> Problem {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let lineText = line(mark.line, of: yaml)
            if problem.contains("cannot start any token"), lineText.contains("\t") {
                return Problem(line: mark.line, column: mark.column,
                               message: "YAML: a tab cannot indent YAML; use spaces")
            }
            if problem.contains("unexpected end of stream"), let context, context.text.contains("quoted scalar") {
                return Problem(line: context.mark.line, column: context.mark.column,
                               message: "YAML: the quote opened here is never closed")
            }
            var message = "YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return Problem(line: mark.line, column: mark.column, message: message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let second = lineNumber(ofKey: key, after: context.mark.line, in: yaml) ?? context.mark.line
            return Problem(line: second, column: 1, message: "duplicate key \"\(key)\"; each key may appear once")
        case let .reader(problem, _, _, _):
            return Problem(line: 1, column: 1, message: "YAML: \(problem)")
        default:
            return Problem(line: 1, column: 1, message: "YAML: \(error)")
        }
    }

    private static func line(_ number: Int, of text: String) -> Substring {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The line of the second `key:` after the first one's line.
    private static func lineNumber(ofKey key: String, after firstLine: Int, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard firstLine < lines.count else { return nil }
        for index in firstLine..<lines.count {
            let trimmed = lines[index].drop { $0 == " " || $0 == "-" }
            if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") {
                return index + 1
            }
        }
        return nil
    }
}
