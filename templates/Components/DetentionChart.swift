import DocketModel

/// An SVG chart, drawn at build time, of how many people were held over time, with a
/// title, axis labels and the numbers behind it as a table. No script, nothing loaded.
enum DetentionChart {
    static let width = 640
    static let height = 240
    static let left = 44
    static let right = 12
    static let top = 16
    static let bottom = 36

    static func render(_ series: DetentionSeries, id: String, subject: String) -> HTML {
        let points = series.points
        guard let first = points.first, let last = points.last else {
            return "<p class=\"empty\">Not enough arrest and release dates to draw a chart.</p>\n"
        }
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

        var grid: [HTML] = []
        for step in 0...4 {
            let value = yMax * step / 4
            grid.append("""
            <line x1="\(left)" x2="\(width - right)" y1="\(y(value))" y2="\(y(value))" class="grid"/>\
            <text x="\(left - 6)" y="\(y(value))" dy="4" text-anchor="end">\(value)</text>

            """)
        }
        // The first and last months at the ends, and years in between where there is room.
        func short(_ point: DetentionSeries.Point) -> String { "\(CivilDate.monthNames[point.month - 1].prefix(3)) \(point.year)" }
        let labelY = height - bottom + 16
        var ticks: [HTML] = [
            "<text x=\"\(x(0))\" y=\"\(labelY)\" text-anchor=\"start\">\(short(first))</text>\n",
        ]
        if points.count > 1 {
            ticks.append("<text x=\"\(x(points.count - 1))\" y=\"\(labelY)\" text-anchor=\"end\">\(short(last))</text>\n")
        }
        let years = last.year - first.year
        let stepYears = years <= 8 ? 1 : (years <= 20 ? 2 : (years <= 50 ? 5 : 10))
        let margin = max(6, points.count / 8)
        for (index, point) in points.enumerated()
        where point.month == 1 && point.year % stepYears == 0 && index >= margin && index <= points.count - 1 - margin {
            ticks.append("<text x=\"\(x(index))\" y=\"\(labelY)\" text-anchor=\"middle\">\(point.year)</text>\n")
        }
        let summary = "From \(CivilDate.monthNames[first.month - 1]) \(first.year) to \(CivilDate.monthNames[last.month - 1]) \(last.year): "
            + "at most \(series.peak) held at once; \(last.held) held in \(CivilDate.monthNames[last.month - 1]) \(last.year)."
        let rows: [HTML] = series.yearEnds.reversed().map {
            "<tr><th scope=\"row\">\($0.month == 12 ? "End of \($0.year)" : "\(CivilDate.monthNames[$0.month - 1]) \($0.year)")</th><td>\($0.held)</td></tr>\n"
        }
        let note: HTML = series.uncounted > 0
            ? " \(series.uncounted == 1 ? "One person is" : "\(series.uncounted) people are") not counted: no arrest or sentence date is recorded, or a release date is missing."
            : HTML()
        return """
        <figure class="chart">
        <svg viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(id)-title \(id)-desc" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-title">People held over time\(subject.isEmpty ? "" : " in \(subject)")</title>
        <desc id="\(id)-desc">\(summary)</desc>
        <g class="axis">
        \(grid)\(ticks)<text x="\(left + Int(plotWidth / 2))" y="\(height - 4)" text-anchor="middle">Date</text>
        <text transform="rotate(-90)" x="\(-(top + Int(plotHeight / 2)))" y="12" text-anchor="middle">People held</text>
        </g>
        <path d="\(area)" class="area"/>
        <path d="\(path)" class="line"/>
        </svg>
        <figcaption>\(summary) Each person counts from arrest (or from sentencing where the arrest date is not recorded) until release.\(note)</figcaption>
        </figure>
        <details class="chart-data">
        <summary>The numbers behind the chart</summary>
        <table>
        <thead><tr><th scope="col">Month</th><th scope="col">People held</th></tr></thead>
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
