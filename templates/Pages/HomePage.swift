import DocketModel

/// `/`: the monitor at a glance: who is held now, by country, a chart of detentions over
/// time, the latest reports and events.
public enum HomePage {
    public static let latestReportCount = 5
    public static let latestEventCount = 10

    /// `names`: the index of names, whose bar of letters the home page shows, so any spelling
    /// is two clicks away (a letter, then the person).
    /// `recent`: what `/updated/` lists (made here when not given).
    public static func render(_ context: PageContext, names: NameIndex? = nil, recent: RecentChanges? = nil) -> HTML {
        let recent = recent ?? RecentChanges(context.index.site)
        let index = context.index
        let urls = context.urls
        let t = context.catalog
        let rows: [HTML] = index.heldByCountry.map { row in
            let slug = index.countries.slugByName[row.country] ?? ""
            return "<tr><th scope=\"row\"><a href=\"\(urls.country(slug))\">\(context.countryName(row.country))</a></th><td>\(context.number(row.count))</td></tr>\n"
        }
        let held: HTML = index.heldCount == 0
            ? "<p>\(t[.homeNoOneHeldNow])</p>\n"
            : """
            <p class="headline">\(phrase(t, "home.heldHeadline", count: index.heldCount, [("count", "<strong>\(context.number(index.heldCount))</strong>")]))</p>
            <table class="counts">
            <caption>\(t[.homeHeldNowByCountry])</caption>
            <thead><tr><th scope="col">\(t[.factCountry])</th><th scope="col">\(t.format("home.held"))</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
        let body: HTML = """
        <h1>\(context.config.title)</h1>
        \(context.config.description.isEmpty ? HTML() : "<p class=\"lead\">\(context.config.description)</p>\n")\
        <section aria-labelledby="held-now">
        <h2 id="held-now">\(t[.homeHeldNow])</h2>
        \(held)<p><a href="\(urls.prisoners)">\(t.format("list.allPrisonersCount", count: index.site.prisoners.count))</a> · \(FacetLinks.line(context))</p>
        </section>
        \(findName(names, context))\
        <section aria-labelledby="over-time">
        <h2 id="over-time">\(t[.homeOverTime])</h2>
        \(DetentionChart.render(index.series, image: context.urls.path(.chart), subject: "", context))</section>
        <section aria-labelledby="latest-reports">
        <h2 id="latest-reports">\(t[.homeLatestReports])</h2>
        \(ArticleList.list(Array(index.articlesNewestFirst.prefix(latestReportCount)), context, headingLevel: 3))\
        <p><a href="\(urls.articles)">\(t[.listAllReports])</a></p>
        </section>
        \(UpcomingList.home(context))\
        <section aria-labelledby="latest-events">
        <h2 id="latest-events">\(t[.homeLatestEvents])</h2>
        \(EventList.list(Array(index.timeline.prefix(latestEventCount)), context))\
        <p><a href="\(urls.timeline)">\(t[.timelineWhole])</a>\(UpdatedPage.link(recent, context))</p>
        </section>
        """
        return Layout.page(context, title: nil, path: urls.home, section: .home,
                           head: HeadExtras(feeds: UpcomingList.feeds(context) + UpdatedPage.feeds(recent, context)), body: body)
    }

    /// "Find a name": the letters of the index of names, each a jump into `/names/` or its own page.
    static func findName(_ names: NameIndex?, _ context: PageContext) -> HTML {
        guard let names, names.count > 0 else { return HTML() }
        return """
        <section aria-labelledby="find-a-name">
        <h2 id="find-a-name">\(context.label(.searchFindName))</h2>
        \(NameIndexPage.bar(names, context))<p><a href="\(context.urls.names)">\(context.label(.namesEveryNameAndSpelling))</a></p>
        </section>

        """
    }
}
