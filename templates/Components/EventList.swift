import DocketModel

/// A list of timeline entries, each with its date, kind, the people it concerns,
/// the text, and links to the report it comes from and its source.
enum EventList {
    /// - Parameter showPeople: false on a prisoner's own timeline, where the person is the page.
    static func list(_ events: [Event], _ context: PageContext, showPeople: Bool = true, omitting page: Event.Origin? = nil) -> HTML {
        guard !events.isEmpty else { return "<p class=\"empty\">\(context.label(.personNoEvents))</p>\n" }
        // Every item written straight into one buffer (the timeline's list is tens of
        // megabytes), with the same escaping as a template: literals are markup, the rest text.
        var list = HTML.Interpolation(literalCapacity: 32 + events.count * 512, interpolationCount: 0)
        list.appendLiteral("<ol class=\"events\">\n")
        for event in events { appendItem(event, context, showPeople: showPeople, omitting: page, to: &list) }
        list.appendLiteral("</ol>\n")
        return HTML(stringInterpolation: list)
    }

    /// `<li class="event kind-…" id="…"><time…> <span class="kind">…</span> <span class="who">…</span>
    /// <span class="text">…</span> <span class="links">…</span></li>`, the people and links only when there are any.
    static func appendItem(_ event: Event, _ context: PageContext, showPeople: Bool, omitting page: Event.Origin?,
                           to out: inout HTML.Interpolation) {
        let urls = context.urls
        out.appendLiteral("<li class=\"event kind-")
        out.appendInterpolation(event.kind.rawValue)
        out.appendLiteral("\" id=\"")
        out.appendInterpolation(event.anchor)
        out.appendLiteral("\">")
        out.appendInterpolation(time: event.date, context)
        out.appendLiteral(" <span class=\"kind\">")
        out.appendInterpolation(context.writesEnglish ? event.kind.label : context.label(event.kind.labelKey))
        out.appendLiteral("</span>")
        if showPeople {
            appendPeople(event.prisoners, context, opening: " <span class=\"who\">", closing: "</span>", to: &out)
        }
        if let language = event.textLanguage {
            out.appendLiteral(" <span class=\"text\" lang=\"")
            out.appendInterpolation(language)
            out.appendLiteral("\">")
        } else {
            out.appendLiteral(" <span class=\"text\">")
        }
        out.appendInterpolation(HTML(trustedMarkup: event.textHTML))
        out.appendLiteral("</span>")
        var hasLinks = false
        if case .article(let slug) = event.origin, event.origin != page, let article = context.index.articleBySlug[slug] {
            out.appendLiteral(" <span class=\"links\"><a href=\"")
            out.appendInterpolation(urls.articlePath(slug))
            out.appendLiteral("\">")
            if context.writesEnglish { out.appendLiteral("Report: ") } else { out.appendInterpolation(context.catalog.format("event.report")) }
            out.appendInterpolation(article.title)
            out.appendLiteral("</a>")
            hasLinks = true
        }
        if let sourceURL = event.sourceURL {
            out.appendLiteral(hasLinks ? " · " : " <span class=\"links\">")
            out.appendLiteral("<a href=\"")
            out.appendInterpolation(sourceURL)
            out.appendLiteral("\" rel=\"nofollow noopener noreferrer\">")
            if context.writesEnglish { out.appendLiteral("Source") } else { out.appendInterpolation(context.catalog.format("event.source")) }
            if let title = event.sourceTitle {
                out.appendLiteral(": ")
                out.appendInterpolation(title)
            }
            out.appendLiteral("</a>")
            hasLinks = true
        }
        if hasLinks { out.appendLiteral("</span>") }
        out.appendLiteral("</li>\n")
    }

    /// Links to the people `slugs` name (those the site has), separated by commas, between
    /// `opening` and `closing`; nothing at all when there are none.
    static func appendPeople(_ slugs: [String], _ context: PageContext, opening: StaticString, closing: StaticString,
                             to out: inout HTML.Interpolation) {
        var first = true
        for slug in slugs {
            guard let person = context.index.prisonerBySlug[slug] else { continue }
            out.appendLiteral(first ? opening : ", ")
            first = false
            out.appendLiteral("<a href=\"")
            out.appendInterpolation(context.urls.prisonerPath(slug))
            out.appendLiteral("\">")
            out.appendInterpolation(person.name)
            out.appendLiteral("</a>")
        }
        if !first { out.appendLiteral(closing) }
    }
}
