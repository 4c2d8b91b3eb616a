import ArgumentParser
import DocketModel
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content/ without writing anything.",
        discussion: """
        Prints every problem as path:line:column: error: message and exits with status 1
        when there is any error (drafts are checked too, as for a public build).

        Examples:
          docket check
          docket check --site ../monitor
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        // Embargoes are judged as a build without --as-of would judge them: SOURCE_DATE_EPOCH, else now.
        let outcome = SiteLoader(siteDirectory: siteOptions.siteURL).load(includeDrafts: false, publishingAt: try AsOfDate.resolve(nil))
        DiagnosticPrinter.print(outcome.diagnostics)
        if outcome.diagnostics.hasErrors {
            FileHandle.standardError.write(Data("\(DiagnosticPrinter.tally(outcome.diagnostics)) in \(outcome.fileCount) files.\n".utf8))
            throw ExitCode(1)
        }
        let tally = outcome.diagnostics.isEmpty ? "no problems" : DiagnosticPrinter.tally(outcome.diagnostics)
        print("Checked \(outcome.fileCount) files: \(tally).")
    }
}
