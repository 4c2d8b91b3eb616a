import DocketModel

/// `/timeline/`: every event, newest first, grouped by year and month.
public enum TimelinePage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        var years: [HTML] = []
        var index = context.index.timeline[...]
        while let first = index.first {
            let year = first.date.year
            let inYear = index.prefix { $0.date.year == year }
            index = index.dropFirst(inYear.count)
            years.append(yearSection(year, Array(inYear), context))
        }
        let body: HTML = """
        <h1>Timeline</h1>
        <p class="lead">\(plural(context.index.timeline.count, "event")): arrests, trials, sentences, pardons and releases, newest first.</p>
        \(years.isEmpty ? "<p class=\"empty\">No events recorded.</p>\n" : years.joined())
        """
        return Layout.page(context, title: "Timeline", path: urls.timeline, section: .timeline, body: body)
    }

    /// A year: its months newest first, then the events known only to the year.
    static func yearSection(_ year: Int, _ events: [Event], _ context: PageContext) -> HTML {
        var months: [HTML] = []
        var rest = events[...]
        while let first = rest.first {
            let month = first.date.month
            let group = rest.prefix { $0.date.month == month }
            rest = rest.dropFirst(group.count)
            let title = month.map { "\(CivilDate.monthNames[$0 - 1]) \(year)" } ?? "\(year), month not known"
            let id = month.map { "y\(year)-\(String($0).count == 1 ? "0\($0)" : "\($0)")" } ?? "y\(year)-unknown"
            months.append("""
            <h3 id="\(id)">\(title)</h3>
            \(EventList.list(Array(group), context))
            """)
        }
        return """
        <section aria-labelledby="y\(year)">
        <h2 id="y\(year)">\(year)</h2>
        \(months)</section>

        """
    }
}
