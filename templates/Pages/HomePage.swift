import DocketModel

/// `/`: the monitor at a glance: who is held now, by country, a chart of detentions over
/// time, the latest reports and events.
public enum HomePage {
    public static let latestReportCount = 5
    public static let latestEventCount = 10

    public static func render(_ context: PageContext) -> HTML {
        let index = context.index
        let urls = context.urls
        let rows: [HTML] = index.heldByCountry.map { row in
            let slug = index.countries.slugByName[row.country] ?? ""
            return "<tr><th scope=\"row\"><a href=\"\(urls.country(slug))\">\(row.country)</a></th><td>\(grouped(row.count))</td></tr>\n"
        }
        let held: HTML = index.heldCount == 0
            ? "<p>No one in this monitor is detained or imprisoned now.</p>\n"
            : """
            <p class="headline"><strong>\(grouped(index.heldCount))</strong> \(index.heldCount == 1 ? "person is" : "people are") detained or imprisoned now.</p>
            <table class="counts">
            <caption>Held now, by country</caption>
            <thead><tr><th scope="col">Country</th><th scope="col">Held</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
        let body: HTML = """
        <h1>\(context.config.title)</h1>
        \(context.config.description.isEmpty ? HTML() : "<p class=\"lead\">\(context.config.description)</p>\n")\
        <section aria-labelledby="held-now">
        <h2 id="held-now">Held now</h2>
        \(held)<p><a href="\(urls.prisoners)">All \(plural(index.site.prisoners.count, "prisoner"))</a> · <a href="\(urls.countries)">By country</a></p>
        </section>
        <section aria-labelledby="over-time">
        <h2 id="over-time">Over time</h2>
        \(DetentionChart.render(index.series, id: "chart", subject: ""))</section>
        <section aria-labelledby="latest-reports">
        <h2 id="latest-reports">Latest reports</h2>
        \(ArticleList.list(Array(index.articlesNewestFirst.prefix(latestReportCount)), context, headingLevel: 3))\
        <p><a href="\(urls.articles)">All reports</a></p>
        </section>
        \(UpcomingList.home(context))\
        <section aria-labelledby="latest-events">
        <h2 id="latest-events">Latest events</h2>
        \(EventList.list(Array(index.timeline.prefix(latestEventCount)), context))\
        <p><a href="\(urls.timeline)">The whole timeline</a></p>
        </section>
        """
        return Layout.page(context, title: nil, path: urls.home, section: .home, body: body)
    }
}
