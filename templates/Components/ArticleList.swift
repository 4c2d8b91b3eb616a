import DocketModel

/// Report teasers: title, date, summary and the people named.
enum ArticleList {
    static func list(_ articles: [Article], _ context: PageContext, headingLevel: Int = 2) -> HTML {
        guard !articles.isEmpty else { return "<p class=\"empty\">\(context.label(.listNoReports))</p>\n" }
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
        if let language = article.textLanguage {
            out.appendLiteral("\" lang=\"")
            out.appendInterpolation(language)
        }
        out.appendLiteral("\">")
        out.appendInterpolation(article.title)
        out.appendLiteral("</a>")
        out.appendInterpolation(draftMark(article.draft, context))
        out.appendLiteral("</")
        out.appendLiteral(heading)
        out.appendLiteral(">\n<p class=\"meta\">")
        out.appendInterpolation(time: article.date, context)
        if let author = article.author {
            out.appendLiteral(" · ")
            out.appendInterpolation(author)
        }
        out.appendLiteral("</p>\n")
        if let summary = article.summary {
            if let language = article.textLanguage {
                out.appendLiteral("<p lang=\"")
                out.appendInterpolation(language)
                out.appendLiteral("\">")
            } else {
                out.appendLiteral("<p>")
            }
            out.appendInterpolation(summary)
            out.appendLiteral("</p>\n")
        }
        if context.writesEnglish {
            EventList.appendPeople(article.prisoners, context, opening: "<p class=\"named\">Names: ", closing: "</p>\n", to: &out)
        } else {
            var people = HTML.Interpolation(literalCapacity: 64, interpolationCount: 0)
            EventList.appendPeople(article.prisoners, context, opening: "", closing: "", to: &people)
            let named = HTML(stringInterpolation: people)
            if !named.bytes.isEmpty {
                out.appendLiteral("<p class=\"named\">")
                out.appendInterpolation(context.catalog.format("report.names"))
                out.appendInterpolation(named)
                out.appendLiteral("</p>\n")
            }
        }
        out.appendLiteral("</li>\n")
    }
}

func draftMark(_ isDraft: Bool) -> HTML {
    isDraft ? " <span class=\"draft\">Draft</span>" : HTML()
}
