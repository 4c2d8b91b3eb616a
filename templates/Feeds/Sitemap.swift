import DocketModel

/// `sitemap.xml` and `robots.txt`, as sitemaps.org's protocol says: at most `urlLimit` URLs
/// in a file (a larger site gets `sitemap-1.xml`, `sitemap-2.xml`, … under a sitemap index at
/// `sitemap.xml`), and a `lastmod` only as a full date.
public enum Sitemap {
    /// The protocol's limit of URLs in one sitemap file.
    public static let urlLimit = 50_000

    /// One page of the sitemap: its folder (relative to the site's root, the language's folder
    /// included: `az/prisoners/x/`), its last change, and on a site in several languages the same
    /// page in every language (`xhtml:link` alternates), when it exists in every one.
    public struct Page: Sendable {
        public let folder: Substring
        public let modified: PartialDate?
        /// The page's folder under each language's folder (`prisoners/x/`), when it has alternates.
        public var pagePath: Substring? = nil

        public init(folder: Substring, modified: PartialDate?, pagePath: Substring? = nil) {
            self.folder = folder
            self.modified = modified
            self.pagePath = pagePath
        }
    }

    /// The sitemap files for `pages`, by path relative to the site: `sitemap.xml` alone, or
    /// the index and its parts when there are more than `limit` pages.
    /// `pages`: the folder of every HTML page, relative to the site (`prisoners/x/`, the
    /// home page's is empty), with an optional last-modified date.
    public static func files(_ pages: [Page], _ context: PageContext,
                             limit: Int = urlLimit) -> [(path: String, contents: [UInt8])] {
        guard pages.count > limit else { return [(Route.sitemap.outputFile, render(pages[...], context))] }
        let parts = stride(from: 0, to: pages.count, by: limit).map { pages[$0..<min($0 + limit, pages.count)] }
        var files: [(path: String, contents: [UInt8])] = [(Route.sitemap.outputFile, index(parts: parts.count, context))]
        for (offset, part) in parts.enumerated() { files.append((Route.sitemapPart(offset + 1).outputFile, render(part, context))) }
        return files
    }

    /// One `<urlset>`.
    static func render(_ pages: ArraySlice<Page>, _ context: PageContext) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(200 + pages.count * (context.urls.baseURL.utf8.count + 64))
        let languages = context.config.languages
        xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"".utf8
        if languages.count > 1 { xml += " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"".utf8 }
        xml += ">\n".utf8
        for page in pages {
            xml += "<url><loc>".utf8
            XMLText.append(context.urls.baseURL, to: &xml)
            XMLText.append(page.folder, to: &xml)
            xml += "</loc>".utf8
            // The schema takes a full date (or a date and time); a month or a year alone is left out.
            if let modified = page.modified, modified.precision == .day {
                xml += "<lastmod>".utf8
                xml += modified.description.utf8
                xml += "</lastmod>".utf8
            }
            if let pagePath = page.pagePath {
                // Every language's address of the page, its own included, and the default's as x-default.
                let links = languages.map { ($0.code, $0.folder) } + [("x-default", languages[0].folder)]
                for (code, folder) in links {
                    xml += "\n<xhtml:link rel=\"alternate\" hreflang=\"".utf8
                    XMLText.append(code, to: &xml)
                    xml += "\" href=\"".utf8
                    XMLText.append(context.urls.rootURL + folder, to: &xml)
                    XMLText.append(pagePath, to: &xml)
                    xml += "\"/>".utf8
                }
            }
            xml += "</url>\n".utf8
        }
        xml += "</urlset>\n".utf8
        return xml
    }

    /// The `<sitemapindex>` naming `sitemap-1.xml` to `sitemap-<parts>.xml`.
    static func index(parts: Int, _ context: PageContext) -> [UInt8] {
        var xml: [UInt8] = []
        xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for number in 1...max(1, parts) {
            xml += "<sitemap><loc>".utf8
            XMLText.append(context.urls.absolute(context.urls.path(.sitemapPart(number))), to: &xml)
            xml += "</loc></sitemap>\n".utf8
        }
        xml += "</sitemapindex>\n".utf8
        return xml
    }

    public static func robots(_ context: PageContext) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(context.urls.absolute(context.urls.sitemap))\n"
    }

    /// A warning for the person building when `base_url` has a path: crawlers read only
    /// `/robots.txt` at the root of a host, so the one written under the path is never read.
    public static func robotsPlacementWarning(_ config: SiteConfig) -> String? {
        guard config.basePath != "/" else { return nil }
        return "warning: base_url has the path \(config.basePath): robots.txt is written to \(config.baseURL)robots.txt, "
            + "where crawlers do not look; to have it read, serve it (or a copy) at the root of the host"
    }
}
