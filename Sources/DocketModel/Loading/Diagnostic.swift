/// One problem found in the content, pointing at a file, a line and a column.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The file, relative to the site folder (`content/prisoners/x.md`).
    public let file: String
    /// 1-based; 0 when the problem concerns no particular line.
    public let line: Int
    /// 1-based; 0 when the problem concerns no particular column.
    public let column: Int
    public let severity: Severity
    /// The kind of problem, from the catalogue (`E024 unknown-value`).
    public let code: DiagnosticCode
    public let message: String

    /// A problem of kind `code`, an error or a warning as the code says.
    public init(_ code: DiagnosticCode, _ message: String, file: String, line: Int = 1, column: Int = 1) {
        self.init(code, message, file: file, line: line, column: column, severity: code.severity)
    }

    private init(_ code: DiagnosticCode, _ message: String, file: String, line: Int, column: Int, severity: Severity) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// The same problem as an error (`--strict`); its code stays what it was.
    public var asError: Diagnostic {
        Diagnostic(code, message, file: file, line: line, column: column, severity: .error)
    }

    /// Compiler style, the code last (editors' problem matchers read what comes before the message):
    /// `content/prisoners/x.md:7:9: error: unknown status "jailed"; … [E024 unknown-value]`
    /// Control characters (from a file name, or a value quoted in a message) are shown as `U+001B`,
    /// so a diagnostic can never drive the terminal it is printed on.
    public var description: String {
        Self.visible("\(file):\(line):\(column): \(severity.rawValue): \(message) [\(code.label)]")
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    static func scalarName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || $0 == "\n" || $0 == "\t" }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) || scalar == "\n" || scalar == "\t" { out += "<" + scalarName(scalar.value) + ">" }
            else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// By file, then line and column, then message and code: the order never depends on threads or the disk.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.severity != b.severity { return a.severity == .error }
        if a.message != b.message { return a.message < b.message }
        return a.code.rawValue < b.code.rawValue
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
