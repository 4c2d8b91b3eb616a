import ArgumentParser
import DocketBuilder
import DocketEditing
import DocketModel
import DocketSupport
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate content/ and build the site into public/.",
        discussion: """
        Nothing is written when any file has an error: the previous output stays as it was.
        The new site is written beside the output folder and swapped in at the end.

        Examples:
          docket build
          docket build --site monitor --output /srv/www/monitor --as-of 2016-01-15
          docket build --drafts --output preview
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <site>/public).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Now, for days in detention and embargoes (YYYY-MM-DD or YYYY-MM-DDTHH:MMZ; default: SOURCE_DATE_EPOCH, else now).",
        valueName: "date"))
    var asOf: String?

    @Flag(name: .long, help: "Include drafts, marked as drafts (never for the public site).")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: DOCKET_JOBS, else one per core).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let started = Date()
        let now = try AsOfDate.resolve(asOf)
        let progress = outputOptions.progressLine()
        var options = SiteBuilder.Options(
            siteDirectory: siteOptions.siteURL,
            outputDirectory: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            asOf: now.day,
            includeDrafts: drafts,
            jobs: max(1, jobs ?? Parallel.defaultJobs),
            publishingAt: now,
            progress: { progress.report($0) })
        options.freesModel = false  // the process ends right after the build
        let report: SiteBuilder.Report
        do {
            report = try SiteBuilder(options: options).build()
        } catch {
            progress.finish()
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        progress.finish()
        DiagnosticPrinter.print(report.diagnostics)
        for note in report.notes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        guard report.succeeded else {
            FileHandle.standardError.write(Data("Build failed: \(DiagnosticPrinter.tally(report.diagnostics)); nothing was written.\n".utf8))
            throw ExitCode(1)
        }
        if outputOptions.quiet { return }
        let seconds = Date().timeIntervalSince(started)
        let warnings = report.diagnostics.isEmpty ? "" : " (\(DiagnosticPrinter.tally(report.diagnostics)))"
        print("Built \(report.pageCount) pages (\(report.prisonerCount) prisoners, \(report.articleCount) reports, "
              + "\(report.eventCount) events) into \(displayPath(options.outputDirectory)) in \(String(format: "%.2f", seconds)) s: "
              + "\(report.written) files written, \(report.unchanged) unchanged\(warnings).")
    }

    private func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.path
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) + "/" : path + "/"
    }
}
