import DocketModel

/// Atom feeds (RFC 4287): reports (`/feed.xml`), timeline events (`/timeline/feed.xml`),
/// corrections (`/corrections/feed.xml`), upcoming events (`/upcoming/feed.xml`), recent changes (`/updated/feed.xml`) and one per prisoner (`/prisoners/<slug>/feed.xml`). Ids are absolute page URLs, stable from
/// build to build; dates come from the content, so the same input gives the same feed.
public enum AtomFeed {
    public static let entryLimit = 50

    /// One entry: its date and id (the page it links to, also its link) for ordering, and
    /// what it is made from, written straight into the feed's bytes.
    struct Entry {
        let date: PartialDate
        /// The entry's permanent address: a feed reader knows an entry by it, so it never
        /// changes once published (an event's is its year's first page and anchor, whichever
        /// page of the year holds it as the year grows).
        let id: String
        /// Where a reader reads it; the id unless that moved.
        var link: String? = nil
        let source: Source
        /// When it last changed, if after `date`: a report's latest correction.
        var updated: PartialDate? = nil

        enum Source {
            /// A timeline event: its text, with links to its source and report.
            case event(Event)
            /// A report as its summary and link (a prisoner's feed, where a popular person is named in many).
            case summary(Article)
            /// A report with the whole report in it (the reports feed); safe HTML, escaped again for XML.
            case article(Article, html: HTML)
            /// A correction, titled after the page it corrects.
            case correction(CorrectionEntry)
            /// A person or report last changed (`RecentChanges`), with what changed.
            case change(RecentChanges.Change)
        }

        /// `updated`, else `date`.
        var lastChanged: PartialDate { updated ?? date }
    }

    /// The reports the reports feed holds, newest first, each with its whole text.
    public static func reportsInFeed(_ context: PageContext) -> ArraySlice<Article> {
        context.index.articlesNewestFirst.prefix(entryLimit)
    }

    /// `reports`: `reportsInFeed` with each one's body as HTML, every link to the site absolute
    /// (a feed reader shows a report away from its page); the builder reads and renders them.
    public static func reports(_ reports: [(article: Article, html: HTML)], _ context: PageContext) -> [UInt8] {
        let urls = context.urls
        let entries = reports.map { article, html in
            Entry(date: article.date, id: urls.absolute(urls.article(article.slug)), source: .article(article, html: html),
                  updated: correctedOn(article))
        }
        return feed(context, title: context.catalog.string(.reportsFeedTitle(site: context.config.title)), selfURL: urls.reportsFeed, page: urls.articles, entries: entries)
    }

    public static func timeline(_ context: PageContext) -> [UInt8] {
        let urls = context.urls
        let entries = context.index.timeline.prefix(entryLimit).map { eventEntry($0, context) }
        return feed(context, title: context.catalog.string(.timelineFeedTitle(site: context.config.title)), selfURL: urls.timelineFeed, page: urls.timeline, entries: entries)
    }

    public static func prisoner(_ prisoner: Prisoner, _ context: PageContext) -> [UInt8] {
        let urls = context.urls
        var entries = (context.index.eventsByPrisoner[prisoner.slug] ?? []).prefix(entryLimit).map { eventEntry($0, context) }
        entries += (context.index.articlesByPrisoner[prisoner.slug] ?? []).prefix(entryLimit).map { article in
            Entry(date: article.date, id: urls.absolute(urls.article(article.slug)), source: .summary(article), updated: correctedOn(article))
        }
        entries += prisoner.corrections.map { correctionEntry(CorrectionEntry(correction: $0, origin: .prisoner(slug: prisoner.slug), title: prisoner.name), context) }
        entries.sort { $0.date != $1.date ? $1.date < $0.date : $0.id < $1.id }
        return feed(context, title: context.catalog.string(.personFeedTitle(site: context.config.title, name: prisoner.name)), selfURL: urls.prisonerFeed(prisoner.slug),
                    page: urls.prisoner(prisoner.slug), entries: Array(entries.prefix(entryLimit)))
    }

    /// `/corrections/feed.xml`: the latest corrections, newest first.
    public static func corrections(_ context: PageContext) -> [UInt8] {
        let urls = context.urls
        let entries = context.corrections.prefix(entryLimit).map { correctionEntry($0, context) }
        return feed(context, title: context.catalog.string(.correctionsFeedTitle(site: context.config.title)), selfURL: urls.correctionsFeed, page: urls.corrections, entries: entries)
    }

    /// `/upcoming/feed.xml`: the next `entryLimit` scheduled events, soonest first. An entry's id
    /// is `/upcoming/` and the event's anchor (whichever page holds it); its date is when the
    /// file that sets it last changed (`announced`), not the day of the hearing, so a reader
    /// sees it when it is announced.
    public static func upcoming(_ context: PageContext) -> [UInt8] {
        let urls = context.urls
        let entries = context.index.schedule.upcoming.prefix(entryLimit).enumerated().map { offset, event in
            let page = urls.paginated(urls.upcoming, page: UpcomingPage.page(ofOffset: offset)) + "#" + event.anchor
            return Entry(date: announced(event, context.index), id: urls.absolute(urls.upcoming + "#" + event.anchor),
                         link: urls.absolute(page), source: .event(event))
        }
        return feed(context, title: context.catalog.format("feed.upcomingTitle", [("site", context.config.title)]), selfURL: urls.upcomingFeed, page: urls.upcoming, entries: entries)
    }

    /// `/updated/feed.xml`: the `entryLimit` latest changes. An entry's id is the changed page
    /// and `#updated-<date>`, so a later review or correction is a new entry.
    public static func updated(_ recent: RecentChanges, _ context: PageContext) -> [UInt8] {
        let urls = context.urls
        let entries = recent.changes.prefix(entryLimit).map { change in
            let page = urls.origin(change.origin)
            return Entry(date: change.date, id: urls.absolute(page + "#updated-" + change.date.description),
                         link: urls.absolute(change.anchor.map { page + "#" + $0 } ?? page), source: .change(change))
        }
        return feed(context, title: context.catalog.format("feed.updatedTitle", [("site", context.config.title)]), selfURL: urls.updatedFeed, page: urls.updated, entries: entries)
    }

    /// When a scheduled event was last written: its report's date or latest correction, or its
    /// person's `updated` or latest correction; the event's own date when the person has neither.
    static func announced(_ event: Event, _ index: SiteIndex) -> PartialDate {
        switch event.origin {
        case .article(let slug):
            guard let article = index.articleBySlug[slug] else { return event.date }
            return Correction.modified(article.date, corrections: article.corrections) ?? article.date
        case .prisoner(let slug):
            guard let prisoner = index.prisonerBySlug[slug] else { return event.date }
            if prisoner.corrections.isEmpty { return prisoner.updated ?? event.date }
            return Correction.modified(prisoner.updated, corrections: prisoner.corrections) ?? event.date
        }
    }

    /// A correction's entry: its id and link the corrected page at the correction's anchor.
    static func correctionEntry(_ entry: CorrectionEntry, _ context: PageContext) -> Entry {
        let urls = context.urls
        return Entry(date: entry.correction.date, id: urls.absolute(urls.origin(entry.origin) + "#" + entry.correction.anchor),
                     source: .correction(entry))
    }

    /// A report's latest correction when later than its date (nil: not corrected since).
    static func correctedOn(_ article: Article) -> PartialDate? {
        let modified = Correction.modified(article.date, corrections: article.corrections)
        return modified == article.date ? nil : modified
    }

    static func eventEntry(_ event: Event, _ context: PageContext) -> Entry {
        Entry(date: event.date, id: context.urls.absolute(context.urls.event(event, onPage: 1)),
              link: context.urls.absolute(context.eventLink(event)), source: .event(event))
    }

    /// Writes `<entry>…</entry>`, every value escaped for XML, into `xml`.
    static func appendEntry(_ entry: Entry, _ context: PageContext, to xml: inout [UInt8]) {
        func raw(_ text: String) { xml += text.utf8 }
        func escaped(_ text: String) { XMLText.append(text, to: &xml) }
        raw("<entry>\n<title>")
        switch entry.source {
        case .event(let event):
            escaped(context.date(event.date))
            raw(": ")
            escaped(context.writesEnglish ? event.kind.label : context.label(event.kind.labelKey))
            var first = true
            for slug in event.prisoners {
                guard let name = context.index.prisonerBySlug[slug]?.name else { continue }
                raw(first ? " — " : ", ")
                escaped(name)
                first = false
            }
        case .summary(let article), .article(let article, _):
            escaped(article.title)
        case .correction(let correction):
            escaped(context.label(.correctionPrefix) + " ")
            escaped(correction.title)
        case .change(let change):
            escaped(change.title)
        }
        let stamp = timestamp(entry.date)
        raw("</title>\n<id>")
        escaped(entry.id)
        raw("</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
        escaped(entry.link ?? entry.id)
        raw("\"/>\n<published>")
        raw(stamp)
        raw("</published>\n<updated>")
        raw(entry.updated.map(timestamp) ?? stamp)
        raw("</updated>\n")
        switch entry.source {
        case .event(let event):
            // The event's HTML, and the links after it, escaped again as the text of <content>.
            raw("<content type=\"html\">")
            escaped(event.textHTML)
            if let source = event.sourceURL {
                escaped(" <a href=\"")
                escaped(HTML.escape(source))
                escaped("\">")
                escaped(HTML.escape(context.catalog.format("event.source")))
                escaped("</a>")
            }
            if case .article(let slug) = event.origin {
                escaped(" <a href=\"")
                escaped(HTML.escape(context.urls.absolute(context.urls.article(slug))))
                escaped("\">")
                escaped(HTML.escape(context.catalog.format("feed.report")))
                escaped("</a>")
            }
            raw("</content>\n")
        case .summary(let article):
            raw("<summary>")
            escaped(article.summary ?? article.title)
            raw("</summary>\n")
        case .article(let article, let html):
            if let summary = article.summary {
                raw("<summary>")
                escaped(summary)
                raw("</summary>\n")
            }
            raw("<content type=\"html\">")
            XMLText.append(html, to: &xml)
            raw("</content>\n")
        case .correction(let correction):
            raw("<content type=\"html\">")
            escaped(HTML.escape(context.catalog.format("correction.correctedOnText", [("date", context.date(correction.correction.date))])))
            escaped(correction.correction.textHTML)
            raw("</content>\n")
        case .change(let change):
            raw("<summary>")
            escaped(context.writesEnglish ? change.summary : change.summary(in: context.catalog))
            raw("</summary>\n")
        }
        raw("</entry>\n")
    }

    static func timestamp(_ date: PartialDate) -> String {
        let day = PartialDate(dayNumber: date.firstDay)
        return day.description + "T00:00:00Z"
    }

    static func feed(_ context: PageContext, title: String, selfURL: String, page: String, entries: [Entry]) -> [UInt8] {
        let urls = context.urls
        let updated = entries.map(\.lastChanged).max().map(timestamp) ?? timestamp(context.index.asOf)
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
        for entry in entries { appendEntry(entry, context, to: &xml) }
        raw("</feed>\n")
        return xml
    }
}
