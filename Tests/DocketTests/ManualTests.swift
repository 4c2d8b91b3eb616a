import Foundation
import Testing
@testable import DocketModel

/// The manual keeps up with the code: every diagnostic code is explained for editors, the
/// changelog has a section for the version `docket --version` prints, and the README stays a
/// front door.
@Suite struct ManualTests {
    static func read(_ relative: String) throws -> String {
        try String(contentsOf: DocketProcess.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    /// docs/editing.md has a table row for each code, with its id and name as `check` prints them.
    @Test func editingExplainsEveryDiagnosticCode() throws {
        let editing = try Self.read("docs/editing.md")
        for code in DiagnosticCode.allCases {
            #expect(editing.contains("| `\(code.label)` |"), "docs/editing.md does not explain \(code.label)")
        }
    }

    @Test func changelogHasTheVersionDocketPrints() throws {
        let result = try DocketProcess.run(["--version"])
        #expect(result.status == 0)
        let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "\(version)")
        let changelog = try Self.read("CHANGELOG.md")
        #expect(changelog.contains("\n## \(version) ("), "CHANGELOG.md has no section for \(version)")
    }

    /// The README starts with exactly the two commands CI and a new machine use, and stays short.
    @Test func readmeStartsWithTheTwoCommands() throws {
        let readme = try Self.read("README.md")
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 350)
        #expect(Array(lines.prefix(5)) == [
            "# Docket", "", "```sh",
            "scripts/build-site    # fresh machine → built site in public/ (installs libcmark-dev and libyaml-dev if needed)",
            "scripts/test          # runs the test suite",
        ])
        #expect(lines.count > 5 && lines[5] == "```")
    }
}
