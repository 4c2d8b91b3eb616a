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

/// "Now": `--as-of`, else `SOURCE_DATE_EPOCH`, else the current time. `--as-of` is a date
/// (meaning the start of that day in UTC) or a date-time with a zone (`2016-01-15T09:00Z`);
/// days in detention count to its UTC day, embargoes end against the moment itself. Either
/// must fall in the years 0001 to 9999 (`Moment.supported`); a bad value is a user error like
/// any other: a message and status 1.
enum AsOfDate {
    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    static func resolve(_ option: String?) throws -> Moment {
        do {
            return try moment(option)
        } catch let invalid as Invalid {
            FileHandle.standardError.write(Data("error: \(invalid.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    private static func moment(_ option: String?) throws -> Moment {
        if let option {
            do {
                return try Moment(parsing: option)
            } catch {
                let why = error.reason.isEmpty ? "" : " (\(error.reason))"
                throw Invalid(description: "--as-of must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS]Z (or with an offset like +04:00) in the years 0001 to 9999, not \"\(option)\"\(why)")
            }
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), let moment = Moment(checkedSecondsSince1970: seconds) else {
                let range = Moment.supported
                throw Invalid(description: "SOURCE_DATE_EPOCH must be whole seconds since 1970 from \(range.lowerBound.secondsSince1970) "
                    + "(\(range.lowerBound)) to \(range.upperBound.secondsSince1970) (\(range.upperBound)), not \"\(epoch)\"")
            }
            return moment
        }
        return Moment(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down)))
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
