/// One file of the site still to be made: where it goes and how to render it.
///
/// The renderer hands the writer a list of jobs rather than finished files, so pages are
/// rendered, compared and written on every core one at a time and never all held in memory.
/// A new kind of page is one more job.
public struct PageJob: Sendable {
    /// Relative, with `/`: `prisoners/khadija-ismayilova/index.html`.
    public let path: String
    public let render: @Sendable () -> String

    public init(path: String, render: @escaping @Sendable () -> String) {
        self.path = path
        self.render = render
    }
}
