/// The forms a source takes: an item of `sources` written as a mapping or as a bare URL, and an
/// event's `source`, which names one of the file's sources (by title, URL or publisher), is a
/// mapping of its own, or is a URL.
enum SourceFields {
    /// One item of `sources`: a mapping (`title` and `url` required), or a bare URL, whose title
    /// is its host name (`https://www.example.org/a/b` → "example.org"), as footnotes give them.
    /// A URL at the site's own address is noted in `links`.
    static func source(_ item: YAMLNode, reader: inout FieldReader, links: inout LinkReferences) -> Source? {
        if case .scalar = item, !reader.isNull(item) {
            guard let text = reader.string(item, key: "sources") else { return nil }
            guard URLCheck.isWebURL(text), let host = hostTitle(of: text) else {
                reader.report(.invalidURL, "a source written as text must be an http or https URL (its host name becomes its title), not \"\(text)\"; "
                              + "or write a mapping with title and url", at: item)
                return nil
            }
            let (line, column) = reader.position(of: item)
            links.noteURL(text, line: line, column: column)
            return Source(title: host, url: text)
        }
        return mapping(item, what: "a source", reader: &reader, links: &links)
    }

    /// A source written as a mapping of `title`, `url`, `publisher` and `date`.
    static func mapping(_ item: YAMLNode, what: String, reader: inout FieldReader, links: inout LinkReferences) -> Source? {
        guard let entry = reader.fields(of: item, allowed: SharedFields.sourceKeys, what: what) else { return nil }
        let title = reader.string("title", in: entry, required: true, what: what)
        let urlNode = reader.require("url", in: entry, what: what)
        let url = urlNode.flatMap { reader.url($0, key: "url") }
        if let url {
            let (line, column) = reader.position(of: urlNode)
            links.noteURL(url, line: line, column: column)
        }
        let publisher = reader.string("publisher", in: entry, what: what)
        let date = reader.date("date", in: entry, what: what)
        guard let title, let url else { return nil }
        return Source(title: title, url: url, publisher: publisher, date: date)
    }

    /// The host of a web URL as a source's title: lowercase, without `www.`, user or port.
    static func hostTitle(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if !host.hasPrefix("["), let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        var title = host.lowercased()
        if title.hasPrefix("www.") { title.removeFirst(4) }
        return title.isEmpty ? nil : title
    }

    /// An event's `source`: the URL to link and the title to show (nil for a bare URL), or nil
    /// with the problem reported.
    ///
    /// Text names one of `sources` by its title, else by its URL, else by its publisher, each
    /// compared once case is set aside; more than one source at the first of these that matches
    /// is an error listing them. Text that names none is a URL of its own, or an error with the
    /// nearest title or publisher as a suggestion. A mapping is a source written in place.
    static func eventSource(_ node: YAMLNode, sources: [Source], reader: inout FieldReader,
                            links: inout LinkReferences) -> (url: String, title: String?)? {
        if case .mapping = node {
            return mapping(node, what: "an event's source", reader: &reader, links: &links).map { ($0.url, $0.title) }
        }
        guard let named = reader.string(node, key: "source") else { return nil }
        // The title exactly as written, as before: the common case costs no folding.
        if let exact = sources.first(where: { $0.title == named }),
           !sources.contains(where: { $0.title == named && $0 != exact }) {
            return (exact.url, exact.title)
        }
        let folded = named.lowercased()
        let fields: [(String, (Source) -> String?)] = [("title", { $0.title }), ("URL", { $0.url }), ("publisher", { $0.publisher })]
        for (field, value) in fields {
            var matches: [Source] = []
            for source in sources where value(source)?.lowercased() == folded && !matches.contains(source) {
                matches.append(source)
            }
            if matches.count == 1 {
                // A URL written here is a link from here, as it was before it named a source.
                if field == "URL" {
                    let (line, column) = reader.position(of: node)
                    links.noteURL(named, line: line, column: column)
                }
                return (matches[0].url, matches[0].title)
            }
            if matches.count > 1 {
                let listed = matches.map { "\"\($0.title)\" (\($0.url))" }.joined(separator: ", ")
                let advice = field == "URL" ? "give it once in sources" : field == "title" ? "write the URL of the one meant" : "write the title or the URL of the one meant"
                reader.report(.ambiguousSource, "event source \"\(named)\" is the \(field) of \(matches.count) of this file's sources: \(listed); \(advice)", at: node)
                return nil
            }
        }
        if URLCheck.isWebURL(named) {
            let (line, column) = reader.position(of: node)
            links.noteURL(named, line: line, column: column)
            return (named, nil)
        }
        let candidates = sources.map(\.title) + sources.compactMap(\.publisher)
        let nearest = Suggestions.closest(to: named, in: candidates).map { "; did you mean \"\($0)\"?" }
        let titles = sources.map { "\"\($0.title)\"" }.joined(separator: ", ")
        reader.report(.unknownSource, "event source \"\(named)\" is neither an http(s) URL nor the title, URL or publisher of one of this file's sources"
                      + (nearest ?? (titles.isEmpty ? "" : " (\(titles))")), at: node)
        return nil
    }
}
