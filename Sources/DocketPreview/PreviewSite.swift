import DocketBuilder
import DocketModel
import Foundation

/// The preview's build: drafts included, written into a temporary folder of its own (never the
/// site's public/), and the outcome of the latest build for the server to show.
final class PreviewSite: @unchecked Sendable {
    enum Outcome {
        case built(SiteBuilder.Report)
        case failed([Diagnostic])
    }

    let siteDirectory: URL
    let outputDirectory: URL
    private let scratch: URL
    private let asOf: PartialDate
    private let lock = NSLock()
    private var latest: Outcome = .failed([])
    private var generationNumber = 0
    private var basePathValue = "/"

    init(siteDirectory: URL, asOf: PartialDate) throws {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.asOf = asOf
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("docket-preview-\(UUID().uuidString)", isDirectory: true)
        outputDirectory = scratch.appendingPathComponent("site", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// Builds now; returns the outcome and how long it took.
    @discardableResult
    func rebuild() -> (Outcome, TimeInterval) {
        let started = Date()
        let options = SiteBuilder.Options(siteDirectory: siteDirectory, outputDirectory: outputDirectory,
                                          asOf: asOf, includeDrafts: true)
        let outcome: Outcome
        do {
            let report = try SiteBuilder(options: options).build()
            outcome = report.succeeded ? .built(report) : .failed(report.diagnostics)
        } catch {
            outcome = .failed([.error("the preview could not be written: \(error)", file: "(preview)", line: 0, column: 0)])
        }
        let basePath = SiteConfigFile.read(siteDirectory: siteDirectory)?.basePath
        lock.lock()
        latest = outcome
        generationNumber += 1
        if let basePath { basePathValue = basePath }
        lock.unlock()
        return (outcome, Date().timeIntervalSince(started))
    }

    var outcome: Outcome { lock.withLock { latest } }

    /// Goes up by one with every build, good or bad: open pages reload when it changes.
    var generation: Int { lock.withLock { generationNumber } }

    /// The path part of `base_url` (`/` or `/monitor/`), where the site is served.
    var basePath: String { lock.withLock { basePathValue } }

    /// Removes the temporary folder.
    func removeFiles() {
        try? FileManager.default.removeItem(at: scratch)
    }
}
