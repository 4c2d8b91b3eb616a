/// Some files of the site still to be made, and how to make them: one page, a paginated
/// listing, a feed, the data files, a photo.
///
/// The renderer hands the writer a list of jobs rather than finished files, so files are
/// rendered, compared and written on every core a few at a time and never all held in
/// memory. A new kind of output is one more job.
public struct PageJob: Sendable {
    /// Throws when a content file changed since it was checked (see `MarkdownBody`).
    public let make: @Sendable () throws -> [OutputFile]

    public init(_ make: @escaping @Sendable () throws -> [OutputFile]) {
        self.make = make
    }

    /// A job for one text file.
    public init(path: String, render: @escaping @Sendable () throws -> String) {
        make = { [OutputFile(path: path, text: try render())] }
    }
}
