import DocketModel

/// `/<slug>/`: a free-standing page from `content/pages/` (methodology, about, contact…).
public enum StaticPage {
    public static func render(_ page: Page, _ context: PageContext) -> HTML {
        let path = context.urls.page(page.slug)
        let body: HTML = """
        <article class="page">
        <h1>\(page.title)\(draftMark(page.draft))</h1>
        \(page.summary.map { "<p class=\"lead\">\($0)</p>\n" } ?? HTML())\
        \(HTML(trustedMarkup: page.bodyHTML))</article>
        """
        return Layout.page(context, title: page.title, description: page.summary, path: path, section: .none, body: body)
    }
}

/// `/404.html`: what the web server shows for an unknown address. Every link is absolute
/// from the site root, so it works at any depth.
public enum NotFoundPage {
    public static func render(_ context: PageContext) -> HTML {
        let urls = context.urls
        let body: HTML = """
        <h1>Page not found</h1>
        <p>There is no page at this address. It may have moved, or the address may be mistyped.</p>
        <ul>
        <li><a href="\(urls.home)">Home</a></li>
        <li><a href="\(urls.prisoners)">All prisoners</a></li>
        <li><a href="\(urls.articles)">All reports</a></li>
        <li><a href="\(urls.timeline)">Timeline</a></li>
        </ul>
        """
        return Layout.page(context, title: "Page not found", path: urls.notFound, section: .none,
                           head: HeadExtras(noIndex: true), body: body)
    }
}
