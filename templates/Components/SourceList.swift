import DocketModel

/// A numbered list of sources: title (linked), publisher, date.
enum SourceList {
    static func render(_ sources: [Source], _ context: PageContext) -> HTML {
        let items: [HTML] = sources.map { source in
            var meta: [HTML] = []
            if let publisher = source.publisher { meta.append("\(publisher)") }
            if let date = source.date { meta.append(time(date, context)) }
            return """
            <li><a href="\(source.url)" rel="nofollow noopener noreferrer">\(source.title)</a>\
            \(meta.isEmpty ? HTML() : ", \(meta.joined(separator: ", "))")</li>

            """
        }
        return "<ol class=\"sources\">\n\(items)</ol>\n"
    }
}
