import DocketModel

/// What the fact box shows of repeat detentions and changed sentences: each change under the
/// sentence, the kind of a release, the days of all detentions, and one short line for each
/// detention before the current or last one.
enum DetentionRows {
    /// The changes to a sentence, one per line under it; empty when it never changed.
    static func changes(_ sentence: Sentence) -> HTML {
        guard !sentence.changes.isEmpty else { return HTML() }
        var items: [HTML] = []
        var previous = sentence.term
        for change in sentence.changes {
            var line: HTML = "\(change.summary(after: previous)) on \(time(change.date))"
            if let court = change.court { line += " by \(court)" }
            items.append("<li>\(line)</li>")
            previous = change.term
        }
        return "<ul class=\"sentence-changes\">\(items)</ul>"
    }

    /// "17 March 2016 (pardoned)".
    static func released(_ date: PartialDate, _ kind: ReleaseKind?) -> HTML {
        guard let label = kind?.label else { return time(date) }
        return "\(time(date)) (\(label))"
    }

    /// "; 1,530 days in all" when there was more than one detention and every one is counted.
    static func inAll(_ facts: DetentionFacts) -> HTML {
        guard let total = facts.daysInAllDetentions else { return HTML() }
        return "; \(grouped(total)) days in all"
    }

    /// The detentions before the current or last one, oldest first, each on one line:
    /// "12 May 2013 – 17 March 2016, pardoned; 5 years; charges: Hooliganism; Prison No. 2".
    static func previous(_ prisoner: Prisoner, _ context: PageContext) -> HTML {
        let items: [HTML] = prisoner.previousDetentions.map { "<li>\(line($0, context))</li>" }
        return "<ul class=\"detentions\">\(items)</ul>"
    }

    static func line(_ detention: Detention, _ context: PageContext) -> HTML {
        var line: HTML = "\(detention.arrested.map(time) ?? "date of arrest not recorded") – "
        line += detention.released.map(time) ?? "release date not recorded"
        if let label = detention.releaseKind?.label { line += ", \(label)" }
        if let sentence = detention.sentence {
            if sentence.isAnnulled {
                line += "; sentence annulled"
            } else if let term = sentence.currentTerm {
                line += "; sentenced to \(term.display)"
            }
        }
        if !detention.charges.isEmpty {
            line += "; charges: \(detention.charges.map { FacetLinks.charge($0, context) }.joined(separator: ", "))"
        }
        if let prison = detention.prison { line += "; \(PrisonName.html(prison, slug: detention.prisonSlug, context))" }
        return line
    }
}
