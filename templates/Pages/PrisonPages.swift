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

/// `/prisons/<slug>/`: a prison, its place and kind, who is held there now and who was before.
public enum PrisonPage {
    public static func render(_ entry: PrisonIndex.Entry, _ context: PageContext) -> HTML {
        let urls = context.urls
        let prison = entry.prison
        var facts: [HTML] = ["<dt>Kind</dt><dd>\(prison.kind.label)</dd>\n"]
        if let place = prison.place { facts.append("<dt>Place</dt><dd>\(place)</dd>\n") }
        if !prison.aliases.isEmpty { facts.append("<dt>Also written</dt><dd>\(prison.aliases.joined(separator: " · "))</dd>\n") }
        func people(_ list: [Prisoner], none: String) -> HTML {
            list.isEmpty ? "<p class=\"empty\">\(none)</p>\n" : PrisonerList.list(list, context)
        }
        let body: HTML = """
        <h1>\(prison.name)</h1>
        <p class="lead">\(plural(entry.heldNow.count, "person", "people")) in this monitor held here now; \(plural(entry.before.count, "person", "people")) held here before. <a href="\(urls.prisons)">All prisons</a>.</p>
        <dl class="facts">
        \(facts)</dl>
        \(section("held-now", "Held here now", people(entry.heldNow, none: "No one in this monitor is held here now.")))\
        \(section("held-before", "Held here before", people(entry.before, none: "No one in this monitor is recorded as held here before.")))
        """
        let place = prison.place.map { " in \($0)" } ?? ""
        return Layout.page(context, title: prison.name, description: "\(prison.kind.label)\(place): the people in this monitor held there.",
                           path: urls.prison(prison.slug), section: .prisoners, body: body)
    }
}

/// The prison as a fact box shows it: a link to its page when `prisons.yml` lists it.
enum PrisonName {
    static func html(_ name: String, slug: String?, _ context: PageContext) -> HTML {
        guard let slug else { return "\(name)" }
        return "<a href=\"\(context.urls.prison(slug))\">\(name)</a>"
    }
}
