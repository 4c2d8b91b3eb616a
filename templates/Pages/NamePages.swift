import DocketModel

/// `/names/` and `/names/<letter>/`: every spelling of every published prisoner's name (name,
/// aliases, `name_native`), by script and first letter (`NameIndex`, sorted by `NameCollation`).
/// A spelling that is not the person's main name says whose it is: "Hilal Mammadov → Gilal Mamedov".
/// A letter with more than 200 names is listed on its own pages (800 names each), as is every
/// letter once those `/names/` would list itself pass 800; the index links to them.
public enum NameIndexPage {
    public static func render(_ names: NameIndex, _ context: PageContext) -> HTML {
        let urls = context.urls
        let sections: [HTML] = names.sections.map { section in
            let letters: [HTML] = section.letters.map { letter in
                let content: HTML = letter.hasOwnPage
                    ? "<p><a href=\"\(urls.nameLetter(letter.slug))\">\(grouped(letter.entries.count)) names starting with \(letter.label)</a></p>\n"
                    : list(letter.entries, context)
                return "<h3 id=\"letter-\(letter.slug)\">\(letter.label)</h3>\n\(content)"
            }
            return "<h2 id=\"script-\(section.script.slug)\">\(section.script.name)</h2>\n\(letters)"
        }
        let body: HTML = """
        <h1>Names</h1>
        <p class="lead">Every name of the \(plural(context.index.site.prisoners.count, "person", "people")) in this monitor, with other spellings and names in their own script, \(grouped(names.count)) in all. <a href="\(urls.prisoners)">All prisoners</a>.</p>
        \(bar(names, context))\(sections)
        """
        return Layout.page(context, title: "Names", description: "Every name and spelling of the people in this monitor, by first letter.",
                           path: urls.names, section: .names, body: body)
    }

    /// A letter's own pages (`/names/<slug>/`, then `page/N/`), `NameIndex.letterPageSize` names each.
    public static func render(_ letter: NameIndex.Letter, of names: NameIndex, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let first = urls.nameLetter(letter.slug)
        let pages = letter.pages
        let labels = letter.pageLabels
        return pages.enumerated().map { offset, entries in
            let number = offset + 1
            let path = urls.paginated(first, page: number)
            let part = pages.count > 1 ? " (\(labels[offset]))" : ""
            let body: HTML = """
            <h1>Names: \(letter.label)\(part)</h1>
            <p class="lead">\(grouped(letter.entries.count)) names and spellings starting with \(letter.label)\(pages.count > 1 ? ", on \(pages.count) pages" : ""). <a href="\(urls.names)">All names</a>.</p>
            \(bar(names, context, current: path))\(list(Array(entries), context))\
            \(Pagination.nav(first: first, page: number, of: pages.count, urls: urls, label: "Pages of \(letter.label)"))
            """
            return RenderedPage(path: path, html: Layout.page(context, title: "Names: \(letter.label)\(part)",
                                                              description: "Names and spellings starting with \(letter.label).",
                                                              path: path, section: .names, body: body))
        }
    }

    /// The letters of each script: a jump within `/names/`, or a letter's own page; a letter of
    /// several pages links each by the names it holds ("Aa–Al"), so every name is one click away.
    static func bar(_ names: NameIndex, _ context: PageContext, current: String? = nil) -> HTML {
        let urls = context.urls
        func link(_ href: String, _ label: String) -> HTML {
            href == current ? "<a href=\"\(href)\" aria-current=\"page\">\(label)</a>" : "<a href=\"\(href)\">\(label)</a>"
        }
        let rows: [HTML] = names.sections.map { section in
            let items: [HTML] = section.letters.map { letter in
                guard letter.hasOwnPage else {
                    return "<li><a href=\"\(urls.names)#letter-\(letter.slug)\">\(letter.label)</a></li>"
                }
                let first = urls.nameLetter(letter.slug)
                let labels = letter.pageLabels
                guard labels.count > 1 else { return "<li>\(link(first, letter.label))</li>" }
                let parts: [HTML] = labels.enumerated().map { offset, label in link(urls.paginated(first, page: offset + 1), label) }
                return "<li>\(parts.joined(separator: " "))</li>"
            }
            return "<p>\(section.script.name)</p>\n<ul class=\"tags\">\(items)</ul>\n"
        }
        return "<nav aria-label=\"Letters\">\n\(rows)</nav>\n"
    }

    static func list(_ entries: [NameIndex.Entry], _ context: PageContext) -> HTML {
        let items: [HTML] = entries.map { entry in
            let link: HTML = "<a href=\"\(context.urls.prisoner(entry.slug))\">\(entry.text)</a>"
            let namesake: HTML = entry.namesake.map { " <span class=\"meta\">(\($0))</span>" } ?? HTML()
            return entry.isMain ? "<li>\(link)\(namesake)</li>\n" : "<li>\(link) → \(entry.mainName)\(namesake)</li>\n"
        }
        return "<ul class=\"names\">\n\(items)</ul>\n"
    }
}
