import DocketModel

/// `/prisoners/`: everyone, grouped by status, with country, outlet and since when.
public enum PrisonerListPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let groups: [HTML] = context.index.prisonersByStatus.map { group in
            let items: [HTML] = group.prisoners.map { prisoner in
                var details: [String] = [prisoner.country]
                if let outlet = prisoner.outlet { details.append(outlet) }
                if let arrested = prisoner.arrested { details.append("since \(arrested.display)") }
                return """
                <li><a href="\(urls.prisoner(prisoner.slug))">\(prisoner.name)</a>\(draftMark(prisoner.draft)) \
                <span class="meta">\(details.joined(separator: " · "))</span></li>

                """
            }
            return """
            <section aria-labelledby="status-\(group.status.rawValue)">
            <h2 id="status-\(group.status.rawValue)">\(group.status.label) <span class="count">(\(group.prisoners.count))</span></h2>
            <ul class="prisoners">
            \(items)</ul>
            </section>

            """
        }
        let body: HTML = """
        <h1>Prisoners</h1>
        <p class="lead">\(plural(context.index.site.prisoners.count, "person", "people")) in this monitor, grouped by status.</p>
        \(groups.isEmpty ? "<p class=\"empty\">No prisoners yet.</p>\n" : groups.joined())
        """
        return Layout.page(context, title: "Prisoners", path: urls.prisoners, section: .prisoners, body: body)
    }
}
