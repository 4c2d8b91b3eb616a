import DocketLocalization
import DocketModel

/// A chart, drawn at build time, of how many people were held over time: an SVG file of its own
/// (`chart.svg`), shown on the page as an image with its figures as alternative text, a caption
/// and the numbers behind it as a table. No inline SVG, so with SVG off (Tor Browser's safest
/// mode) no axis label spills onto the page as loose words. No script, nothing loaded.
enum DetentionChart {
    static let width = 640
    static let height = 240
    static let left = 44
    static let right = 12
    static let top = 16
    static let bottom = 36

    /// The chart's picture as a file of its own (`chart.svg`): a standalone SVG document, its
    /// colours written on its elements (an image does not see the page's stylesheet), no script,
    /// nothing loaded. Nil when there are not enough dates to draw one.
    /// `catalog`: the words of a language other than English (nil: English).
    static func svg(_ series: DetentionSeries, subject: String, catalog: Catalog? = nil) -> String? {
        let points = series.points
        guard let first = points.first, let last = points.last else { return nil }
        let peak = max(1, series.peak)
        let yMax = niceCeiling(peak)
        let plotWidth = Double(width - left - right)
        let plotHeight = Double(height - top - bottom)
        let monthCount = max(1, points.count - 1)
        func x(_ index: Int) -> String { format(Double(left) + plotWidth * Double(index) / Double(monthCount)) }
        func y(_ value: Int) -> String { format(Double(top) + plotHeight * (1 - Double(value) / Double(yMax))) }

        // A step line: level through each month, then up or down at the next.
        var path = "M\(x(0)) \(y(points[0].held))"
        for index in 1..<max(1, points.count) {
            path += " H\(x(index)) V\(y(points[index].held))"
        }
        if points.count == 1 { path += " H\(format(Double(width - right)))" }
        let area = path + " V\(y(0)) H\(x(0)) Z"

        var grid = ""
        for step in 0...4 {
            let value = yMax * step / 4
            grid += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(y(value))\" y2=\"\(y(value))\" stroke=\"#d9d9d9\" stroke-width=\"1\"/>"
                + "<text x=\"\(left - 6)\" y=\"\(y(value))\" dy=\"4\" text-anchor=\"end\">\(value)</text>\n"
        }
        // The first and last months at the ends, and years in between where there is room.
        func short(_ point: DetentionSeries.Point) -> String {
            "\((catalog?.monthName(point.month) ?? CivilDate.monthNames[point.month - 1]).prefix(3)) \(point.year)"
        }
        let labelY = height - bottom + 16
        var ticks = "<text x=\"\(x(0))\" y=\"\(labelY)\" text-anchor=\"start\">\(short(first))</text>\n"
        if points.count > 1 {
            ticks += "<text x=\"\(x(points.count - 1))\" y=\"\(labelY)\" text-anchor=\"end\">\(short(last))</text>\n"
        }
        let years = last.year - first.year
        let stepYears = years <= 8 ? 1 : (years <= 20 ? 2 : (years <= 50 ? 5 : 10))
        let margin = max(6, points.count / 8)
        for (index, point) in points.enumerated()
        where point.month == 1 && point.year % stepYears == 0 && index >= margin && index <= points.count - 1 - margin {
            ticks += "<text x=\"\(x(index))\" y=\"\(labelY)\" text-anchor=\"middle\">\(point.year)</text>\n"
        }
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img">
        <title>\(XMLText.escape(title(subject, catalog)))</title>
        <desc>\(XMLText.escape(summary(series, catalog)))</desc>
        <rect width="\(width)" height="\(height)" fill="#fff"/>
        <g fill="#5a5a5a" font-family="system-ui, sans-serif" font-size="13">
        \(grid)\(ticks)<text x="\(left + Int(plotWidth / 2))" y="\(height - 4)" text-anchor="middle">\(XMLText.escape(catalog?[.dataDate] ?? "Date"))</text>
        <text transform="rotate(-90)" x="\(-(top + Int(plotHeight / 2)))" y="12" text-anchor="middle">\(XMLText.escape(catalog?[.chartPeopleHeld] ?? "People held"))</text>
        </g>
        <path d="\(area)" fill="#8a1c1c" fill-opacity="0.12"/>
        <path d="\(path)" fill="none" stroke="#8a1c1c" stroke-width="2"/>
        </svg>

        """
    }

    /// "People held over time (in Azerbaijan)".
    static func title(_ subject: String, _ catalog: Catalog? = nil) -> String {
        guard let catalog else { return "People held over time" + (subject.isEmpty ? "" : " in \(subject)") }
        return subject.isEmpty ? catalog[.chartCaption] : catalog.format("chart.titleIn", [("country", subject)])
    }

    /// "September 2015" in the catalog's words.
    static func month(_ month: Int, _ year: Int, _ catalog: Catalog?) -> String {
        catalog.map { DateText.write(year: year, month: month, in: $0) } ?? "\(CivilDate.monthNames[month - 1]) \(year)"
    }

    /// The chart's figures in a sentence: the caption, and the image's alternative text.
    static func summary(_ series: DetentionSeries, _ catalog: Catalog? = nil) -> String {
        guard let first = series.points.first, let last = series.points.last else { return "" }
        if let catalog {
            let number = { NumberText.write($0, in: catalog.language) }
            return catalog.format("chart.summary", [("from", month(first.month, first.year, catalog)), ("to", month(last.month, last.year, catalog)),
                                                    ("peak", number(series.peak)), ("last", number(last.held)),
                                                    ("lastMonth", month(last.month, last.year, catalog))])
        }
        return "From \(CivilDate.monthNames[first.month - 1]) \(first.year) to \(CivilDate.monthNames[last.month - 1]) \(last.year): "
            + "at most \(series.peak) held at once; \(last.held) held in \(CivilDate.monthNames[last.month - 1]) \(last.year)."
    }

    /// The chart on a page: the picture as an image (`image`, the chart file's address), whose
    /// alternative text is its title and figures, so a browser that shows no SVG (Tor Browser's
    /// safest mode) shows those words instead and nothing spills; the caption; and the numbers
    /// behind it as a table.
    static func render(_ series: DetentionSeries, image: String, subject: String, _ context: PageContext) -> HTML {
        let catalog: Catalog? = context.writesEnglish ? nil : context.catalog
        let t = context.catalog
        guard !series.points.isEmpty else {
            return "<p class=\"empty\">\(t[.chartNotEnoughData])</p>\n"
        }
        let summary = summary(series, catalog)
        let rows: [HTML] = series.yearEnds.reversed().map {
            let label = $0.month == 12 ? (catalog?.format("chart.endOf", [("year", String($0.year))]) ?? "End of \($0.year)") : month($0.month, $0.year, catalog)
            return "<tr><th scope=\"row\">\(label)</th><td>\(catalog == nil ? String($0.held) : context.number($0.held))</td></tr>\n"
        }
        let note: HTML = series.uncounted > 0
            ? (catalog == nil
                ? " \(series.uncounted == 1 ? "One person is" : "\(series.uncounted) people are") not counted: no arrest or sentence date is recorded, or a release date is missing."
                : "\(t.format("chart.uncounted", count: series.uncounted))")
            : HTML()
        return """
        <figure class="chart">
        <img src="\(image)" width="\(width)" height="\(height)" alt="\(title(subject, catalog)). \(summary)">
        <figcaption>\(summary) \(t.format("chart.method"))\(note)</figcaption>
        </figure>
        <details class="chart-data">
        <summary>\(t[.chartNumbersBehind])</summary>
        <table>
        <thead><tr><th scope="col">\(t[.chartMonth])</th><th scope="col">\(t[.chartPeopleHeld])</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        </details>

        """
    }

    /// 1, 2, 5 × 10ⁿ at or above the value.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while magnitude * 10 <= value { magnitude *= 10 }
        for factor in [1, 2, 4, 5, 10] where factor * magnitude >= value {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// The chart files the builder writes (`chart.svg`, `countries/<slug>/chart.svg`).
public enum ChartFile {
    /// The standalone SVG of a series, or nil when it has no points (the page then says so).
    public static func svg(_ series: DetentionSeries, subject: String, _ context: PageContext) -> String? {
        DetentionChart.svg(series, subject: subject, catalog: context.writesEnglish ? nil : context.catalog)
    }
}
