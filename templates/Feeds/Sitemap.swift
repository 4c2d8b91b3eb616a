import DocketModel

/// `sitemap.xml` and `robots.txt`.
public enum Sitemap {
    /// `pages`: the folder of every HTML page, relative to the site (`prisoners/x/`, the
    /// home page's is empty), with an optional last-modified date.
    public static func render(_ pages: [(folder: Substring, modified: PartialDate?)], _ context: PageContext) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(200 + pages.count * (context.urls.baseURL.utf8.count + 64))
        xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for page in pages {
            xml += "<url><loc>".utf8
            XMLText.append(context.urls.baseURL, to: &xml)
            XMLText.append(page.folder, to: &xml)
            xml += "</loc>".utf8
            if let modified = page.modified {
                xml += "<lastmod>".utf8
                xml += modified.description.utf8
                xml += "</lastmod>".utf8
            }
            xml += "</url>\n".utf8
        }
        xml += "</urlset>\n".utf8
        return xml
    }

    public static func robots(_ context: PageContext) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(context.urls.absolute(context.urls.sitemap))\n"
    }
}
