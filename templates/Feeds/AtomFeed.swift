import DocketModel

/// Atom feeds (RFC 4287): reports (`/feed.xml`), timeline events (`/timeline/feed.xml`) and
/// one per prisoner (`/prisoners/<slug>/feed.xml`). Ids are absolute page URLs, stable from
/// build to build; dates come from the content, so the same input gives the same feed.
public enum AtomFeed {
    public static let entryLimit = 50

    struct Entry {
        let title: String
        let id: String
        let link: String
        let date: PartialDate
        let summary: String?
        /// Safe HTML (escaped again for XML).
        let contentHTML: String?
    }

    public static func reports(_ context: PageContext) throws -> [UInt8] {
        let urls = context.urls
        let entries = try context.index.articlesNewestFirst.prefix(entryLimit).map { try articleEntry($0, context) }
        return feed(context, title: "Reports · \(context.config.title)", selfURL: urls.reportsFeed, page: urls.articles, entries: Array(entries))
    }

    public static func timeline(_ context: PageContext) -> [UInt8] {
        let urls = context.urls
        let entries = context.index.timeline.prefix(entryLimit).map { eventEntry($0, context) }
        return feed(context, title: "Timeline · \(context.config.title)", selfURL: urls.timelineFeed, page: urls.timeline, entries: Array(entries))
    }

    public static func prisoner(_ prisoner: Prisoner, _ context: PageContext) -> [UInt8] {
        let urls = context.urls
        var entries = (context.index.eventsByPrisoner[prisoner.slug] ?? []).prefix(entryLimit).map { eventEntry($0, context) }
        entries += (context.index.articlesByPrisoner[prisoner.slug] ?? []).prefix(entryLimit).map { summaryEntry($0, context) }
        entries.sort { $0.date != $1.date ? $1.date < $0.date : $0.id < $1.id }
        return feed(context, title: "\(prisoner.name) · \(context.config.title)", selfURL: urls.prisonerFeed(prisoner.slug),
                    page: urls.prisoner(prisoner.slug), entries: Array(entries.prefix(entryLimit)))
    }

    /// A report as a feed entry with the whole report in it (the reports feed).
    static func articleEntry(_ article: Article, _ context: PageContext) throws -> Entry {
        let url = context.urls.absolute(context.urls.article(article.slug))
        return Entry(title: article.title, id: url, link: url, date: article.date, summary: article.summary,
                     contentHTML: try article.body.html())
    }

    /// A report as its summary and link (a prisoner's feed, where a popular person is named in many).
    static func summaryEntry(_ article: Article, _ context: PageContext) -> Entry {
        let url = context.urls.absolute(context.urls.article(article.slug))
        return Entry(title: article.title, id: url, link: url, date: article.date,
                     summary: article.summary ?? article.title, contentHTML: nil)
    }

    static func eventEntry(_ event: Event, _ context: PageContext) -> Entry {
        let urls = context.urls
        let names = event.prisoners.compactMap { context.index.prisonerBySlug[$0]?.name }
        let page = urls.absolute(urls.timelineYear(event.date.year)) + "#" + event.anchor
        var html = event.textHTML
        if let source = event.sourceURL {
            html += " <a href=\"\(HTML.escape(source))\">Source</a>"
        }
        if case .article(let slug) = event.origin {
            html += " <a href=\"\(HTML.escape(urls.absolute(urls.article(slug))))\">Report</a>"
        }
        let title = "\(event.date.display): \(event.kind.label)" + (names.isEmpty ? "" : " — " + names.joined(separator: ", "))
        return Entry(title: title, id: page, link: page, date: event.date, summary: nil, contentHTML: html)
    }

    static func timestamp(_ date: PartialDate) -> String {
        let day = PartialDate(dayNumber: date.firstDay)
        return day.description + "T00:00:00Z"
    }

    static func feed(_ context: PageContext, title: String, selfURL: String, page: String, entries: [Entry]) -> [UInt8] {
        let urls = context.urls
        let updated = entries.map(\.date).max().map(timestamp) ?? timestamp(context.index.asOf)
        var xml: [UInt8] = []
        func raw(_ text: String) { xml += text.utf8 }
        func escaped(_ text: String) { XMLText.append(text, to: &xml) }
        raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        escaped(context.config.language)
        raw("\">\n<title>")
        escaped(title)
        raw("</title>\n<id>")
        escaped(urls.absolute(selfURL))
        raw("</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        escaped(urls.absolute(selfURL))
        raw("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
        escaped(urls.absolute(page))
        raw("\"/>\n<updated>")
        raw(updated)
        raw("</updated>\n<author><name>")
        escaped(context.config.title)
        raw("</name></author>\n<generator>Docket</generator>\n")
        if !context.config.description.isEmpty {
            raw("<subtitle>")
            escaped(context.config.description)
            raw("</subtitle>\n")
        }
        for entry in entries {
            raw("<entry>\n<title>")
            escaped(entry.title)
            raw("</title>\n<id>")
            escaped(entry.id)
            raw("</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
            escaped(entry.link)
            let stamp = timestamp(entry.date)
            raw("\"/>\n<published>")
            raw(stamp)
            raw("</published>\n<updated>")
            raw(stamp)
            raw("</updated>\n")
            if let summary = entry.summary {
                raw("<summary>")
                escaped(summary)
                raw("</summary>\n")
            }
            if let content = entry.contentHTML {
                raw("<content type=\"html\">")
                escaped(content)
                raw("</content>\n")
            }
            raw("</entry>\n")
        }
        raw("</feed>\n")
        return xml
    }
}
