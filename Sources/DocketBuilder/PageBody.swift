import DocketMarkdown
import DocketModel
import Templates

/// The Markdown body of a prisoner's or a report's file, read and rendered when the page (or
/// feed) that shows it is made, and handed to the template as HTML: templates read no files,
/// and no body is held in memory from loading to writing (see `MarkdownBody`).
enum PageBody {
    /// `body` for the page at `route`, its links into the site written for that page.
    /// Throws `MarkdownBody.ChangedFile` when the file changed since it was checked.
    /// `images` are the sizes of the site's media images (`Site.imageSizes`).
    static func html(_ body: MarkdownBody, on route: Route, _ urls: SiteURLs, images: [String: ImageDimensions] = [:]) throws -> HTML {
        HTML(trustedMarkup: try body.htmlBytes(links: urls.bodyLinks(onPage: urls.path(route)).showing(images)))
    }

    /// `body` for a feed, away from its page at `route`: every link to the site absolute.
    static func feedHTML(_ body: MarkdownBody, of route: Route, _ urls: SiteURLs, images: [String: ImageDimensions] = [:]) throws -> HTML {
        HTML(trustedMarkup: try body.html(links: urls.bodyLinks(onPage: urls.path(route), absolute: true).showing(images)))
    }
}
