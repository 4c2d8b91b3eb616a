import DocketModel

/// "By country · By prison · By charge · By year of arrest · By profession · By outlet": the
/// lists of people by each facet the site has (a facet no one has a value for has no page).
enum FacetLinks {
    /// The links, joined by " · "; `except` leaves out the page they are shown on.
    static func line(_ context: PageContext, except: Route? = nil) -> HTML {
        let facets = context.index.facets
        var routes: [(Route, String)] = [(.countries, "By country")]
        if !context.index.site.prisons.isEmpty { routes.append((.prisons, "By prison")) }
        if !facets.charges.isEmpty { routes.append((.charges, "By charge")) }
        if !facets.arrests.isEmpty { routes.append((.arrests, "By year of arrest")) }
        if !facets.professions.isEmpty { routes.append((.professions, "By profession")) }
        if !facets.outlets.isEmpty { routes.append((.outlets, "By outlet")) }
        let links: [HTML] = routes.filter { $0.0 != except }.map { "<a href=\"\(context.urls.path($0.0))\">\($0.1)</a>" }
        return links.joined(separator: " · ")
    }
}

extension FacetLinks {
    /// A charge as the fact box shows it, its article linked to the article's page:
    /// "<a>Article 234.4.3 of the Criminal Code</a> — Illegal drugs with intent to sell".
    static func charge(_ charge: Charge, _ context: PageContext) -> HTML {
        guard let reference = charge.reference, let slug = context.index.facets.chargeSlug(charge) else { return "\(charge.display)" }
        let link: HTML = "<a href=\"\(context.urls.path(.charge(slug)))\">\(reference)</a>"
        return charge.text.map { "\(link) — \($0)" } ?? link
    }

    /// " (everyone arrested in 2014)", linked, after the date of an arrest; empty when the year
    /// has no page.
    static func arrestYear(_ date: PartialDate, _ context: PageContext) -> HTML {
        guard context.index.facets.arrestSlug(date.year) != nil else { return HTML() }
        return " (<a href=\"\(context.urls.path(.arrestYear(date.year)))\">everyone arrested in \(String(date.year))</a>)"
    }

    /// A profession or an outlet, linked to its page.
    static func value(_ written: String, slug: String?, _ route: (String) -> Route, _ context: PageContext) -> HTML {
        guard let slug else { return "\(written)" }
        return "<a href=\"\(context.urls.path(route(slug)))\">\(written)</a>"
    }
}
