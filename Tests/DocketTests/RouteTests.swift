import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 20: one `Route` type gives every output file, every link and the names a page cannot take.
@Suite struct RouteTests {
    /// The names refused before they came from the routes: the set must not change by accident.
    @Test func reservedSlugsComeFromTheRoutes() {
        #expect(Route.reservedSlugs == [
            "prisoners", "articles", "timeline", "countries", "status", "tags", "data", "media", "page",
            "feed", "sitemap", "robots", "404", "style", "index", "__docket",
        ])
        for route in Route.everyKind {
            let name = Route.name(startingPath: route.outputFile)
            #expect(!name.isEmpty && Route.reservedSlugs.contains(name), "\(route) starts with \(name)")
        }
        #expect(Route.name(startingPath: Route.sitemapPart(12).outputFile) == "sitemap")
    }

    @Test func aPageNamedLikeARouteIsRefused() throws {
        let site = try TestSite()
        for name in Route.reservedSlugs { try site.write("content/pages/\(name).md", "---\ntitle: T\n---\n") }
        try site.write("content/pages/about.md", "---\ntitle: About\n---\n")
        let messages = rendered(site.load().diagnostics)
        for name in Route.reservedSlugs.sorted() {
            #expect(messages.contains("content/pages/\(name).md:1:1: error: a page cannot be called \"\(name)\": "
                + "/\(name)/ is used by the site itself; rename the file [E034 reserved-slug]"), "\(name) was not refused")
        }
        #expect(!messages.contains { $0.hasPrefix("content/pages/about.md") })
    }
}
