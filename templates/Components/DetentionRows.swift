import DocketLocalization
import DocketModel

/// What the fact box shows of repeat detentions and changed sentences: each change under the
/// sentence, the kind of a release, the days of all detentions, and one short line for each
/// detention before the current or last one.
enum DetentionRows {
    /// The changes to a sentence, one per line under it; empty when it never changed.
    static func changes(_ sentence: Sentence, _ context: PageContext) -> HTML {
        guard !sentence.changes.isEmpty else { return HTML() }
        let t = context.catalog
        var items: [HTML] = []
        var previous = sentence.term
        for change in sentence.changes {
            let summary = context.writesEnglish ? change.summary(after: previous) : change.summary(after: previous, in: t)
            var line: HTML = "\(t.format("detention.changeOn", [("change", summary), ("date", placeholder)]))"
            line = splice(line, time(change.date, context))
            if let court = change.court { line += "\(t.format("detention.byCourt", [("court", court)]))" }
            items.append("<li>\(line)</li>")
            previous = change.term
        }
        return "<ul class=\"sentence-changes\">\(items)</ul>"
    }

    /// "17 March 2016 (pardoned)".
    static func released(_ date: PartialDate, _ kind: ReleaseKind?, _ context: PageContext) -> HTML {
        guard let key = kind?.labelKey else { return time(date, context) }
        return withTime(date, "fact.releasedWithKind", context, [("kind", context.label(key))])
    }

    /// A catalog text with `{date}` as a `<time>` element: "5 June 2022 (counted from arrest)".
    static func withTime(_ date: PartialDate, _ key: String, _ context: PageContext, _ arguments: [(String, String)] = []) -> HTML {
        splice("\(context.catalog.format(key, [("date", placeholder)] + arguments))", time(date, context))
    }

    /// Where `{date}` goes, until `splice` puts the `<time>` element there: a private-use
    /// character no catalog text contains.
    private static let placeholder = "\u{E000}"

    /// `text` (escaped) with its placeholder replaced by `element`.
    private static func splice(_ text: HTML, _ element: HTML) -> HTML {
        let bytes = text.bytes
        let mark: [UInt8] = Array(placeholder.utf8)
        guard let index = bytes.indices.first(where: { bytes[$0...].starts(with: mark) }) else { return text }
        return HTML(trustedMarkup: Array(bytes[..<index]) + element.bytes + Array(bytes[(index + mark.count)...]))
    }

    /// "; 1,530 days in all" when there was more than one detention and every one is counted.
    static func inAll(_ facts: DetentionFacts, _ context: PageContext) -> HTML {
        guard let total = facts.daysInAllDetentions else { return HTML() }
        return "\(context.catalog.format("fact.daysInAll", count: total))"
    }

    /// The detentions before the current or last one, oldest first, each on one line:
    /// "12 May 2013 – 17 March 2016, pardoned; 5 years; charges: Hooliganism; Prison No. 2".
    static func previous(_ prisoner: Prisoner, _ context: PageContext) -> HTML {
        let items: [HTML] = prisoner.previousDetentions.map { "<li>\(line($0, context))</li>" }
        return "<ul class=\"detentions\">\(items)</ul>"
    }

    static func line(_ detention: Detention, _ context: PageContext) -> HTML {
        let t = context.catalog
        var line: HTML = "\(detention.arrested.map { time($0, context) } ?? "\(t.format("detention.noArrestDate"))") – "
        line += detention.released.map { time($0, context) } ?? "\(t.format("detention.noReleaseDate"))"
        if let key = detention.releaseKind?.labelKey { line += ", \(t[key])" }
        if let sentence = detention.sentence {
            if sentence.isAnnulled {
                line += "\(t.format("detention.sentenceAnnulled"))"
            } else if let term = sentence.currentTerm {
                line += "\(t.format("detention.sentencedTo", [("term", context.writesEnglish ? term.display : term.text(in: t))]))"
            }
        }
        if !detention.charges.isEmpty {
            line += "\(t.format("detention.charges"))\(detention.charges.map { FacetLinks.charge($0, context) }.joined(separator: ", "))"
        }
        if let prison = detention.prison { line += "; \(PrisonName.html(prison, slug: detention.prisonSlug, context))" }
        return line
    }
}
