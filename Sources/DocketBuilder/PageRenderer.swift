import DocketModel
import Templates

/// Every page of a site as a job for the writer, in a fixed order: the site-wide pages
/// first (the timeline, the largest, at the front so it is not left for last), then one
/// page per prisoner and per report.
public enum PageRenderer {
    public static func jobs(_ context: PageContext) -> [PageJob] {
        let site = context.index.site
        var jobs: [PageJob] = [
            PageJob(path: "timeline/index.html") { TimelinePage.render(context).rendered },
            PageJob(path: "index.html") { HomePage.render(context).rendered },
            PageJob(path: "prisoners/index.html") { PrisonerListPage.render(context).rendered },
            PageJob(path: "articles/index.html") { ArticleListPage.render(context).rendered },
            PageJob(path: "style.css") { Stylesheet.css },
        ]
        jobs.reserveCapacity(jobs.count + site.prisoners.count + site.articles.count)
        for prisoner in site.prisoners {
            jobs.append(PageJob(path: "prisoners/\(prisoner.slug)/index.html") { PrisonerPage.render(prisoner, context).rendered })
        }
        for article in site.articles {
            jobs.append(PageJob(path: "articles/\(article.slug)/index.html") { ArticlePage.render(article, context).rendered })
        }
        return jobs
    }

    /// Every page rendered at once (for tests and small sites; a build streams `jobs` instead).
    public static func render(_ context: PageContext, jobs threads: Int = Parallel.defaultJobs) -> [OutputFile] {
        Parallel.map(jobs(context), jobs: threads) { OutputFile(path: $0.path, text: $0.render()) }
    }
}
