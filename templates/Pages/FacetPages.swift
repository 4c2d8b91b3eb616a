import DocketModel

/// The facets of `FacetIndex` as pages: `/charges/`, `/arrests/`, `/professions/` and `/outlets/`
/// list every value with its count, and each value has its paginated list of people
/// (`/charges/<slug>/`, `/arrests/<year>/`, …, `ListingSizes.facet` a page).
public enum FacetPages {
    public static let perPage = ListingSizes.facet

    /// Which facet: its address, its words.
    public enum Kind: CaseIterable, Sendable {
        case charges, arrests, professions, outlets

        public func facet(_ facets: FacetIndex) -> FacetIndex.Facet {
            switch self {
            case .charges: facets.charges
            case .arrests: facets.arrests
            case .professions: facets.professions
            case .outlets: facets.outlets
            }
        }

        public var index: Route {
            switch self {
            case .charges: .charges
            case .arrests: .arrests
            case .professions: .professions
            case .outlets: .outlets
            }
        }

        public func route(_ value: FacetIndex.Value) -> Route {
            switch self {
            case .charges: .charge(value.slug)
            case .arrests: .arrestYear(Int(value.slug) ?? 0)
            case .professions: .profession(value.slug)
            case .outlets: .outlet(value.slug)
            }
        }

        var title: String {
            switch self {
            case .charges: "Charges by article"
            case .arrests: "Arrests by year"
            case .professions: "Professions"
            case .outlets: "Outlets"
            }
        }

        var lead: String {
            switch self {
            case .charges: "The articles of the codes that charges cite, in any detention, and how many people in this monitor each names."
            case .arrests: "The years people in this monitor were arrested, newest first; someone arrested in two years counts in both."
            case .professions: "The professions of the people in this monitor, and how many have each."
            case .outlets: "The media outlets the people in this monitor work for, and how many work for each."
            }
        }

        /// The title in the page's language (English: `title`).
        func title(_ context: PageContext) -> String {
            context.writesEnglish ? title : context.catalog.format("facet.\(self).title")
        }

        func lead(_ context: PageContext) -> String {
            context.writesEnglish ? lead : context.catalog.format("facet.\(self).lead")
        }

        /// A value as the page's language writes it: a charge's article in its words.
        func label(_ value: FacetIndex.Value, _ context: PageContext) -> String {
            guard self == .charges, !context.writesEnglish, let cited = value.cited else { return value.label }
            return FacetLinks.reference(Charge(article: cited.article, code: cited.code, text: nil), context) ?? value.label
        }

        func heading(_ value: FacetIndex.Value, _ context: PageContext) -> String {
            guard !context.writesEnglish else { return heading(value) }
            let label = label(value, context)
            if self == .charges { return value.name.map { "\(label) — \($0)" } ?? label }
            return context.catalog.format("facet.\(self).heading", [("value", label)])
        }

        func lead(_ value: FacetIndex.Value, _ context: PageContext) -> String {
            guard !context.writesEnglish else { return lead(value) }
            return context.catalog.format("facet.\(self).valueLead", [("people", context.catalog.string(.people(value.prisoners.count))),
                                                                     ("value", label(value, context))])
        }

        /// The heading of a value's page.
        func heading(_ value: FacetIndex.Value) -> String {
            switch self {
            case .charges: value.name.map { "\(value.label) — \($0)" } ?? value.label
            case .arrests: "Arrested in \(value.label)"
            case .professions: "Profession: \(value.label)"
            case .outlets: "Outlet: \(value.label)"
            }
        }

        /// What the people of a value's page have in common.
        func lead(_ value: FacetIndex.Value) -> String {
            let people = plural(value.prisoners.count, "person", "people")
            switch self {
            case .charges: return "\(people) in this monitor charged under this article, in their current or an earlier detention."
            case .arrests: return "\(people) in this monitor arrested in \(value.label), in their current or an earlier detention."
            case .professions: return "\(people) in this monitor whose profession is given as “\(value.label)”."
            case .outlets: return "\(people) in this monitor who work for “\(value.label)”."
            }
        }
    }

    /// The facet's index page: every value, linked, with its count.
    public static func index(_ kind: Kind, _ context: PageContext) -> HTML {
        let urls = context.urls
        let items: [HTML] = kind.facet(context.index.facets).values.map { value in
            let name: HTML = kind == .charges ? value.name.map { " — \($0)" } ?? HTML() : HTML()
            return "<li><a href=\"\(urls.path(kind.route(value)))\">\(kind.label(value, context))</a>\(name) <span class=\"count\">(\(context.number(value.prisoners.count)))</span></li>\n"
        }
        let title = kind.title(context)
        let body: HTML = """
        <h1>\(title)</h1>
        <p class="lead">\(kind.lead(context)) \(FacetLinks.line(context, except: kind.index)).</p>
        <ul class="facet">
        \(items)</ul>

        """
        return Layout.page(context, title: title, path: urls.path(kind.index), section: .prisoners, body: body)
    }

    /// A value's pages: its people by name, `perPage` a page.
    public static func render(_ kind: Kind, _ value: FacetIndex.Value, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let heading = kind.heading(value, context)
        let t = context.catalog
        return Pagination.pages(value.prisoners, size: perPage, first: urls.path(kind.route(value)), urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(kind.lead(value, context)) <a href="\(urls.path(kind.index))">\(kind.title(context))</a>.</p>
            \(PrisonerList.list(Array(chunk), context))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? pageTitle(heading, number, context) : heading,
                                                              path: path, section: .prisoners, body: body))
        }
    }
}
