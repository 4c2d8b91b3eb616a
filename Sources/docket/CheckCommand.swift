import ArgumentParser
import DocketEditing
import DocketModel
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content/ without writing anything.",
        discussion: """
        Prints every problem and exits with status 1 when there is any error, else 0 (drafts \
        are checked too, as for a public build). --strict counts warnings as errors.

        Formats (--format):
          text    path:line:column: error: message, on standard error (the default)
          github  ::error file=path,line=4,col=9::message, on standard output:
                  GitHub Actions shows each on the offending line of a commit
                  or pull request
          json    a JSON list on standard output, one object per problem
                  with file, line, column, severity and message

        On a site in several languages, each prisoner, report and page with no \
        translation into a language is listed as a note (severity "note", code \
        "untranslated", with "language" and "translation" in JSON); notes never \
        fail a check.

        Examples:
          docket check
          docket check --site ../monitor
          docket check --as-of 2016-01-15           as a build with that date would
          docket check --format github --strict     in a GitHub Actions workflow
          docket check --format json | jq '.[] | select(.severity == "error")'
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("text, github or json.", valueName: "format"))
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The site's date: no fact may be dated after it, and embargoes are judged at it, as by build (YYYY-MM-DD or YYYY-MM-DDTHH:MMZ; default: SOURCE_DATE_EPOCH, else now).",
        valueName: "date"))
    var asOf: String?

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let started = Date()
        // Embargoes and dates are judged as a build with the same --as-of would judge them (without
        // it: SOURCE_DATE_EPOCH, else now).
        let now = try AsOfDate.resolve(asOf)
        let outcome = SiteLoader(siteDirectory: siteOptions.siteURL).load(includeDrafts: false, publishingAt: now, asOf: now.day)
        if outputOptions.verbose {
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("Read and checked \(outcome.fileCount) files in \(seconds) s.\n".utf8))
        }
        let diagnostics = strict ? DiagnosticFormat.strict(outcome.diagnostics) : outcome.diagnostics
        let notes = outcome.site.map(UntranslatedNote.notes) ?? []
        switch format {
        case .text:
            DiagnosticPrinter.print(diagnostics, terminal: outputOptions.terminal)
            if !outputOptions.quiet {
                for note in notes { FileHandle.standardError.write(Data((note.description + "\n").utf8)) }
            }
        case .github, .json:
            for line in format.lines(diagnostics, notes: notes) { print(line) }
        }
        if diagnostics.hasErrors {
            if !outputOptions.quiet {
                FileHandle.standardError.write(Data("\(DiagnosticPrinter.tally(diagnostics)) in \(outcome.fileCount) files.\n".utf8))
            }
            throw ExitCode(1)
        }
        let tally = diagnostics.isEmpty ? "no problems" : DiagnosticPrinter.tally(diagnostics)
        if !outputOptions.quiet {
            // The summary never mixes into JSON on standard output.
            let translations = outcome.site.flatMap { $0.config.isMultilingual ? " Translations: \(UntranslatedNote.tally(notes, $0))." : nil } ?? ""
            let summary = "Checked \(outcome.fileCount) files: \(tally).\(translations)\n"
            if format == .json { FileHandle.standardError.write(Data(summary.utf8)) } else { print(summary, terminator: "") }
        }
    }
}
