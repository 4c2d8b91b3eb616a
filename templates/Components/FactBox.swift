import DocketModel

/// The facts of a case as a definition list: only what is known is shown.
enum FactBox {
    static func render(_ prisoner: Prisoner, _ context: PageContext, countryURL: String) -> HTML {
        let derived = DetentionFacts(prisoner: prisoner, asOf: context.index.asOf)
        var rows: [HTML] = []
        func row(_ term: String, _ value: HTML) { rows.append("<dt>\(term)</dt><dd>\(value)</dd>\n") }
        let t = context.catalog
        func time(_ date: PartialDate) -> HTML { Templates.time(date, context) }

        if let patronymic = prisoner.patronymic { row(t[.factPatronymic], "\(patronymic)") }
        row(t[.factStatus], "\(t[prisoner.status.labelKey])")
        row(t[.factCountry], "<a href=\"\(countryURL)\">\(context.countryName(prisoner.country))</a>")
        let facets = context.index.facets
        if let profession = prisoner.profession {
            row(t[.factProfession], FacetLinks.value(profession, slug: facets.professionSlug(profession), Route.profession, context))
        }
        if let outlet = prisoner.outlet { row(t[.factOutlet], FacetLinks.value(outlet, slug: facets.outletSlug(outlet), Route.outlet, context)) }
        if let arrested = prisoner.arrested { row(t[.factArrested], "\(time(arrested))\(FacetLinks.arrestYear(arrested, context))") }
        if !prisoner.charges.isEmpty {
            let items: [HTML] = prisoner.charges.map { "<li>\(FacetLinks.charge($0, context))</li>" }
            row(t[.factCharges], "<ul>\(items)</ul>")
        }
        if let sentence = prisoner.sentence {
            var parts: [HTML] = []
            if let term = sentence.term { parts.append("\(context.writesEnglish ? term.display : term.text(in: t))") }
            if let date = sentence.date { parts.append(DetentionRows.withTime(date, "fact.handedDown", context)) }
            if let court = sentence.court { parts.append("\(t.format("fact.byCourt", [("court", court)]))") }
            if !parts.isEmpty || !sentence.changes.isEmpty {
                row(t[.factSentence], "\(parts.joined(separator: ", "))\(DetentionRows.changes(sentence, context))")
            }
        }
        if let ends = derived.termEnds, prisoner.released == nil {
            row(t[.factTermEnds], DetentionRows.withTime(ends, derived.termCountedFromArrest ? "fact.termCountedFromArrest" : "fact.termCountedFromSentencing", context))
        }
        if let released = prisoner.released { row(t[.factReleased], DetentionRows.released(released, prisoner.releaseKind, context)) }
        if let days = derived.daysInDetention {
            let figure: HTML = derived.stillCounting
                ? "\(t.format("fact.daysAsOf", [("days", context.number(days)), ("date", context.date(context.index.asOf))]))"
                : "\(context.number(days))"
            row(t[.factDaysInDetention], "\(figure)\(DetentionRows.inAll(derived, context))")
        }
        if let lawyer = prisoner.lawyer { row(t[.factLawyer], "\(lawyer)") }
        if let prison = prisoner.prison { row(t[.factPrison], PrisonName.html(prison, slug: prisoner.prisonSlug, context)) }
        if !prisoner.previousDetentions.isEmpty { row(t[.factPreviousDetentions], DetentionRows.previous(prisoner, context)) }
        if !prisoner.tags.isEmpty { row(t[.navTags], TagLinks.list(prisoner.tags, context)) }
        return "<dl class=\"facts\">\n\(rows)</dl>\n"
    }
}
