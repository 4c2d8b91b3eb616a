import DocketModel

/// `/articles/<slug>/`: a report, linking the prisoners it names, with its events and sources.
public enum ArticlePage {
    /// `text`: the body of the report's file as HTML, its links made for this page (the builder
    /// reads and renders it).
    public static func render(_ article: Article, text: HTML, _ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let path = urls.article(article.slug)
        let people: [HTML] = article.prisoners.compactMap { slug in
            context.index.prisonerBySlug[slug].map {
                "<li><a href=\"\(urls.prisonerPath(slug))\">\($0.name)</a> <span class=\"meta\">\(context.countryName($0.country)) · \(t[$0.status.labelKey])</span></li>\n"
            }
        }
        let events = article.events.filter { !$0.isScheduled }.sorted { EventOrdering.newestFirst($0, $1) { _ in "" } }
        let tags: [HTML] = article.tags.map { tag in
            "<li><a href=\"\(urls.tag(context.index.tags.slugByName[tag] ?? ""))\">\(tag)</a></li>"
        }
        let body: HTML = """
        <article class="report">
        <header>
        \(LanguageLinks.untranslatedNote(article.textLanguage, context))\
        <h1\(LanguageLinks.lang(article.textLanguage))>\(article.title)\(draftMark(article.draft, context))</h1>
        <p class="meta">\(time(article.date, context))\(article.author.map { t.format("report.by", [("author", $0)]) } ?? "")</p>
        \(article.summary.map { "<p class=\"lead\"\(LanguageLinks.lang(article.textLanguage))>\($0)</p>\n" } ?? HTML())\
        </header>
        \(people.isEmpty ? HTML() : section("named", t[.reportPeople], "<ul class=\"named\">\n\(people)</ul>\n"))\
        <div class="body"\(LanguageLinks.lang(article.textLanguage))>
        \(text)</div>
        \(CorrectionList.section(article.corrections, context))\
        \(UpcomingList.report(article.events.filter(\.isScheduled), article, context))\
        \(events.isEmpty ? HTML() : section("events", t[.reportEvents], EventList.list(events, context, omitting: .article(slug: article.slug))))\
        \(article.sources.isEmpty ? HTML() : section("sources", t[.personSources], SourceList.render(article.sources, context)))\
        \(tags.isEmpty ? HTML() : "<nav aria-label=\"\(t[.navTags])\"><ul class=\"tags\">\(tags)</ul></nav>\n")\
        </article>
        """
        return Layout.page(context, title: article.title, description: article.summary, path: path, section: .articles,
                           head: HeadExtras(ogType: "article", jsonLD: StructuredData.newsArticle(article, context)), indexed: true, body: body)
    }
}
