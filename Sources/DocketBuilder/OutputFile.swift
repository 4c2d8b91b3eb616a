/// One file of the built site: its path under the output folder and its bytes.
public struct OutputFile: Sendable {
    /// Relative, with `/`: `prisoners/khadija-ismayilova/index.html`.
    public let path: String
    public let contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
