import DocketModel

/// `/articles/<slug>/`: a report, linking the prisoners it names, with its events and sources.
public enum ArticlePage {
    /// `text`: the body of the report's file as HTML, its links made for this page (the builder
    /// reads and renders it).
    public static func render(_ article: Article, text: HTML, _ context: PageContext) -> HTML {
        let urls = context.urls
        let path = urls.article(article.slug)
        let people: [HTML] = article.prisoners.compactMap { slug in
            context.index.prisonerBySlug[slug].map {
                "<li><a href=\"\(urls.prisonerPath(slug))\">\($0.name)</a> <span class=\"meta\">\($0.country) · \($0.status.label)</span></li>\n"
            }
        }
        let events = article.events.filter { !$0.isScheduled }.sorted { EventOrdering.newestFirst($0, $1) { _ in "" } }
        let tags: [HTML] = article.tags.map { tag in
            "<li><a href=\"\(urls.tag(context.index.tags.slugByName[tag] ?? ""))\">\(tag)</a></li>"
        }
        let body: HTML = """
        <article class="report">
        <header>
        <h1>\(article.title)\(draftMark(article.draft))</h1>
        <p class="meta">\(time(article.date))\(article.author.map { " · By \($0)" } ?? "")</p>
        \(article.summary.map { "<p class=\"lead\">\($0)</p>\n" } ?? HTML())\
        </header>
        \(people.isEmpty ? HTML() : section("named", "People in this report", "<ul class=\"named\">\n\(people)</ul>\n"))\
        <div class="body">
        \(text)</div>
        \(CorrectionList.section(article.corrections))\
        \(UpcomingList.report(article.events.filter(\.isScheduled), article, context))\
        \(events.isEmpty ? HTML() : section("events", "Events in this report", EventList.list(events, context, omitting: .article(slug: article.slug))))\
        \(article.sources.isEmpty ? HTML() : section("sources", "Sources", SourceList.render(article.sources)))\
        \(tags.isEmpty ? HTML() : "<nav aria-label=\"Tags\"><ul class=\"tags\">\(tags)</ul></nav>\n")\
        </article>
        """
        return Layout.page(context, title: article.title, description: article.summary, path: path, section: .articles,
                           head: HeadExtras(ogType: "article", jsonLD: StructuredData.newsArticle(article, context)), indexed: true, body: body)
    }
}
