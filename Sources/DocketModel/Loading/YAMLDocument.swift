/// Front matter's YAML: its size checked, then composed from libyaml's events (`YAMLComposer`),
/// which refuses everything front matter may not hold and reports every problem at its
/// line and column.
enum YAMLDocument {
    /// Front matter is a few hundred bytes; the body holds the long text.
    static let maximumSize = 256 * 1024

    struct Problem: Error {
        let code: DiagnosticCode
        let line: Int
        let column: Int
        let message: String
    }

    /// The root node of `yaml`, or nil for an empty document. Lines are relative to `yaml`.
    static func parse(_ yaml: String) -> Result<YAMLNode?, Problem> {
        let size = yaml.utf8.count
        if size > maximumSize {
            return .failure(Problem(code: .frontMatterTooLarge, line: 1, column: 1,
                message: "front matter is \(size / 1024) KiB; it may be at most \(maximumSize / 1024) KiB (long text belongs in the body)"))
        }
        return YAMLComposer.compose(yaml)
    }
}
