/// A prisoner's photo: a file under `content/media/`, with its pixel size so the page
/// can reserve the space before the image loads.
public struct Photo: Hashable, Sendable {
    /// Relative to `content/media/`, with `/`: `khadija-ismayilova.jpg`.
    public let path: String
    public let width: Int
    public let height: Int

    public init(path: String, width: Int, height: Int) {
        self.path = path
        self.width = width
        self.height = height
    }
}
