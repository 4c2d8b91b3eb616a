import ArgumentParser
import DocketEditing

/// `--quiet` and `--verbose`, shared by the commands that build or check.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print only problems: no progress and no summary line.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print each stage of the work, also when not on a terminal.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var terminal: Terminal { Terminal.standardError }

    func progressLine() -> ProgressLine {
        ProgressLine(mode: ProgressLine.mode(terminal: terminal, quiet: quiet, verbose: verbose))
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
