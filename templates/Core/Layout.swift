import DocketModel

/// The one frame around every page: head, skip link, navigation, main, footer.
public enum Layout {
    /// What the pages forbid: anything from another host, any script, any plugin.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
    /// With `search: pagefind`, and only then: scripts from the site's own host (`search.js`,
    /// Pagefind's `pagefind.js` and its worker, which compiles the index reader's WebAssembly
    /// under the worker's own policy) and fetches from the site's own host (the index's files).
    /// Still nothing from another host, no inline script, no eval.
    public static let searchSecurityPolicy = contentSecurityPolicy + "; script-src 'self'; connect-src 'self'"

    /// The policy of a site's pages.
    public static func securityPolicy(_ config: SiteConfig) -> String {
        config.search == nil ? contentSecurityPolicy : searchSecurityPolicy
    }

    public enum Section: String, Sendable {
        case home, prisoners, names, countries, articles, timeline, none
    }

    /// `indexed`: the page is one a reader's search should find (a person's, a report's); with
    /// search on, its content is marked for Pagefind (`data-pagefind-body`), and only such pages
    /// are indexed.
    public static func page(_ context: PageContext, title: String?, description: String? = nil,
                            path: String, section: Section, head: HeadExtras = HeadExtras(), indexed: Bool = false, body: HTML) -> HTML {
        let config = context.config
        let urls = context.urls
        let fullTitle = title.map { "\($0) · \(config.title)" } ?? config.title
        let summary = description ?? config.description
        let canonical = urls.absolute(path)
        let feedLinks: [HTML] = [context.frame.siteFeedLinks] + head.feeds.map { LayoutFrame.feedLink($0.title, $0.url, context.urls, config) }
        var meta: [HTML] = []
        if !summary.isEmpty {
            meta.append("<meta name=\"description\" content=\"\(summary)\">\n")
            meta.append("<meta property=\"og:description\" content=\"\(summary)\">\n")
        }
        if let image = head.image { meta.append("<meta property=\"og:image\" content=\"\(image)\">\n") }
        if let onion = config.onionURL {
            let onionPath = path.hasPrefix(urls.basePath) ? String(path.dropFirst(urls.basePath.count)) : ""
            meta.append("<meta http-equiv=\"onion-location\" content=\"\(onion + onionPath)\">\n")
        }
        if head.noIndex { meta.append("<meta name=\"robots\" content=\"noindex\">\n") }
        let content: HTML = indexed && config.search != nil ? "<div data-pagefind-body>\n\(body)</div>\n" : body
        let structured: HTML = head.jsonLD.map {
            "<script type=\"application/ld+json\">\(HTML(trustedMarkup: $0))</script>\n"
        } ?? HTML()
        return """
        \(documentStart(language: context.language.code, title: fullTitle, policy: securityPolicy(config)))\(meta)<meta property="og:title" content="\(title ?? config.title)">
        <meta property="og:type" content="\(head.ogType)">
        <meta property="og:url" content="\(canonical)">
        <meta property="og:site_name" content="\(config.title)">
        <link rel="canonical" href="\(canonical)">
        \(LanguageLinks.head(path, context, alternates: head.alternates))\(feedLinks)<link rel="stylesheet" href="\(urls.stylesheet)">
        \(structured)</head>
        \(context.frame.header(section))\(LanguageLinks.switcher(path, context, alternates: head.alternates))\(LayoutFrame.headerEnd)\(content)\(context.frame.footer)
        """
    }

    /// The top of every page, through its title: the language, the character set, the
    /// viewport, the policy and no referrer. The preview's error page starts the same way.
    public static func documentStart(language: String, title: String, policy: String = contentSecurityPolicy) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(policy)">
        <meta name="referrer" content="no-referrer">
        <title>\(title)</title>

        """
    }
}

/// The parts of every page's frame that are the same throughout a site, rendered once per
/// build (`PageContext` holds them): the site's feed links, the header and navigation for each
/// section, and the footer.
public struct LayoutFrame: Sendable {
    let siteFeedLinks: HTML
    private let headers: [Layout.Section: HTML]
    let footer: HTML

    /// The end of every page's header, after the language switcher: the opening of `<main>`.
    static let headerEnd: HTML = "</header>\n<main id=\"main\">\n"

    /// `linksCorrections`: the footer links `/corrections/` (made only when there is a correction).
    /// `language` gives the words (its catalog), `asOfText` the site's date as it writes it ("Facts as of …").
    init(config: SiteConfig, urls: SiteURLs, pages: [Page], asOf: PartialDate, linksCorrections: Bool = false,
         language: SiteLanguage, asOfText: String) {
        let t = language.catalog
        siteFeedLinks = Self.feedLink(t[.navReports], urls.reportsFeed, urls, config) + Self.feedLink(t[.navTimeline], urls.timelineFeed, urls, config)
        var headers: [Layout.Section: HTML] = [:]
        for section in [Layout.Section.home, .prisoners, .names, .countries, .articles, .timeline, .none] {
            headers[section] = """
            <body>
            <a class="skip" href="#main">\(t[.skipToContent])</a>
            <header class="site-header">
            <p class="site-title"><a href="\(urls.home)">\(config.title)</a></p>
            <nav aria-label="\(t[.navMain])">
            <ul>
            \(Self.navItem(t[.navHome], urls.home, current: section == .home))\
            \(Self.navItem(t[.navPrisoners], urls.prisoners, current: section == .prisoners))\
            \(Self.navItem(t[.navNames], urls.names, current: section == .names))\
            \(Self.navItem(t[.navCountries], urls.countries, current: section == .countries))\
            \(Self.navItem(t[.navReports], urls.articles, current: section == .articles))\
            \(Self.navItem(t[.navTimeline], urls.timeline, current: section == .timeline))\
            </ul>
            </nav>
            \(Self.searchBox(config, urls, label: t[.searchLabel]))
            """
        }
        self.headers = headers
        let footerPages: [HTML] = pages.map { "<li><a href=\"\(urls.page($0.slug))\">\($0.title)</a></li>\n" }
        footer = """

        </main>
        <footer class="site-footer">
        <p>\(config.title)\(config.description.isEmpty ? "" : " — \(config.description)")</p>
        <nav aria-label="\(t[.navSite])">
        <ul>
        \(footerPages)<li><a href="\(urls.tags)">\(t[.navTags])</a></li>
        <li><a href="\(urls.data)">\(t[.navOpenData])</a></li>
        \(linksCorrections ? "<li><a href=\"\(urls.corrections)\">\(t[.navCorrections])</a></li>\n" as HTML : HTML())\
        <li><a href="\(urls.reportsFeed)">\(t[.feedReports])</a></li>
        <li><a href="\(urls.timelineFeed)">\(t[.feedTimeline])</a></li>
        </ul>
        </nav>
        <p>\(t.format("footer.factsAsOf", [("date", asOfText)])) \(config.search == nil ? t[.footerNoScript] : t[.footerSearchScript])</p>
        </footer>
        </body>
        </html>

        """
    }

    /// With search on: the search box (`data-base` is the site's root, which Pagefind's result
    /// addresses are relative to, whatever the page's language; Pagefind keeps an index per
    /// `<html lang>` and searches the page's own), hidden until `search.js` runs and shows it (so readers
    /// without scripts never see a box that cannot work; the index of names is their search),
    /// and the script, a module from the site's own host.
    static func searchBox(_ config: SiteConfig, _ urls: SiteURLs, label: String) -> HTML {
        guard config.search != nil else { return HTML() }
        return """
        <div class="search" id="search" data-base="\(urls.rootPath)" hidden>
        <label for="search-input">\(label)</label>
        <input type="search" id="search-input" autocomplete="off" spellcheck="false">
        <ul id="search-results" aria-live="polite"></ul>
        </div>
        <script type="module" src="\(urls.searchScript)"></script>

        """
    }

    /// From `<body>` to the end of the header's fixed part, with `section` marked as the current
    /// one (the language switcher and `headerEnd` follow).
    func header(_ section: Layout.Section) -> HTML { headers[section] ?? HTML() }

    static func feedLink(_ title: String, _ url: String, _ urls: SiteURLs, _ config: SiteConfig) -> HTML {
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\(title) · \(config.title)\" href=\"\(urls.absolute(url))\">\n"
    }

    private static func navItem(_ label: String, _ href: String, current: Bool) -> HTML {
        current
            ? "<li><a href=\"\(href)\" aria-current=\"page\">\(label)</a></li>\n"
            : "<li><a href=\"\(href)\">\(label)</a></li>\n"
    }
}
