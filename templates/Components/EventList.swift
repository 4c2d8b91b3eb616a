import DocketModel

/// A list of timeline entries, each with its date, kind, the people it concerns,
/// the text, and links to the report it comes from and its source.
enum EventList {
    /// - Parameter showPeople: false on a prisoner's own timeline, where the person is the page.
    static func list(_ events: [Event], _ context: PageContext, showPeople: Bool = true, omitting page: Event.Origin? = nil) -> HTML {
        guard !events.isEmpty else { return "<p class=\"empty\">No events recorded.</p>\n" }
        // Appended one by one into one buffer: the timeline's list is tens of megabytes.
        var list: HTML = "<ol class=\"events\">\n"
        for event in events { list += item(event, context, showPeople: showPeople, omitting: page) }
        list += "</ol>\n"
        return list
    }

    static func item(_ event: Event, _ context: PageContext, showPeople: Bool, omitting page: Event.Origin?) -> HTML {
        let urls = context.urls
        var people: [HTML] = []
        if showPeople {
            people = event.prisoners.compactMap { slug in
                context.index.prisonerBySlug[slug].map { "<a href=\"\(urls.prisonerPath(slug))\">\($0.name)</a>" }
            }
        }
        var links: [HTML] = []
        if case .article(let slug) = event.origin, event.origin != page, let article = context.index.articleBySlug[slug] {
            links.append("<a href=\"\(urls.articlePath(slug))\">Report: \(article.title)</a>")
        }
        if let sourceURL = event.sourceURL {
            links.append("<a href=\"\(sourceURL)\" rel=\"nofollow noopener noreferrer\">Source\(event.sourceTitle.map { ": \($0)" } ?? "")</a>")
        }
        return """
        <li class="event kind-\(event.kind.rawValue)" id="\(event.anchor)">\(time(event.date)) <span class="kind">\(event.kind.label)</span>\
        \(people.isEmpty ? HTML() : " <span class=\"who\">\(people.joined(separator: ", "))</span>") \
        <span class="text">\(HTML(trustedMarkup: event.textHTML))</span>\
        \(links.isEmpty ? HTML() : " <span class=\"links\">\(links.joined(separator: " · "))</span>")</li>

        """
    }
}
