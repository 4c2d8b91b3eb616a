import DocketModel

/// Corrections as readers see them: "Corrected on 5 January 2016: …", newest first.
enum CorrectionList {
    /// A prisoner's or a report's own corrections, as a section of its page (nothing when none).
    static func section(_ corrections: [Correction], _ context: PageContext) -> HTML {
        guard !corrections.isEmpty else { return HTML() }
        let items: [HTML] = newestFirst(corrections).map { correction in
            "<li id=\"\(correction.anchor)\">\(DetentionRows.withTime(correction.date, "correction.correctedOnText", context))\(HTML(trustedMarkup: correction.textHTML))</li>\n"
        }
        return Templates.section("corrections", context.label(.correctionsHeading), "<ul class=\"corrections\">\n\(items)</ul>\n")
    }

    /// Every correction of the site, each with a link to the page it corrects.
    static func list(_ entries: [CorrectionEntry], _ context: PageContext) -> HTML {
        guard !entries.isEmpty else { return "<p class=\"empty\">\(context.label(.correctionsNone))</p>\n" }
        let items: [HTML] = entries.map { entry in
            """
            <li><a href="\(link(entry, context))">\(entry.title)</a>\(DetentionRows.withTime(entry.correction.date, "correction.listItem", context))\
            \(HTML(trustedMarkup: entry.correction.textHTML))</li>

            """
        }
        return "<ul class=\"corrections\">\n\(items)</ul>\n"
    }

    /// The correction on its page, at its anchor (root-relative).
    static func link(_ entry: CorrectionEntry, _ context: PageContext) -> String {
        context.urls.origin(entry.origin) + "#" + entry.correction.anchor
    }

    /// Newest first; on one day, in the order written.
    static func newestFirst(_ corrections: [Correction]) -> [Correction] {
        corrections.enumerated().sorted { a, b in
            a.element.date != b.element.date ? b.element.date < a.element.date : a.offset < b.offset
        }.map(\.element)
    }
}
