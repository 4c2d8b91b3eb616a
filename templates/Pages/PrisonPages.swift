import DocketModel

/// `/prisons/`: every prison `content/prisons.yml` lists, with how many people in the monitor
/// are held there now and have been held there.
public enum PrisonListPage {
    public static func render(_ prisons: PrisonIndex, _ context: PageContext) -> HTML {
        let urls = context.urls
        let rows: [HTML] = prisons.entries.map { entry in
            let prison = entry.prison
            return """
            <tr><th scope="row"><a href="\(urls.prison(prison.slug))">\(prison.name)</a></th><td>\(prison.place ?? "")</td>\
            <td>\(prison.kind.label)</td><td>\(grouped(entry.heldNow.count))</td><td>\(grouped(entry.count))</td></tr>

            """
        }
        let body: HTML = """
        <h1>Prisons</h1>
        <p class="lead">Where the people in this monitor are held or were held. <a href="\(urls.prisoners)">All prisoners</a>.</p>
        <table class="counts">
        <caption>Places of detention, by name</caption>
        <thead><tr><th scope="col">Prison</th><th scope="col">Place</th><th scope="col">Kind</th><th scope="col">Held now</th><th scope="col">In the monitor</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>

        """
        return Layout.page(context, title: "Prisons", description: "Prisons and places of detention named in this monitor.",
                           path: urls.prisons, section: .prisoners, body: body)
    }
}

/// `/prisons/<slug>/` (and `/prisons/<slug>/page/N/`): a prison, its place and kind, who is held
/// there now and who was before, `ListingSizes.facet` people a page (those held now first).
public enum PrisonPage {
    public static let perPage = ListingSizes.facet

    public static func render(_ entry: PrisonIndex.Entry, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let prison = entry.prison
        var facts: [HTML] = ["<dt>Kind</dt><dd>\(prison.kind.label)</dd>\n"]
        if let place = prison.place { facts.append("<dt>Place</dt><dd>\(place)</dd>\n") }
        if !prison.aliases.isEmpty { facts.append("<dt>Also written</dt><dd>\(prison.aliases.joined(separator: " · "))</dd>\n") }
        let place = prison.place.map { " in \($0)" } ?? ""
        let description = "\(prison.kind.label)\(place): the people in this monitor held there."
        // Each person with the list they are on: held now, then held before.
        let people = entry.heldNow.map { (person: $0, now: true) } + entry.before.map { (person: $0, now: false) }
        let pageCount = Pagination.chunks(people, size: perPage).count
        return Pagination.pages(people, size: perPage, first: urls.prison(prison.slug), urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let now = chunk.filter(\.now).map(\.person)
            let before = chunk.filter { !$0.now }.map(\.person)
            var lists: HTML = HTML()
            if number == 1 && entry.heldNow.isEmpty {
                lists += section("held-now", "Held here now", "<p class=\"empty\">No one in this monitor is held here now.</p>\n")
            }
            if !now.isEmpty { lists += section("held-now", "Held here now", PrisonerList.list(now, context)) }
            if !before.isEmpty { lists += section("held-before", "Held here before", PrisonerList.list(before, context)) }
            if number == pageCount && entry.before.isEmpty {
                lists += section("held-before", "Held here before", "<p class=\"empty\">No one in this monitor is recorded as held here before.</p>\n")
            }
            let body: HTML = """
            <h1>\(prison.name)\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(entry.heldNow.count, "person", "people")) in this monitor held here now; \(plural(entry.before.count, "person", "people")) held here before. <a href="\(urls.prisons)">All prisons</a>.</p>
            <dl class="facts">
            \(facts)</dl>
            \(lists)\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? "\(prison.name), page \(number)" : prison.name,
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
