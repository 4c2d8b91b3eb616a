import DocketModel

/// The one frame around every page: head, skip link, navigation, main, footer.
public enum Layout {
    /// What the pages forbid: anything from another host, any script, any plugin.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

    public enum Section: String, Sendable {
        case home, prisoners, articles, timeline, none
    }

    public static func page(_ context: PageContext, title: String?, description: String? = nil,
                            path: String, section: Section, body: HTML) -> HTML {
        let config = context.config
        let urls = context.urls
        let fullTitle = title.map { "\($0) · \(config.title)" } ?? config.title
        let summary = description ?? config.description
        return """
        <!DOCTYPE html>
        <html lang="\(config.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <title>\(fullTitle)</title>
        \(summary.isEmpty ? HTML() : "<meta name=\"description\" content=\"\(summary)\">\n")<link rel="canonical" href="\(urls.absolute(path))">
        <link rel="stylesheet" href="\(urls.stylesheet)">
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site-header">
        <p class="site-title"><a href="\(urls.home)">\(config.title)</a></p>
        <nav aria-label="Main">
        <ul>
        \(navItem("Home", urls.home, current: section == .home))\
        \(navItem("Prisoners", urls.prisoners, current: section == .prisoners))\
        \(navItem("Reports", urls.articles, current: section == .articles))\
        \(navItem("Timeline", urls.timeline, current: section == .timeline))\
        </ul>
        </nav>
        </header>
        <main id="main">
        \(body)
        </main>
        <footer class="site-footer">
        <p>\(config.title)\(config.description.isEmpty ? "" : " — \(config.description)")</p>
        <p>Facts as of \(context.index.asOf.display). Built with Docket; this site uses no JavaScript and loads nothing from other hosts.</p>
        </footer>
        </body>
        </html>

        """
    }

    private static func navItem(_ label: String, _ href: String, current: Bool) -> HTML {
        current
            ? "<li><a href=\"\(href)\" aria-current=\"page\">\(label)</a></li>\n"
            : "<li><a href=\"\(href)\">\(label)</a></li>\n"
    }
}
