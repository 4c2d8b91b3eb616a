import DocketModel

/// Report teasers: title, date, summary and the people named.
enum ArticleList {
    static func list(_ articles: [Article], _ context: PageContext, headingLevel: Int = 2) -> HTML {
        guard !articles.isEmpty else { return "<p class=\"empty\">No reports yet.</p>\n" }
        var list: HTML = "<ul class=\"articles\">\n"
        for article in articles { list += item(article, context, headingLevel: headingLevel) }
        list += "</ul>\n"
        return list
    }

    static func item(_ article: Article, _ context: PageContext, headingLevel: Int) -> HTML {
        let urls = context.urls
        let heading = HTML(trustedMarkup: "h\(min(6, max(2, headingLevel)))")
        let people: [HTML] = article.prisoners.compactMap { slug in
            context.index.prisonerBySlug[slug].map { "<a href=\"\(urls.prisonerPath(slug))\">\($0.name)</a>" }
        }
        return """
        <li>
        <\(heading)><a href="\(urls.articlePath(article.slug))">\(article.title)</a>\(draftMark(article.draft))</\(heading)>
        <p class="meta">\(time(article.date))\(article.author.map { " · \($0)" } ?? "")</p>
        \(article.summary.map { "<p>\($0)</p>\n" } ?? HTML())\
        \(people.isEmpty ? HTML() : "<p class=\"named\">Names: \(people.joined(separator: ", "))</p>\n")\
        </li>

        """
    }
}

func draftMark(_ isDraft: Bool) -> HTML {
    isDraft ? " <span class=\"draft\">Draft</span>" : HTML()
}
