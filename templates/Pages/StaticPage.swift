import DocketModel

/// `/<slug>/`: a free-standing page from `content/pages/` (methodology, about, contact…).
public enum StaticPage {
    public static func render(_ page: Page, _ context: PageContext) -> HTML {
        let path = context.urls.page(page.slug)
        let body: HTML = """
        <article class="page">
        \(LanguageLinks.untranslatedNote(page.textLanguage, context))\
        <h1\(LanguageLinks.lang(page.textLanguage))>\(page.title)\(draftMark(page.draft, context))</h1>
        \(page.summary.map { "<p class=\"lead\"\(LanguageLinks.lang(page.textLanguage))>\($0)</p>\n" } ?? HTML())\
        \(page.textLanguage.map { "<div lang=\"\($0)\">\n\(HTML(trustedMarkup: page.bodyHTML))</div>\n" } ?? HTML(trustedMarkup: page.bodyHTML))</article>
        """
        return Layout.page(context, title: page.title, description: page.summary, path: path, section: .none, body: body)
    }
}

/// `/404.html`: what the web server shows for an unknown address. Every link is absolute
/// from the site root, so it works at any depth.
public enum NotFoundPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let t = context.catalog
        let body: HTML = """
        <h1>\(t[.notFoundHeading])</h1>
        <p>\(t.format("notFound.more"))</p>
        <ul>
        <li><a href="\(urls.home)">\(t[.navHome])</a></li>
        <li><a href="\(urls.prisoners)">\(t[.listAllPrisoners])</a></li>
        <li><a href="\(urls.articles)">\(t[.listAllReports])</a></li>
        <li><a href="\(urls.timeline)">\(t[.navTimeline])</a></li>
        </ul>
        """
        return Layout.page(context, title: t[.notFoundHeading], path: urls.notFound, section: .none,
                           head: HeadExtras(noIndex: true), body: body)
    }
}
