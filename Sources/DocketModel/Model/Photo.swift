/// A prisoner's photo: a file under `content/media/`, with its pixel size so the page
/// can reserve the space before the image loads.
public struct Photo: Hashable, Sendable {
    /// Relative to `content/media/`, with `/`: `khadija-ismayilova.jpg`.
    public let path: String
    public let width: Int
    public let height: Int
    /// The file as loading checked it; nil for a photo made in memory.
    let stamp: ContentFileStamp?

    public init(path: String, width: Int, height: Int) {
        self.init(path: path, width: width, height: height, stamp: nil)
    }

    init(path: String, width: Int, height: Int, stamp: ContentFileStamp?) {
        self.path = path
        self.width = width
        self.height = height
        self.stamp = stamp
    }

    /// The file's bytes for the output folder, read again and checked against what loading
    /// read, as a deferred body's are: a photo truncated, rewritten or replaced by a link since
    /// throws `MarkdownBody.ChangedFile`. Nil for a photo made in memory.
    public func checkedBytes() throws -> [UInt8]? {
        try stamp?.reread(followsLinks: false)
    }
}
