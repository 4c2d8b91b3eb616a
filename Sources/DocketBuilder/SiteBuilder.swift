import DocketModel
import DocketSupport
import Foundation
import Templates

/// The whole build: load and validate `content/`, index, render every page, swap the
/// output in. Nothing is written when there is any error.
public struct SiteBuilder {
    public struct Options: Sendable {
        public var siteDirectory: URL
        public var outputDirectory: URL
        public var asOf: PartialDate
        /// The moment embargoes are judged against: by default the start of `asOf` in UTC.
        public var publishingAt: Moment
        public var includeDrafts: Bool
        /// Worker threads; the output is the same whatever the number.
        public var jobs: Int
        /// Called as files are read and pages rendered (from worker threads); nil for none.
        public var progress: (@Sendable (BuildProgress) -> Void)?
        /// Whether `.docket-cache/` may answer a rebuild with nothing changed (see `BuildCache`).
        public var usesBuildCache = true
        /// Content changed less than this many seconds before a build is never trusted to the cache.
        var recentChangeSeconds = 2
        /// Whether the model, the index and the page jobs are freed before `build` returns.
        /// `docket build` exits right after the build and sets this to false: the system takes
        /// the process's memory back at exit in one go, instead of the build freeing hundreds of
        /// thousands of values one by one while the cache is recorded (about 0.1 s of CPU time at
        /// 10,000 + 10,000, on the build's last stretch). `docket serve` builds again and again, and frees.
        public var freesModel = true
        /// Where Pagefind is looked for (`PATH`, `DOCKET_PAGEFIND`) with `search: pagefind`; nil:
        /// the process's environment.
        public var environment: [String: String]? = nil

        public init(siteDirectory: URL, outputDirectory: URL? = nil, asOf: PartialDate, includeDrafts: Bool = false,
                    jobs: Int = Parallel.defaultJobs, publishingAt: Moment? = nil,
                    progress: (@Sendable (BuildProgress) -> Void)? = nil) {
            self.siteDirectory = siteDirectory.standardizedFileURL
            self.outputDirectory = (outputDirectory ?? siteDirectory.appendingPathComponent("public")).standardizedFileURL
            self.asOf = asOf
            self.publishingAt = publishingAt ?? Moment(startOf: asOf)
            self.includeDrafts = includeDrafts
            self.jobs = jobs
            self.progress = progress
        }
    }

    public struct Report: Sendable {
        public let diagnostics: [Diagnostic]
        public let fileCount: Int
        public let pageCount: Int
        public let written: Int
        public let unchanged: Int
        public let prisonerCount: Int
        public let articleCount: Int
        public let eventCount: Int
        /// Lines for the person building that are not about any file (`warning: …`).
        public var notes: [String] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func build() throws -> Report {
        if let refusal = OutputGuard.refusal(output: options.outputDirectory, site: options.siteDirectory) {
            throw OutputWriter.WriteError.refusedOutput(refusal)
        }
        // Before anything else: a build killed in the middle of a fallback swap left the old
        // site beside the output folder, not in it.
        try OutputWriter(outputDirectory: options.outputDirectory).restoreInterruptedSwap()
        var clock = PhaseClock()
        let cache = options.usesBuildCache ? BuildCache(options: options) : nil
        if let figures = cache?.unchangedBuild() {
            clock.lap("cache: nothing changed")
            return Report(diagnostics: [], fileCount: figures.fileCount, pageCount: figures.pageCount, written: 0,
                          unchanged: figures.outputFiles, prisonerCount: figures.prisonerCount,
                          articleCount: figures.articleCount, eventCount: figures.eventCount)
        }
        var startedAt = timespec()
        clock_gettime(CLOCK_REALTIME, &startedAt)
        let report: Report
        let recording = DispatchGroup()
        do {
            let loaded = SiteLoader(siteDirectory: options.siteDirectory, jobs: options.jobs)
                .load(includeDrafts: options.includeDrafts, publishingAt: options.publishingAt, asOf: options.asOf, progress: options.progress.map { report in
                    { @Sendable done, total in report(.reading(files: done, total: total)) }
                })
            guard let site = loaded.site else {
                return Report(diagnostics: loaded.diagnostics, fileCount: loaded.fileCount, pageCount: 0, written: 0,
                              unchanged: 0, prisonerCount: 0, articleCount: 0, eventCount: 0)
            }
            options.progress?(.read(files: loaded.fileCount))
            clock.lap("load")
            let index = SiteIndex(site: site, asOf: options.asOf, jobs: options.jobs)
            clock.lap("index")
            // With search on, Pagefind is found before anything is made, and run on the finished tree.
            var indexer: SearchIndexer?
            if site.config.search == .pagefind {
                switch SearchIndexer.locate(environment: options.environment ?? ProcessInfo.processInfo.environment) {
                case .success(let found): indexer = found
                case .failure(let failure):
                    return Report(diagnostics: loaded.diagnostics + [SearchIndexer.diagnostic(failure, config: site.config)],
                                  fileCount: loaded.fileCount, pageCount: 0, written: 0, unchanged: 0,
                                  prisonerCount: 0, articleCount: 0, eventCount: 0)
                }
            }
            let contexts = Self.contexts(site: site, index: index, asOf: options.asOf, showsDrafts: options.includeDrafts, jobs: options.jobs)
            let context = contexts[0]
            let jobs = PageRenderer.jobs(contexts, siteDirectory: options.siteDirectory)
            let summary: OutputWriter.Summary
            do {
                summary = try OutputWriter(outputDirectory: options.outputDirectory)
                    .write(jobs, threads: options.jobs, progress: options.progress,
                           last: { paths in PageRenderer.sitemap(paths: paths, context) },
                           beforeSwap: indexer.map { indexer in { staging in try indexer.index(site: staging) } })
            } catch let failure as SearchIndexer.Failure {
                return Report(diagnostics: loaded.diagnostics + [SearchIndexer.diagnostic(failure, config: site.config)],
                              fileCount: loaded.fileCount, pageCount: 0, written: 0, unchanged: 0,
                              prisonerCount: 0, articleCount: 0, eventCount: 0)
            }
            options.progress?(.writing(files: summary.paths.count))
            clock.lap("render and write")
            report = Report(diagnostics: loaded.diagnostics, fileCount: loaded.fileCount,
                            pageCount: summary.paths.reduce(0) { $0 + (OutputFile.isPage($1) ? 1 : 0) },
                            written: summary.written, unchanged: summary.unchanged,
                            prisonerCount: site.prisoners.count, articleCount: site.articles.count,
                            eventCount: index.timeline.count,
                            notes: Sitemap.robotsPlacementWarning(site.config).map { [$0] } ?? [])
            if let cache, loaded.diagnostics.isEmpty, let embargoes = loaded.embargoWindow {
                let figures = BuildCache.Figures(fileCount: report.fileCount, pageCount: report.pageCount, outputFiles: summary.paths.count,
                                                 prisonerCount: report.prisonerCount, articleCount: report.articleCount,
                                                 eventCount: report.eventCount)
                let (paths, stamps, started) = (summary.paths, summary.writtenStamps, startedAt)
                let output = options.outputDirectory
                let searchIndexed = indexer != nil
                // Started while the model is still held: Swift frees a value after its last use,
                // and the model's 50 ms (at 10k + 10k) of freeing should run beside the
                // recording, not before it.
                withExtendedLifetime((loaded, site, index, contexts, jobs)) {
                    DispatchQueue.global().async(group: recording) {
                        // Pagefind's files are stamped too: one removed or touched means a full build, which runs it again.
                        let stamped = searchIndexed ? paths + SearchIndexer.bundleFiles(in: output) : paths
                        cache.record(figures: figures, embargoes: embargoes, outputPaths: stamped, writtenStamps: stamps, startedAt: started)
                    }
                }
            }
            if !options.freesModel { KeptUntilExit.keep((loaded, site, index, contexts, jobs)) }
        }
        // The model, the index and the jobs were freed as the block above ended (unless kept for
        // the exit), on this thread, while another recorded the cache; the cache is complete
        // before returning.
        recording.wait()
        clock.lap("cache recorded, memory freed")
        return report
    }
}

extension SiteBuilder {
    /// One page context per language of the site, the default language's first (made from
    /// `index`, already built); each other language's is of the site as it reads it
    /// (`Site.localized(to:)`), indexed again, so its lists are in its own words.
    public static func contexts(site: Site, index: SiteIndex, asOf: PartialDate, showsDrafts: Bool,
                                jobs: Int = Parallel.defaultJobs) -> [PageContext] {
        let languages = site.config.languages
        return [PageContext(index: index, showsDrafts: showsDrafts, language: languages[0])]
            + languages.dropFirst().map { language in
                PageContext(index: SiteIndex(site: site.localized(to: language), asOf: asOf, jobs: jobs),
                            showsDrafts: showsDrafts, language: language)
            }
    }
}

/// Values a build leaves to the end of the process rather than freeing (see `Options.freesModel`).
/// Held from a global, so they stay reachable (a leak checker does not count them) until exit.
private enum KeptUntilExit {
    private static let kept = Locked<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
