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

    /// True for an HTML page (`….html`), judged by its bytes.
    static func isPage(_ path: String) -> Bool { path.utf8.hasSuffix(".html") }

    /// Every folder the files at `paths` need (relative, without the output folder itself).
    static func folders(of paths: [String]) -> Set<Substring> {
        var folders = Set<Substring>()
        for page in paths {
            var path = Substring(page)
            while let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                path = path[..<slash]
                if !folders.insert(path).inserted { break }
            }
        }
        return folders
    }
}

extension String.UTF8View {
    /// `hasSuffix` by bytes, without `String`'s Unicode comparison (paths, tens of thousands of them).
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return count >= tail.count && self.suffix(tail.count).elementsEqual(tail)
    }
}
