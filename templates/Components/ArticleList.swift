import DocketModel

/// Report teasers: title, date, summary and the people named.
enum ArticleList {
    static func list(_ articles: [Article], _ context: PageContext, headingLevel: Int = 2) -> HTML {
        guard !articles.isEmpty else { return "<p class=\"empty\">No reports yet.</p>\n" }
        // Written straight into one buffer, with a template's escaping (see `EventList`).
        var list = HTML.Interpolation(literalCapacity: 32 + articles.count * 768, interpolationCount: 0)
        list.appendLiteral("<ul class=\"articles\">\n")
        for article in articles { appendItem(article, context, headingLevel: headingLevel, to: &list) }
        list.appendLiteral("</ul>\n")
        return HTML(stringInterpolation: list)
    }

    /// `<li>` with the linked title as a heading, the date and author, the summary, and the people named.
    static func appendItem(_ article: Article, _ context: PageContext, headingLevel: Int, to out: inout HTML.Interpolation) {
        let heading: StaticString = ["h2", "h3", "h4", "h5", "h6"][min(6, max(2, headingLevel)) - 2]
        out.appendLiteral("<li>\n<")
        out.appendLiteral(heading)
        out.appendLiteral("><a href=\"")
        out.appendInterpolation(context.urls.articlePath(article.slug))
        out.appendLiteral("\">")
        out.appendInterpolation(article.title)
        out.appendLiteral("</a>")
        out.appendInterpolation(draftMark(article.draft))
        out.appendLiteral("</")
        out.appendLiteral(heading)
        out.appendLiteral(">\n<p class=\"meta\">")
        out.appendInterpolation(time: article.date)
        if let author = article.author {
            out.appendLiteral(" · ")
            out.appendInterpolation(author)
        }
        out.appendLiteral("</p>\n")
        if let summary = article.summary {
            out.appendLiteral("<p>")
            out.appendInterpolation(summary)
            out.appendLiteral("</p>\n")
        }
        EventList.appendPeople(article.prisoners, context, opening: "<p class=\"named\">Names: ", closing: "</p>\n", to: &out)
        out.appendLiteral("</li>\n")
    }
}

func draftMark(_ isDraft: Bool) -> HTML {
    isDraft ? " <span class=\"draft\">Draft</span>" : HTML()
}
