import DocketModel

/// `/names/` and `/names/<letter>/`: every spelling of every published prisoner's name (name,
/// aliases, `name_native`), by script and first letter (`NameIndex`, sorted by `NameCollation`).
/// A spelling that is not the person's main name says whose it is: "Hilal Mammadov → Gilal Mamedov".
/// A letter with more than 200 names is listed on its own pages (800 names each), as is every
/// letter once those `/names/` would list itself pass 800; the index links to them.
public enum NameIndexPage {
    public static func render(_ names: NameIndex, _ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let sections: [HTML] = names.sections.map { section in
            let letters: [HTML] = section.letters.map { letter in
                let content: HTML = letter.hasOwnPage
                    ? "<p><a href=\"\(urls.nameLetter(letter.slug))\">\(t.format("names.startingWith", [("count", context.number(letter.entries.count)), ("letter", letter.label)]))</a></p>\n"
                    : list(letter.entries, context)
                return "<h3 id=\"letter-\(letter.slug)\">\(letter.label)</h3>\n\(content)"
            }
            return "<h2 id=\"script-\(section.script.slug)\">\(scriptName(section.script, context))</h2>\n\(letters)"
        }
        let body: HTML = """
        <h1>\(t[.namesHeading])</h1>
        <p class="lead">\(t.format("names.lead", [("people", t.string(.people(context.index.site.prisoners.count))), ("count", context.number(names.count))])) <a href="\(urls.prisoners)">\(t[.listAllPrisoners])</a>.</p>
        \(bar(names, context))\(sections)
        """
        return Layout.page(context, title: t[.namesHeading], description: t.format("names.description"),
                           path: urls.names, section: .names, body: body)
    }

    /// A letter's own pages (`/names/<slug>/`, then `page/N/`), `NameIndex.letterPageSize` names each.
    public static func render(_ letter: NameIndex.Letter, of names: NameIndex, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let first = urls.nameLetter(letter.slug)
        let pages = letter.pages
        let labels = letter.pageLabels
        return pages.enumerated().map { offset, entries in
            let number = offset + 1
            let path = urls.paginated(first, page: number)
            let part = pages.count > 1 ? " (\(labels[offset]))" : ""
            let body: HTML = """
            <h1>\(t.string(.namesPage(letters: letter.label)))\(part)</h1>
            <p class="lead">\(t.format("names.letterLead", [("count", context.number(letter.entries.count)), ("letter", letter.label),
                                                            ("pages", pages.count > 1 ? t.format("names.onPages", [("pages", context.number(pages.count))]) : "")])) <a href="\(urls.names)">\(t[.listAllNames])</a>.</p>
            \(bar(names, context, current: path))\(list(Array(entries), context))\
            \(Pagination.nav(first: first, page: number, of: pages.count, urls: urls, label: t.format("names.pagesOf", [("letter", letter.label)]), catalog: t))
            """
            // A letter's pages exist in the languages whose names have that letter: no alternates.
            var head = HeadExtras()
            head.alternates = false
            return RenderedPage(path: path, html: Layout.page(context, title: "\(t.string(.namesPage(letters: letter.label)))\(part)",
                                                              description: t.format("names.letterDescription", [("letter", letter.label)]),
                                                              path: path, section: .names, head: head, body: body))
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
            return "<p>\(scriptName(section.script, context))</p>\n<ul class=\"tags\">\(items)</ul>\n"
        }
        return "<nav aria-label=\"\(context.catalog.format("names.letters"))\">\n\(rows)</nav>\n"
    }

    /// "Latin", "Kiril", "Кириллица".
    static func scriptName(_ script: NameCollation.Script, _ context: PageContext) -> String {
        context.writesEnglish ? script.name : context.catalog.format("script.\(script.slug)")
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
