import DocketModel
import DocketSupport
import Foundation
import Templates

/// Every file of a site as jobs for the writer, in a fixed order: the site-wide pages and
/// listings first (the largest at the front so they are not left for last), then one job per
/// prisoner (page, feed, long lists) and per report, the two taking turns, then photos; the
/// sitemap is made from the paths the jobs produced.
///
/// A site in several languages is one set of jobs per language (`context` is in that language,
/// its pages under the language's folder); the files every language shares (the stylesheet, the
/// open data's files, robots.txt, the search script, media) come with the default language's.
public enum PageRenderer {
    public static func jobs(_ context: PageContext, siteDirectory: URL? = nil) -> [PageJob] {
        let index = context.index
        let site = index.site
        let urls = context.urls
        let images = site.imageSizes
        let makesSharedFiles = context.language.isDefault
        @Sendable func page(_ rendered: RenderedPage) -> OutputFile {
            OutputFile(path: urls.outputPath(rendered.path), contents: rendered.html.bytes)
        }
        @Sendable func output(_ route: Route) -> String { urls.outputFile(route) }
        func single(_ route: Route, _ render: @escaping @Sendable () throws -> HTML) -> PageJob {
            let output = output(route)
            return PageJob { [OutputFile(path: output, contents: try render().bytes)] }
        }
        func text(_ route: Route, _ render: @escaping @Sendable () throws -> String) -> PageJob {
            PageJob(path: output(route), render: render)
        }
        func bytes(_ route: Route, _ render: @escaping @Sendable () throws -> [UInt8]) -> PageJob {
            let output = output(route)
            return PageJob { [OutputFile(path: output, contents: try render())] }
        }

        /// A page's chart as its own file, when there are dates enough to draw one.
        @Sendable func chart(_ route: Route, _ series: DetentionSeries, subject: String) -> [OutputFile] {
            ChartFile.svg(series, subject: subject, context).map { [OutputFile(path: output(route), contents: Array($0.utf8))] } ?? []
        }

        let names = NameIndex(site.prisoners)
        let orders = PrisonerOrders(site.prisoners)
        let recent = RecentChanges(site)
        var jobs: [PageJob] = []
        if makesSharedFiles {
            // The longest job first, so no thread is left with it at the end.
            jobs.append(PageJob {
                let (json, csv) = OpenData.eventFiles(context)
                return [OutputFile(path: Route.dataFile("events.json").outputFile, contents: json),
                        OutputFile(path: Route.dataFile("events.csv").outputFile, contents: csv)]
            })
        }
        for entry in index.years {
            jobs.append(PageJob { TimelinePage.renderYear(entry.year, entry.events, context).map(page) })
        }
        jobs += [
            PageJob { PrisonerListPage.render(.name, orders, context).map(page) },
            PageJob { PrisonerListPage.render(.arrest, orders, context).map(page) },
            PageJob { PrisonerListPage.render(.review, orders, context).map(page) },
            PageJob { ArticleListPage.render(context).map(page) },
            PageJob {
                [OutputFile(path: output(.home), contents: HomePage.render(context, names: names, recent: recent).bytes)]
                    + chart(.chart, index.series, subject: "")
            },
            single(.timeline) { TimelinePage.renderHub(context, recent: recent) },
            single(.countries) { CountryListPage.render(context) },
            single(.tags) { TagListPage.render(context) },
            single(.data) { DataPage.render(context) },
            single(.notFound) { NotFoundPage.render(context) },
            bytes(.reportsFeed) {
                let reports = try AtomFeed.reportsInFeed(context).map { ($0, try PageBody.feedHTML($0.body, of: .article($0.slug), urls, images: images)) }
                return AtomFeed.reports(reports, context)
            },
            bytes(.timelineFeed) { AtomFeed.timeline(context) },
        ]
        if makesSharedFiles {
            jobs += [
                text(.stylesheet) { Stylesheet.css },
                text(.robots) { Sitemap.robots(context) },
                bytes(.dataFile("prisoners.json")) { OpenData.prisonersJSON(context) },
                bytes(.dataFile("prisoners.csv")) { OpenData.prisonersCSV(context) },
            ]
        }
        for group in orders.byStatus {
            jobs.append(PageJob { StatusPage.render(group.status, group.prisoners, context).map(page) })
        }
        for country in index.countries.countries {
            jobs.append(PageJob {
                [OutputFile(path: output(.country(country.slug)), contents: CountryPage.render(country, context).bytes)]
                    + chart(.countryChart(country.slug), country.series, subject: context.countryName(country.name))
            })
            let byStatus = orders.byCountryAndStatus[country.name] ?? [:]
            jobs.append(PageJob {
                PrisonerStatus.allCases.flatMap { status in
                    byStatus[status].map { CountryStatusPage.render(country, status, $0, context).map(page) } ?? []
                }
            })
        }
        for tag in index.tags.tags {
            jobs.append(PageJob { TagPage.render(tag, context).map(page) })
        }
        for staticPage in site.pages {
            jobs.append(single(.page(staticPage.slug)) { StaticPage.render(staticPage, context) })
        }
        if site.config.search != nil && makesSharedFiles {
            jobs.append(text(.searchScript) { SearchScript.source })
        }
        if !context.corrections.isEmpty {
            jobs.append(single(.corrections) { CorrectionsPage.render(context) })
            jobs.append(bytes(.correctionsFeed) { AtomFeed.corrections(context) })
        }
        if !index.schedule.upcoming.isEmpty {
            jobs.append(PageJob { UpcomingPage.render(context).map(page) })
            jobs.append(bytes(.upcomingFeed) { AtomFeed.upcoming(context) })
        }
        if !recent.changes.isEmpty {
            jobs.append(PageJob { UpdatedPage.render(recent, context).map(page) })
            jobs.append(bytes(.updatedFeed) { AtomFeed.updated(recent, context) })
        }
        if !site.prisons.isEmpty {
            let prisons = PrisonIndex(site)
            jobs.append(single(.prisons) { PrisonListPage.render(prisons, context) })
            for entry in prisons.entries {
                jobs.append(PageJob { PrisonPage.render(entry, context).map(page) })
            }
        }
        for kind in FacetPages.Kind.allCases where !kind.facet(index.facets).isEmpty {
            jobs.append(single(kind.index) { FacetPages.index(kind, context) })
            for value in kind.facet(index.facets).values {
                jobs.append(PageJob { FacetPages.render(kind, value, context).map(page) })
            }
        }
        jobs.append(single(.names) { NameIndexPage.render(names, context) })
        for letter in names.lettersWithOwnPage {
            jobs.append(PageJob { NameIndexPage.render(letter, of: names, context).map(page) })
        }
        let redirects = formerAddresses(site)
        if !redirects.isEmpty {
            jobs.append(PageJob {
                redirects.map { OutputFile(path: output($0.old), contents: RedirectPage.render(to: $0.target, title: $0.title, context).bytes) }
            })
        }
        // Prisoners and reports take turns, so two threads next to each other in the list
        // usually create files in different folders rather than queueing for one folder's lock.
        let prisonerJobs = site.prisoners.map { prisoner in
            PageJob {
                let biography = try PageBody.html(prisoner.body, on: .prisoner(prisoner.slug), urls, images: images)
                var files = [OutputFile(path: output(.prisoner(prisoner.slug)),
                                        contents: PrisonerPage.render(prisoner, biography: biography, context).bytes)]
                files.append(OutputFile(path: output(.prisonerFeed(prisoner.slug)), contents: AtomFeed.prisoner(prisoner, context)))
                files += PrisonerListingPages.render(prisoner, context).map(page)
                return files
            }
        }
        let articleJobs = site.articles.map { article in
            single(.article(article.slug)) {
                ArticlePage.render(article, text: try PageBody.html(article.body, on: .article(article.slug), urls, images: images), context)
            }
        }
        jobs += alternating(prisonerJobs, articleJobs)
        if let siteDirectory, makesSharedFiles { jobs += media(site, siteDirectory: siteDirectory) }
        return jobs
    }

    /// The elements of `first` and `second` taking turns, then the rest of the longer one.
    static func alternating<Element>(_ first: [Element], _ second: [Element]) -> [Element] {
        var merged: [Element] = []
        merged.reserveCapacity(first.count + second.count)
        for index in 0..<max(first.count, second.count) {
            if index < first.count { merged.append(first[index]) }
            if index < second.count { merged.append(second[index]) }
        }
        return merged
    }

    /// Every published prisoner's, report's and page's former addresses (`Route.formerAddress`),
    /// with the route and the name or title of the page each leads to.
    static func formerAddresses(_ site: Site) -> [(old: Route, target: Route, title: String)] {
        var found: [(old: Route, target: Route, title: String)] = []
        for prisoner in site.prisoners {
            for slug in prisoner.formerSlugs { found.append((.formerAddress(.prisoner(slug)), .prisoner(prisoner.slug), prisoner.name)) }
        }
        for article in site.articles {
            for slug in article.formerSlugs { found.append((.formerAddress(.article(slug)), .article(article.slug), article.title)) }
        }
        for page in site.pages {
            for slug in page.formerSlugs { found.append((.formerAddress(.page(slug)), .page(page.slug), page.title)) }
        }
        return found
    }

    /// The sitemap: every HTML page the other jobs made (but the 404 and the redirects from
    /// former addresses), in every language, with the date its content last changed where known;
    /// split under a sitemap index past `limit` pages.
    public static func sitemap(paths: [String], _ context: PageContext, limit: Int = Sitemap.urlLimit) -> [OutputFile] {
        var pages: [Sitemap.Page] = []
        pages.reserveCapacity(paths.count)
        let languages = context.config.languages
        let folders = languages.filter { !$0.isDefault }.map(\.folder)
        let formerRoutes = formerAddresses(context.index.site).map(\.old.outputFile)
        let redirects = Set(formerRoutes + folders.flatMap { folder in formerRoutes.map { folder + $0 } })
        let sorted = paths.sorted()
        // On a site in several languages, a page has alternates when it is in every language
        // (all but a letter of the index of names, whose letters differ between languages).
        let everyPath = languages.count > 1 ? Set(sorted) : []
        for path in sorted where path.utf8.hasSuffix(Route.indexFile) {
            if !redirects.isEmpty && redirects.contains(path) { continue }
            let folder = path.dropLast(Route.indexFile.utf8CodeUnitCount)
            // The same page in every language changed when the default language's did.
            let pageFolder = folders.first { folder.hasPrefix($0) }.map { folder.dropFirst($0.count) } ?? folder
            let latestCorrection = pageFolder == Route.corrections.path ? context.corrections.first?.correction.date : nil
            var page = Sitemap.Page(folder: folder, modified: latestCorrection ?? modified(pageFolder, context.index))
            if languages.count > 1, !isNameLetter(pageFolder),
               languages.allSatisfy({ everyPath.contains($0.folder + pageFolder + Route.indexFile.description) }) {
                page.pagePath = pageFolder
            }
            pages.append(page)
        }
        return Sitemap.files(pages, context, limit: limit).map { OutputFile(path: $0.path, contents: $0.contents) }
    }

    /// `names/<letter>/` and its pages: a letter's own pages, which exist per language.
    static func isNameLetter(_ folder: Substring) -> Bool {
        let names = Route.names.path
        return folder.hasPrefix(names) && folder.count > names.count
    }

    /// The date a page's content last changed, from the slug its folder names: a prisoner's
    /// `updated` for `prisoners/<slug>/`, a report's date for `articles/<slug>/` (`Route`'s
    /// folders), or the latest correction of either when later; else nil.
    static func modified(_ folder: Substring, _ index: SiteIndex) -> PartialDate? {
        func slug(in section: StaticString) -> String? {
            let prefix = UnsafeBufferPointer(start: section.utf8Start, count: section.utf8CodeUnitCount)
            guard folder.utf8.starts(with: prefix), folder.utf8.last == UInt8(ascii: "/") else { return nil }
            let slug = folder.utf8.dropFirst(prefix.count).dropLast()
            guard !slug.isEmpty, !slug.contains(UInt8(ascii: "/")) else { return nil }
            return String(Substring(slug))
        }
        if let slug = slug(in: Route.prisonersFolder), let prisoner = index.prisonerBySlug[slug] {
            return prisoner.corrections.isEmpty ? prisoner.updated : Correction.modified(prisoner.updated, corrections: prisoner.corrections)
        }
        if let slug = slug(in: Route.articlesFolder), let article = index.articleBySlug[slug] {
            return article.corrections.isEmpty ? article.date : Correction.modified(article.date, corrections: article.corrections)
        }
        return nil
    }

    /// The photos prisoners use and the files bodies and texts link to or show, copied from
    /// `content/media/` to `media/`.
    static func media(_ site: Site, siteDirectory: URL) -> [PageJob] {
        var seen: Set<String> = []
        var jobs: [PageJob] = []
        for prisoner in site.prisoners {
            guard let photo = prisoner.photo, seen.insert(photo.path).inserted else { continue }
            let source = siteDirectory.appendingPathComponent("content/media").appendingPathComponent(photo.path)
            jobs.append(PageJob {
                // Read again and checked against what loading read: a photo changed since stops the build.
                // One made in memory (tests) has no stamp, and is copied as it is.
                let contents = try photo.checkedBytes() ?? (try? [UInt8](Data(contentsOf: source))) ?? []
                return [OutputFile(path: Route.media(photo.path).outputFile, contents: contents)]
            })
        }
        for file in site.media where seen.insert(file.path).inserted {
            let source = siteDirectory.appendingPathComponent("content/media").appendingPathComponent(file.path)
            jobs.append(PageJob {
                let contents = try file.checkedBytes() ?? (try? [UInt8](Data(contentsOf: source))) ?? []
                return [OutputFile(path: Route.media(file.path).outputFile, contents: contents)]
            })
        }
        return jobs
    }

    /// The jobs of every language: one context per language, the default language's first.
    public static func jobs(_ contexts: [PageContext], siteDirectory: URL? = nil) -> [PageJob] {
        contexts.flatMap { jobs($0, siteDirectory: siteDirectory) }
    }

    /// Every file rendered at once (for tests and small sites; a build streams `jobs` instead).
    public static func render(_ context: PageContext, siteDirectory: URL? = nil, jobs threads: Int = Parallel.defaultJobs) throws -> [OutputFile] {
        try render([context], siteDirectory: siteDirectory, jobs: threads)
    }

    /// Every file of every language rendered at once (`contexts`: one per language, default first).
    public static func render(_ contexts: [PageContext], siteDirectory: URL? = nil, jobs threads: Int = Parallel.defaultJobs) throws -> [OutputFile] {
        let context = contexts[0]
        let made = Parallel.map(jobs(contexts, siteDirectory: siteDirectory), jobs: threads) { job in Result { try job.make() } }
        var files = try made.flatMap { try $0.get() }
        files += sitemap(paths: files.map(\.path), context)
        return files
    }
}
