import DocketModel

/// `sitemap.xml` and `robots.txt`.
public enum Sitemap {
    /// `pages`: site paths of every HTML page, with an optional last-modified date.
    public static func render(_ pages: [(path: String, modified: PartialDate?)], _ context: PageContext) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(XMLText.escape(context.urls.absolute(page.path)))</loc>"
            if let modified = page.modified { xml += "<lastmod>\(modified.description)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    public static func robots(_ context: PageContext) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(context.urls.absolute(context.urls.sitemap))\n"
    }
}
