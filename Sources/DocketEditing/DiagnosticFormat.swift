import DocketModel
import DocketSupport

/// How `docket check` prints problems: compiler style for people, annotations for GitHub Actions,
/// JSON for other programs.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, github, json

    /// `--strict`: every warning becomes an error.
    public static func strict(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map(\.asError)
    }

    /// The output lines, in order, without line ends.
    public func lines(_ diagnostics: [Diagnostic]) -> [String] {
        switch self {
        case .text: return diagnostics.map(\.description)
        case .github: return diagnostics.map(GitHubAnnotation.line)
        case .json: return DiagnosticJSON.lines(diagnostics)
        }
    }
}

/// `::error file=…,line=…,col=…,title=E024 unknown-value::message`, escaped as the Actions runner
/// expects; the code is the annotation's title.
enum GitHubAnnotation {
    static func line(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=\(escapeProperty(diagnostic.file))"]
        if diagnostic.line > 0 {
            properties.append("line=\(diagnostic.line)")
            if diagnostic.column > 0 { properties.append("col=\(diagnostic.column)") }
        }
        properties.append("title=\(escapeProperty(diagnostic.code.label))")
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// A JSON array with one object per line:
/// `{"file":…,"line":…,"column":…,"severity":…,"code":"E024","name":"unknown-value","message":…}`.
enum DiagnosticJSON {
    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        guard !diagnostics.isEmpty else { return ["[]"] }
        let objects = diagnostics.map { d in
            "  {\"file\": \(string(d.file)), \"line\": \(d.line), \"column\": \(d.column), "
                + "\"severity\": \(string(d.severity.rawValue)), \"code\": \(string(d.code.id)), \"name\": \(string(d.code.name)), "
                + "\"message\": \(string(d.message))}"
        }
        return ["["] + objects.enumerated().map { $0.offset < objects.count - 1 ? $0.element + "," : $0.element } + ["]"]
    }

    static func string(_ text: String) -> String { JSON.string(text).serialized }
}
