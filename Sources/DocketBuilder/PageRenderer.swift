import DocketModel
import Foundation
import Templates

/// Renders every page, feed and data file of a site into output files, on every core,
/// in a fixed order.
public enum PageRenderer {
    public static func render(_ context: PageContext, jobs: Int = Parallel.defaultJobs,
                              progress: (@Sendable (BuildProgress) -> Void)? = nil) -> [OutputFile] {
        let index = context.index
        let site = index.site
        let urls = context.urls
        func page(_ rendered: RenderedPage) -> OutputFile {
            OutputFile(path: urls.outputPath(rendered.path), text: rendered.html.rendered)
        }
        func single(_ path: String, _ html: HTML) -> [OutputFile] { [page(RenderedPage(path: path, html: html))] }

        var tasks: [() -> [OutputFile]] = [
            { single(urls.home, HomePage.render(context)) },
            { PrisonerListPage.render(context).map(page) },
            { ArticleListPage.render(context).map(page) },
            { single(urls.timeline, TimelinePage.renderHub(context)) },
            { single(urls.countries, CountryListPage.render(context)) },
            { single(urls.tags, TagListPage.render(context)) },
            { single(urls.data, DataPage.render(context)) },
            { [OutputFile(path: "404.html", text: NotFoundPage.render(context).rendered)] },
            { [OutputFile(path: "style.css", text: Stylesheet.css)] },
            { [OutputFile(path: "feed.xml", text: AtomFeed.reports(context))] },
            { [OutputFile(path: "timeline/feed.xml", text: AtomFeed.timeline(context))] },
            { [OutputFile(path: "robots.txt", text: Sitemap.robots(context))] },
            { [OutputFile(path: "data/prisoners.json", text: OpenData.prisonersJSON(context)),
               OutputFile(path: "data/prisoners.csv", text: OpenData.prisonersCSV(context))] },
            { [OutputFile(path: "data/events.json", text: OpenData.eventsJSON(context)),
               OutputFile(path: "data/events.csv", text: OpenData.eventsCSV(context))] },
        ]
        for group in index.prisonersByStatus {
            tasks.append { StatusPage.render(group.status, group.prisoners, context).map(page) }
        }
        for entry in index.years {
            tasks.append { TimelinePage.renderYear(entry.year, entry.events, context).map(page) }
        }
        for country in index.countries.countries {
            tasks.append { single(urls.country(country.slug), CountryPage.render(country, context)) }
        }
        for tag in index.tags.tags {
            tasks.append { TagPage.render(tag, context).map(page) }
        }
        for staticPage in site.pages {
            tasks.append { single(urls.page(staticPage.slug), StaticPage.render(staticPage, context)) }
        }
        for prisoner in site.prisoners {
            tasks.append {
                var files = single(urls.prisoner(prisoner.slug), PrisonerPage.render(prisoner, context))
                files.append(OutputFile(path: "prisoners/\(prisoner.slug)/feed.xml", text: AtomFeed.prisoner(prisoner, context)))
                files += PrisonerListingPages.render(prisoner, context).map(page)
                return files
            }
        }
        for article in site.articles {
            tasks.append { single(urls.article(article.slug), ArticlePage.render(article, context)) }
        }
        var files: [OutputFile]
        if let progress {
            let counter = RenderCounter(total: tasks.count, report: progress)
            files = Parallel.map(tasks, jobs: jobs) { task in
                defer { counter.increment() }
                return task()
            }.flatMap { $0 }
        } else {
            files = Parallel.map(tasks, jobs: jobs) { $0() }.flatMap { $0 }
        }
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.render(sitemapEntries(files, context), context)))
        return files
    }

    /// Every HTML page but the 404, with the date its content last changed where known.
    static func sitemapEntries(_ files: [OutputFile], _ context: PageContext) -> [(path: String, modified: PartialDate?)] {
        let urls = context.urls
        var modified: [String: PartialDate] = [:]
        for prisoner in context.index.site.prisoners {
            if let updated = prisoner.updated { modified[urls.prisoner(prisoner.slug)] = updated }
        }
        for article in context.index.site.articles { modified[urls.article(article.slug)] = article.date }
        return files.compactMap { file in
            guard file.path.hasSuffix("index.html") else { return nil }
            let path = urls.basePath + file.path.dropLast("index.html".count)
            return (path, modified[path])
        }
    }

    /// The photos prisoners use, copied from `content/media/` to `media/`.
    public static func media(_ site: Site, siteDirectory: URL) throws -> [OutputFile] {
        var seen: Set<String> = []
        var files: [OutputFile] = []
        for prisoner in site.prisoners {
            guard let photo = prisoner.photo, seen.insert(photo.path).inserted else { continue }
            let source = siteDirectory.appendingPathComponent("content/media").appendingPathComponent(photo.path)
            let data = try Data(contentsOf: source)
            files.append(OutputFile(path: "media/" + photo.path, contents: [UInt8](data)))
        }
        return files
    }
}
