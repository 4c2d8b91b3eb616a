/// A rendered page and the site path it lives at (`/prisoners/`, `/timeline/2015/page/2/`).
public struct RenderedPage: Sendable {
    public let path: String
    public let html: HTML

    public init(path: String, html: HTML) {
        self.path = path
        self.html = html
    }
}
