import DocketModel

/// A person's or a report's tags, each linked to its page.
enum TagLinks {
    static func list(_ tags: [String], _ context: PageContext) -> HTML {
        let items: [HTML] = tags.map { tag in
            "<li><a href=\"\(context.urls.tag(context.index.tags.slugByName[tag] ?? ""))\">\(tag)</a></li>"
        }
        return "<ul class=\"tags\">\(items)</ul>"
    }
}
