import DocketModel
import Templates

/// Renders every page of a site into output files, on every core, in a fixed order.
public enum PageRenderer {
    public static func render(_ context: PageContext, jobs: Int = Parallel.defaultJobs,
                              progress: (@Sendable (BuildProgress) -> Void)? = nil) -> [OutputFile] {
        let site = context.index.site
        var tasks: [() -> OutputFile] = [
            { OutputFile(path: "index.html", text: HomePage.render(context).rendered) },
            { OutputFile(path: "prisoners/index.html", text: PrisonerListPage.render(context).rendered) },
            { OutputFile(path: "articles/index.html", text: ArticleListPage.render(context).rendered) },
            { OutputFile(path: "timeline/index.html", text: TimelinePage.render(context).rendered) },
            { OutputFile(path: "style.css", text: Stylesheet.css) },
        ]
        for prisoner in site.prisoners {
            tasks.append { OutputFile(path: "prisoners/\(prisoner.slug)/index.html", text: PrisonerPage.render(prisoner, context).rendered) }
        }
        for article in site.articles {
            tasks.append { OutputFile(path: "articles/\(article.slug)/index.html", text: ArticlePage.render(article, context).rendered) }
        }
        guard let progress else { return Parallel.map(tasks, jobs: jobs) { $0() } }
        let counter = RenderCounter(total: tasks.count, report: progress)
        return Parallel.map(tasks, jobs: jobs) { task in
            defer { counter.increment() }
            return task()
        }
    }
}
