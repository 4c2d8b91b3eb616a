import ArgumentParser
import DocketEditing
import DocketModel
import Foundation

/// `--site DIR`, shared by every subcommand.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding content/.", valueName: "dir"))
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }
}

/// "Now": `--as-of`, else `SOURCE_DATE_EPOCH`, else today (UTC).
enum AsOfDate {
    static func resolve(_ option: String?) throws -> PartialDate {
        if let option {
            guard let date = try? PartialDate(parsing: option), date.precision == .day else {
                throw ValidationError("--as-of must be a date YYYY-MM-DD, not \"\(option)\"")
            }
            return date
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970, not \"\(epoch)\"")
            }
            return PartialDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        }
        return PartialDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// Prints diagnostics to standard error in compiler style.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic], terminal: Terminal = Terminal.standardError) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((terminal.paintDiagnostic(diagnostic.description) + "\n").utf8))
        }
    }

    static func tally(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        return parts.joined(separator: ", ")
    }
}
