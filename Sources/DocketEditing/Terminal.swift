import Foundation

/// What standard error is: a terminal (progress lines, colours) or a log (plain lines).
public struct Terminal: Sendable {
    /// Standard error is a terminal.
    public let isInteractive: Bool
    /// Colours are used: a terminal, `NO_COLOR` unset (or empty), and `TERM` not `dumb`.
    public let usesColour: Bool

    public init(isInteractive: Bool, environment: [String: String]) {
        self.isInteractive = isInteractive
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        usesColour = isInteractive && !noColour && environment["TERM"] != "dumb"
    }

    /// The real standard error of this process.
    public static var standardError: Terminal {
        Terminal(isInteractive: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }

    public enum Colour: String, Sendable {
        case red = "31", yellow = "33", green = "32", bold = "1", dim = "2"
    }

    public func paint(_ text: String, _ colour: Colour) -> String {
        usesColour ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A compiler-style diagnostic line with `error:` in red and `warning:` in yellow.
    public func paintDiagnostic(_ line: String) -> String {
        guard usesColour else { return line }
        for (word, colour) in [(": error: ", Colour.red), (": warning: ", Colour.yellow)] {
            if let range = line.range(of: word) {
                let label = String(line[range]).dropFirst(2).dropLast(2)
                return String(line[..<range.lowerBound]) + ": " + paint(String(label), colour) + ": " + String(line[range.upperBound...])
            }
        }
        return line
    }

    public static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
