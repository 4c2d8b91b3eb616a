import DocketMarkdown

/// A file under `content/media/` that a body, an event or a correction links to or shows
/// (`[the report](/media/report.pdf)`, `![The court](/media/court.png)`): copied to `media/`
/// in the output as a prisoner's photo is, and, when it is an image, with its pixel size so
/// the page can reserve its space before it loads.
public struct MediaFile: Hashable, Sendable {
    /// Relative to `content/media/`, with `/`: `court/2016.png`.
    public let path: String
    /// The image's size in pixels; nil for a file that is not a PNG, JPEG, GIF or WebP image.
    public let width: Int?
    public let height: Int?
    /// The file as loading checked it; nil for one made in memory.
    let stamp: ContentFileStamp?

    public init(path: String, width: Int?, height: Int?) {
        self.init(path: path, width: width, height: height, stamp: nil)
    }

    init(path: String, width: Int?, height: Int?, stamp: ContentFileStamp?) {
        self.path = path
        self.width = width
        self.height = height
        self.stamp = stamp
    }

    /// `width` and `height` together, for an image.
    public var dimensions: ImageDimensions? {
        guard let width, let height else { return nil }
        return ImageDimensions(width: width, height: height)
    }

    /// The file's bytes for the output folder, read again and checked against what loading read
    /// (see `Photo.checkedBytes`). Nil for a file made in memory.
    public func checkedBytes() throws -> [UInt8]? {
        try stamp?.reread(followsLinks: false)
    }
}
