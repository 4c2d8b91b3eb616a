/// A published source for the facts in a file.
public struct Source: Hashable, Sendable {
    public let title: String
    public let url: String
    public let publisher: String?
    public let date: PartialDate?

    public init(title: String, url: String, publisher: String? = nil, date: PartialDate? = nil) {
        self.title = title
        self.url = url
        self.publisher = publisher
        self.date = date
    }
}
