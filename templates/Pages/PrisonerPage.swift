import DocketModel

/// `/prisoners/<slug>/`: who, the facts, the biography, their own timeline, the reports
/// that name them, and the sources.
public enum PrisonerPage {
    /// How many events and reports the page itself shows; the rest are on sub-pages.
    public static let eventLimit = ListingSizes.personEvents
    public static let reportLimit = ListingSizes.personReports

    /// `biography`: the body of the prisoner's file as HTML, its links made for this page (the
    /// builder reads and renders it).
    public static func render(_ prisoner: Prisoner, biography: HTML, _ context: PageContext) -> HTML {
        let index = context.index
        let urls = context.urls
        let path = urls.prisoner(prisoner.slug)
        let reports = index.articlesByPrisoner[prisoner.slug] ?? []
        let events = index.eventsByPrisoner[prisoner.slug] ?? []
        let t = context.catalog
        let description = [prisoner.profession, context.countryName(prisoner.country), t[prisoner.status.labelKey].lowercased()]
            .compactMap { $0 }.joined(separator: ", ")
        let countrySlug = index.countries.slugByName[prisoner.country] ?? ""
        let photo: HTML = prisoner.photo.map { photo in
            """
            <figure class="photo">
            <img src="\(urls.media(photo.path))" alt="\(t.format("photo.of", [("name", prisoner.name)]))" width="\(photo.width)" height="\(photo.height)">
            \(prisoner.photoCredit.map { "<figcaption>\(t[.photoCredit]): \($0)</figcaption>\n" } ?? HTML())</figure>

            """
        } ?? HTML()
        let body: HTML = """
        <article class="prisoner">
        <header>
        <p class="status status-\(prisoner.status.rawValue)"><a href="\(urls.status(prisoner.status))">\(t[prisoner.status.labelKey])</a></p>
        \(Reviewed.notice(prisoner.updated, asOf: index.asOf, context))\
        \(LanguageLinks.untranslatedNote(prisoner.textLanguage, context))\
        <h1\(LanguageLinks.lang(prisoner.textLanguage))>\(prisoner.name)\(draftMark(prisoner.draft, context))</h1>
        \(prisoner.nameNative.map { "<p class=\"native\"\(LanguageLinks.lang(prisoner.nameNativeLanguage))>\($0)</p>\n" } ?? HTML())\
        \(prisoner.aliases.isEmpty ? HTML() : "<p class=\"aliases\">\(t[.factAlsoWritten]): \(aliases(prisoner, context))</p>\n")\
        </header>
        \(photo)\(FactBox.render(prisoner, context, countryURL: urls.country(countrySlug)))\
        \(section("biography", t[.personBiography], biography.isEmpty ? "<p class=\"empty\">\(t[.personNoBiography])</p>\n"
            : prisoner.textLanguage.map { "<div lang=\"\($0)\">\n\(biography)</div>\n" } ?? biography))\
        \(UpcomingList.prisoner(prisoner, context))\
        \(section("timeline", t[.navTimeline], EventList.list(Array(events.prefix(eventLimit)), context, showPeople: false, omitting: .prisoner(slug: prisoner.slug))
            + more(events.count, eventLimit, t.string(.allEvents(events.count)), urls.prisonerEvents(prisoner.slug))))\
        \(section("reports", t[.navReports], ArticleList.list(Array(reports.prefix(reportLimit)), context, headingLevel: 3)
            + more(reports.count, reportLimit, t.format("list.allReportsCount", count: reports.count), urls.prisonerReports(prisoner.slug))))\
        \(CorrectionList.section(prisoner.corrections, context))\
        \(prisoner.sources.isEmpty ? HTML() : section("sources", t[.personSources], SourceList.render(prisoner.sources, context)))\
        \(Reviewed.render(prisoner.updated, asOf: index.asOf, context))\
        <p class="follow"><a href="\(urls.prisonerFeed(prisoner.slug))">\(t[.personFollowCase])</a></p>
        </article>
        """
        let head = HeadExtras(ogType: "profile", image: prisoner.photo.map { urls.absolute(urls.media($0.path)) },
                              jsonLD: StructuredData.profilePage(prisoner, context),
                              feeds: [(title: prisoner.name, url: urls.prisonerFeed(prisoner.slug))])
        return Layout.page(context, title: prisoner.name, description: "\(prisoner.name): \(description).",
                           path: path, section: .prisoners, head: head, indexed: true, body: body)
    }
}

/// The other spellings, joined by commas; on a translated page, those that are the default
/// language's carry its `lang`.
func aliases(_ prisoner: Prisoner, _ context: PageContext) -> HTML {
    guard !prisoner.defaultLanguageSpellings.isEmpty else { return "\(prisoner.aliases.joined(separator: ", "))" }
    let language = context.config.defaultLanguage.code
    let items: [HTML] = prisoner.aliases.map { alias in
        prisoner.defaultLanguageSpellings.contains(alias) ? "<span lang=\"\(language)\">\(alias)</span>" : "\(alias)"
    }
    return items.joined(separator: ", ")
}

/// "All 240 events" (`label`) when a list was cut short.
func more(_ count: Int, _ shown: Int, _ label: String, _ url: String) -> HTML {
    count > shown ? "<p><a href=\"\(url)\">\(label)</a></p>\n" : HTML()
}

/// `/prisoners/<slug>/timeline/` and `/prisoners/<slug>/reports/`: a person's full lists when
/// they are longer than the person's page shows, paginated.
public enum PrisonerListingPages {
    public static let perPage = ListingSizes.personList

    public static func render(_ prisoner: Prisoner, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let events = context.index.eventsByPrisoner[prisoner.slug] ?? []
        let reports = context.index.articlesByPrisoner[prisoner.slug] ?? []
        var pages: [RenderedPage] = []
        if events.count > PrisonerPage.eventLimit {
            pages += paginate(events, first: urls.prisonerEvents(prisoner.slug), title: context.catalog.format("person.timelineTitle", [("name", prisoner.name)]), prisoner, context) {
                EventList.list(Array($0), context, showPeople: false, omitting: .prisoner(slug: prisoner.slug))
            }
        }
        if reports.count > PrisonerPage.reportLimit {
            pages += paginate(reports, first: urls.prisonerReports(prisoner.slug), title: context.catalog.format("person.reportsTitle", [("name", prisoner.name)]), prisoner, context) {
                ArticleList.list(Array($0), context)
            }
        }
        return pages
    }

    private static func paginate<T>(_ items: [T], first: String, title: String, _ prisoner: Prisoner, _ context: PageContext,
                                    _ list: (ArraySlice<T>) -> HTML) -> [RenderedPage] {
        let urls = context.urls
        return Pagination.pages(items, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <p><a href="\(urls.prisoner(prisoner.slug))">← \(prisoner.name)</a></p>
            <h1>\(title)\(number > 1 ? context.catalog.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            \(list(chunk))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: title, path: path, section: .prisoners, body: body))
        }
    }
}

/// A titled section of a page.
func section(_ id: String, _ title: String, _ content: HTML) -> HTML {
    """
    <section aria-labelledby="\(id)">
    <h2 id="\(id)">\(title)</h2>
    \(content)</section>

    """
}

/// "Last reviewed" at the foot of the page, and a notice beside the status at the top when
/// the record is more than a year old, where a reader sees it before trusting the status.
enum Reviewed {
    static func render(_ updated: PartialDate?, asOf: PartialDate, _ context: PageContext) -> HTML {
        guard let updated else { return HTML() }
        return "<p class=\"reviewed\">\(DetentionRows.withTime(updated, "prisoner.lastReviewed", context))</p>\n"
    }

    /// True when the record was last reviewed more than a year before the site's date.
    static func isStale(_ updated: PartialDate, asOf: PartialDate) -> Bool {
        asOf.firstDay - updated.lastDay > 365
    }

    static func notice(_ updated: PartialDate?, asOf: PartialDate, _ context: PageContext) -> HTML {
        guard let updated, isStale(updated, asOf: asOf) else { return HTML() }
        return """
        <p class="stale"><strong>\(DetentionRows.withTime(updated, "person.stale", context))</strong></p>

        """
    }
}
