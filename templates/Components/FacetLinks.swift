import DocketModel

/// "By country · By prison · By charge · By year of arrest · By profession · By outlet": the
/// lists of people by each facet the site has (a facet no one has a value for has no page).
enum FacetLinks {
    /// The links, joined by " · "; `except` leaves out the page they are shown on.
    static func line(_ context: PageContext, except: Route? = nil) -> HTML {
        let facets = context.index.facets
        let t = context.catalog
        var routes: [(Route, String)] = [(.countries, t[.listByCountry])]
        if !context.index.site.prisons.isEmpty { routes.append((.prisons, t[.listByPrison])) }
        if !facets.charges.isEmpty { routes.append((.charges, t[.listByCharge])) }
        if !facets.arrests.isEmpty { routes.append((.arrests, t[.listByYearOfArrest])) }
        if !facets.professions.isEmpty { routes.append((.professions, t[.listByProfession])) }
        if !facets.outlets.isEmpty { routes.append((.outlets, t[.listByOutlet])) }
        let links: [HTML] = routes.filter { $0.0 != except }.map { "<a href=\"\(context.urls.path($0.0))\">\($0.1)</a>" }
        return links.joined(separator: " · ")
    }
}

extension FacetLinks {
    /// A charge as the fact box shows it, its article linked to the article's page:
    /// "<a>Article 234.4.3 of the Criminal Code</a> — Illegal drugs with intent to sell".
    static func charge(_ charge: Charge, _ context: PageContext) -> HTML {
        guard let reference = reference(charge, context), let slug = context.index.facets.chargeSlug(charge) else {
            return context.writesEnglish ? "\(charge.display)" : "\(reference(charge, context).map { ref in charge.text.map { ref + " — " + $0 } ?? ref } ?? charge.text ?? "")"
        }
        let link: HTML = "<a href=\"\(context.urls.path(.charge(slug)))\">\(reference)</a>"
        return charge.text.map { "\(link) — \($0)" } ?? link
    }

    /// "Article 234.4.3 of the Criminal Code" in the page's language ("Cinayət Məcəlləsi, maddə
    /// 234.4.3"); nil for a charge given as text.
    static func reference(_ charge: Charge, _ context: PageContext) -> String? {
        guard context.writesEnglish == false else { return charge.reference }
        guard let article = charge.article else { return nil }
        let code = charge.code ?? Charge.defaultCode
        let codeName = code == Charge.defaultCode ? context.catalog.format("charge.criminalCode") : code
        return context.catalog.format("charge.reference", [("article", article), ("code", codeName)])
    }

    /// " (everyone arrested in 2014)", linked, after the date of an arrest; empty when the year
    /// has no page.
    static func arrestYear(_ date: PartialDate, _ context: PageContext) -> HTML {
        guard context.index.facets.arrestSlug(date.year) != nil else { return HTML() }
        return " (<a href=\"\(context.urls.path(.arrestYear(date.year)))\">\(context.catalog.format("facet.arrestedIn", [("year", String(date.year))]))</a>)"
    }

    /// A profession or an outlet, linked to its page.
    static func value(_ written: String, slug: String?, _ route: (String) -> Route, _ context: PageContext) -> HTML {
        guard let slug else { return "\(written)" }
        return "<a href=\"\(context.urls.path(route(slug)))\">\(written)</a>"
    }
}
