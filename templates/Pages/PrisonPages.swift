import DocketModel

/// `/prisons/`: every prison `content/prisons.yml` lists, with how many people in the monitor
/// are held there now and have been held there.
public enum PrisonListPage {
    public static func render(_ prisons: PrisonIndex, _ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let rows: [HTML] = prisons.entries.map { entry in
            let prison = entry.prison
            return """
            <tr><th scope="row"><a href="\(urls.prison(prison.slug))">\(prison.name)</a></th><td>\(prison.place ?? "")</td>\
            <td>\(t[prison.kind.labelKey])</td><td>\(context.number(entry.heldNow.count))</td><td>\(context.number(entry.count))</td></tr>

            """
        }
        let body: HTML = """
        <h1>\(t.format("prisons.heading"))</h1>
        <p class="lead">\(t.format("prisons.listLead")) <a href="\(urls.prisoners)">\(t[.listAllPrisoners])</a>.</p>
        <table class="counts">
        <caption>\(t[.prisonsPlacesByName])</caption>
        <thead><tr><th scope="col">\(t.format("prisons.prison"))</th><th scope="col">\(t.format("prisons.place"))</th><th scope="col">\(t.format("prisons.kind"))</th><th scope="col">\(t[.homeHeldNow])</th><th scope="col">\(t[.homeInTheMonitor])</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """
        return Layout.page(context, title: t.format("prisons.heading"), description: t[.prisonsLead],
                           path: urls.prisons, section: .prisoners, body: body)
    }
}

/// `/prisons/<slug>/` (and `/prisons/<slug>/page/N/`): a prison, its place and kind, who is held
/// there now and who was before, `ListingSizes.facet` people a page (those held now first).
public enum PrisonPage {
    public static let perPage = ListingSizes.facet

    public static func render(_ entry: PrisonIndex.Entry, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let prison = entry.prison
        let kind = t[prison.kind.labelKey]
        var facts: [HTML] = ["<dt>\(t.format("prisons.kind"))</dt><dd>\(kind)</dd>\n"]
        if let place = prison.place { facts.append("<dt>\(t.format("prisons.place"))</dt><dd>\(place)</dd>\n") }
        if !prison.aliases.isEmpty { facts.append("<dt>\(t[.factAlsoWritten])</dt><dd>\(prison.aliases.joined(separator: " · "))</dd>\n") }
        let place = prison.place.map { t.format("prison.in", [("place", $0)]) } ?? ""
        let description = t.format("prison.description", [("kind", kind), ("place", place)])
        // Each person with the list they are on: held now, then held before.
        let people = entry.heldNow.map { (person: $0, now: true) } + entry.before.map { (person: $0, now: false) }
        let pageCount = Pagination.chunks(people, size: perPage).count
        return Pagination.pages(people, size: perPage, first: urls.prison(prison.slug), urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let now = chunk.filter(\.now).map(\.person)
            let before = chunk.filter { !$0.now }.map(\.person)
            var lists: HTML = HTML()
            if number == 1 && entry.heldNow.isEmpty {
                lists += section("held-now", t[.prisonHeldHereNow], "<p class=\"empty\">\(t[.prisonNoOneHeldHereNow])</p>\n")
            }
            if !now.isEmpty { lists += section("held-now", t[.prisonHeldHereNow], PrisonerList.list(now, context)) }
            if !before.isEmpty { lists += section("held-before", t[.prisonHeldHereBefore], PrisonerList.list(before, context)) }
            if number == pageCount && entry.before.isEmpty {
                lists += section("held-before", t[.prisonHeldHereBefore], "<p class=\"empty\">\(t[.prisonNoOneHeldHereBefore])</p>\n")
            }
            let body: HTML = """
            <h1>\(prison.name)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(t.format("prison.lead", [("now", t.string(.people(entry.heldNow.count))), ("before", t.string(.people(entry.before.count)))])) <a href="\(urls.prisons)">\(t[.listAllPrisons])</a>.</p>
            <dl class="facts">
            \(facts)</dl>
            \(lists)\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? pageTitle(prison.name, number, context) : prison.name,
                                                              description: description, path: path, section: .prisoners, body: body))
        }
    }
}

/// The prison as a fact box shows it: a link to its page when `prisons.yml` lists it.
enum PrisonName {
    static func html(_ name: String, slug: String?, _ context: PageContext) -> HTML {
        guard let slug else { return "\(name)" }
        return "<a href=\"\(context.urls.prison(slug))\">\(name)</a>"
    }
}
