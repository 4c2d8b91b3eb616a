import DocketModel

/// The facts of a case as a definition list: only what is known is shown.
enum FactBox {
    static func render(_ prisoner: Prisoner, _ context: PageContext, countryURL: String) -> HTML {
        let derived = DetentionFacts(prisoner: prisoner, asOf: context.index.asOf)
        var rows: [HTML] = []
        func row(_ term: String, _ value: HTML) { rows.append("<dt>\(term)</dt><dd>\(value)</dd>\n") }

        if let patronymic = prisoner.patronymic { row("Patronymic", "\(patronymic)") }
        row("Status", "\(prisoner.status.label)")
        row("Country", "<a href=\"\(countryURL)\">\(prisoner.country)</a>")
        let facets = context.index.facets
        if let profession = prisoner.profession {
            row("Profession", FacetLinks.value(profession, slug: facets.professionSlug(profession), Route.profession, context))
        }
        if let outlet = prisoner.outlet { row("Outlet", FacetLinks.value(outlet, slug: facets.outletSlug(outlet), Route.outlet, context)) }
        if let arrested = prisoner.arrested { row("Arrested", "\(time(arrested))\(FacetLinks.arrestYear(arrested, context))") }
        if !prisoner.charges.isEmpty {
            let items: [HTML] = prisoner.charges.map { "<li>\(FacetLinks.charge($0, context))</li>" }
            row("Charges", "<ul>\(items)</ul>")
        }
        if let sentence = prisoner.sentence {
            var parts: [HTML] = []
            if let term = sentence.term { parts.append("\(term.display)") }
            if let date = sentence.date { parts.append("handed down \(time(date))") }
            if let court = sentence.court { parts.append("by \(court)") }
            if !parts.isEmpty || !sentence.changes.isEmpty {
                row("Sentence", "\(parts.joined(separator: ", "))\(DetentionRows.changes(sentence))")
            }
        }
        if let ends = derived.termEnds, prisoner.released == nil {
            row("Term ends", derived.termCountedFromArrest
                ? "\(time(ends)) (counted from arrest)"
                : "\(time(ends)) (counted from sentencing; the arrest date is not recorded)")
        }
        if let released = prisoner.released { row("Released", DetentionRows.released(released, prisoner.releaseKind)) }
        if let days = derived.daysInDetention {
            let figure: HTML = derived.stillCounting
                ? "\(grouped(days)) (as of \(context.index.asOf.display))"
                : "\(grouped(days))"
            row("Days in detention", "\(figure)\(DetentionRows.inAll(derived))")
        }
        if let lawyer = prisoner.lawyer { row("Lawyer", "\(lawyer)") }
        if let prison = prisoner.prison { row("Prison", PrisonName.html(prison, slug: prisoner.prisonSlug, context)) }
        if !prisoner.previousDetentions.isEmpty { row("Previous detentions", DetentionRows.previous(prisoner, context)) }
        if !prisoner.tags.isEmpty { row("Tags", TagLinks.list(prisoner.tags, context)) }
        return "<dl class=\"facts\">\n\(rows)</dl>\n"
    }
}
