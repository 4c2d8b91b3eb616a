import DocketBuilder
import DocketModel
import DocketSupport
import Foundation

/// The preview's build: drafts included, written into a temporary folder of its own (never the
/// site's public/; mode 700, since it holds drafts and embargoed reports), and the outcome of the
/// latest build for the server to show. It writes nothing into the site: no build cache either.
final class PreviewSite: Sendable {
    enum Outcome: Sendable {
        case built(SiteBuilder.Report)
        case failed([Diagnostic])
    }

    let siteDirectory: URL
    let outputDirectory: URL
    private let scratch: URL
    private let asOf: PartialDate
    /// The latest build's outcome, how many builds there were, and where the site is served.
    private struct Latest {
        var outcome: Outcome = .failed([])
        var generation = 0
        var basePath = "/"
    }
    private let latest = Locked(Latest())

    init(siteDirectory: URL, asOf: PartialDate) throws {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.asOf = asOf
        scratch = try Self.makePrivateFolder()
        outputDirectory = scratch.appendingPathComponent("site", isDirectory: true)
    }

    /// A new folder in the system's temporary folder that only its owner may open: `mkdtemp`
    /// makes it with mode 700 under a name no one else had, never an existing folder.
    private static func makePrivateFolder() throws -> URL {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("docket-preview-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = bytes.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw FileSystemError(.create, template, what: "the preview's private folder")
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    /// Builds now; returns the outcome and how long it took.
    @discardableResult
    func rebuild() -> (Outcome, TimeInterval) {
        let started = Date()
        var options = SiteBuilder.Options(siteDirectory: siteDirectory, outputDirectory: outputDirectory,
                                          asOf: asOf, includeDrafts: true)
        // The cache lives in the site (`.docket-cache/`) and is keyed by the output folder: each
        // preview's folder is new, so a record would only be left behind. A preview rebuilds
        // only after a change anyway.
        options.usesBuildCache = false
        let outcome: Outcome
        do {
            let report = try SiteBuilder(options: options).build()
            outcome = report.succeeded ? .built(report) : .failed(report.diagnostics)
        } catch {
            outcome = .failed([Diagnostic(.previewNotWritten, "the preview could not be written: \(error)", file: "(preview)", line: 0, column: 0)])
        }
        let basePath = SiteConfigFile.read(siteDirectory: siteDirectory)?.basePath
        latest.withLock { latest in
            latest.outcome = outcome
            latest.generation += 1
            if let basePath { latest.basePath = basePath }
        }
        return (outcome, Date().timeIntervalSince(started))
    }

    var outcome: Outcome { latest.withLock { $0.outcome } }

    /// Goes up by one with every build, good or bad: open pages reload when it changes.
    var generation: Int { latest.withLock { $0.generation } }

    /// The path part of `base_url` (`/` or `/monitor/`), where the site is served.
    var basePath: String { latest.withLock { $0.basePath } }

    /// Removes the temporary folder.
    func removeFiles() {
        try? FileManager.default.removeItem(at: scratch)
    }
}
