import DocketModel
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
        let loaded = SiteLoader(siteDirectory: options.siteDirectory, jobs: options.jobs)
            .load(includeDrafts: options.includeDrafts, publishingAt: options.publishingAt, progress: options.progress.map { report in
                { @Sendable done, total in report(.reading(files: done, total: total)) }
            })
        guard let site = loaded.site else {
            return Report(diagnostics: loaded.diagnostics, fileCount: loaded.fileCount, pageCount: 0, written: 0,
                          unchanged: 0, prisonerCount: 0, articleCount: 0, eventCount: 0)
        }
        options.progress?(.read(files: loaded.fileCount))
        let index = SiteIndex(site: site, asOf: options.asOf)
        let context = PageContext(index: index, showsDrafts: options.includeDrafts)
        var files = PageRenderer.render(context, jobs: options.jobs, progress: options.progress)
        files += try PageRenderer.media(site, siteDirectory: options.siteDirectory)
        options.progress?(.writing(files: files.count))
        let summary = try OutputWriter(outputDirectory: options.outputDirectory).write(files)
        return Report(diagnostics: loaded.diagnostics, fileCount: loaded.fileCount,
                      pageCount: files.filter { $0.path.hasSuffix(".html") }.count,
                      written: summary.written, unchanged: summary.unchanged,
                      prisonerCount: site.prisoners.count, articleCount: site.articles.count,
                      eventCount: index.timeline.count)
    }
}
