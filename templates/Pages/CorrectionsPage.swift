import DocketModel

/// `/corrections/`: every correction made to a published prisoner's or report's page, newest
/// first, with its feed. Made only when there is at least one (then linked from the footer).
public enum CorrectionsPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let body: HTML = """
        <h1>\(t[.correctionsHeading])</h1>
        <p class="lead">\(t.format("corrections.pageLead")) <a href="\(urls.correctionsFeed)">\(t[.correctionsFollow])</a></p>
        \(CorrectionList.list(context.corrections, context))
        """
        return Layout.page(context, title: t[.correctionsHeading], description: t[.correctionsLead],
                           path: urls.corrections, section: .none,
                           head: HeadExtras(feeds: [(title: t[.correctionsHeading], url: urls.correctionsFeed)]), body: body)
    }
}

/// A page at an address a prisoner, a report or a page had under a former slug: a meta
/// refresh and a canonical link to the current address, and a visible link for readers whose
/// browser does not follow the refresh. No script, no frame.
public enum RedirectPage {
    /// `target`: the current page's route; `title`: its name or title.
    public static func render(to target: Route, title: String, _ context: PageContext) -> HTML {
        let urls = context.urls
        let link = urls.path(target)
        return """
        \(Layout.documentStart(language: context.language.code, title: "\(context.catalog.format("moved.title", [("title", title)])) · \(context.config.title)"))\
        <link rel="canonical" href="\(urls.absolute(link))">
        <meta http-equiv="refresh" content="0; url=\(link)">
        <link rel="stylesheet" href="\(urls.stylesheet)">
        </head>
        <body>
        <main id="main">
        <h1>\(context.label(.movedHeading))</h1>
        <p>\(phrase(context.catalog, "moved.lead", [("address", "<a href=\"\(link)\">\(title)</a>")])).</p>
        </main>
        </body>
        </html>

        """
    }
}
