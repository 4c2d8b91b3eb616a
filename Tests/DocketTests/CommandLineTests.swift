import Foundation
import Testing

/// The `docket` executable in the build folder beside the test bundle, when it is built.
let docketExecutable: URL? = {
    let folders = [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()]
    return folders.compactMap { $0?.appendingPathComponent("docket") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// The `docket` executable itself, built beside the tests (`swift build --build-tests`):
/// exit statuses and exact output lines.
@Suite(.enabled(if: docketExecutable != nil, "the docket executable is not built"))
struct CommandLineTests {
    static var docket: URL? { docketExecutable }

    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    private func run(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.docket
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1452816000"  // 2016-01-15
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                   err: String(decoding: errData, as: UTF8.self))
    }

    @Test func newWritesTheFileAndRefusesToOverwriteIt() throws {
        let site = try TestSite()
        let first = try run(["new", "prisoner", "Xədicə İsmayılova", "--country", "Azerbaijan", "--status", "imprisoned"], in: site.root)
        #expect(first.status == 0)
        #expect(first.out.hasPrefix("Created content/prisoners/xedice-ismayilova.md\n"))
        let checked = try run(["check"], in: site.root)
        #expect(checked.status == 0)
        #expect(checked.out == "Checked 2 files: no problems.\n")

        let again = try run(["new", "prisoner", "Xədicə İsmayılova"], in: site.root)
        #expect(again.status == 1)
        #expect(again.err == "error: content/prisoners/xedice-ismayilova.md already exists; nothing was written (edit that file, or choose another --slug)\n")
    }

    @Test func newRefusesAPersonAlreadyThereUnderAnotherSpelling() throws {
        let site = try TestSite()
        #expect(try run(["new", "prisoner", "Rauf Qasımov", "--country", "Azerbaijan", "--status", "imprisoned"], in: site.root).status == 0)
        let again = try run(["new", "prisoner", "Рауф Гасымов"], in: site.root)
        #expect(again.status == 1)
        #expect(again.out == "")
        #expect(again.err == "error: \"Рауф Гасымов\" meets \"Rauf Qasımov\" in content/prisoners/rauf-qasimov.md:2 once spelling is set aside; "
            + "nothing was written (if this is the same person, edit that file; if it is someone else of the same name, add --namesake)\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/prisoners/rauf-gasymov.md").path))
        let namesake = try run(["new", "prisoner", "Рауф Гасымов", "--namesake", "--country", "Azerbaijan", "--status", "detained"], in: site.root)
        #expect(namesake.status == 0)
        #expect(namesake.out.hasPrefix("Created content/prisoners/rauf-gasymov.md\n"))
        // The check then names both files.
        let checked = try run(["check"], in: site.root)
        #expect(checked.status == 0)
        #expect(checked.out == "Checked 3 files: 1 warning.\n")
        #expect(checked.err.contains("content/prisoners/rauf-qasimov.md:2:7: warning: \"Rauf Qasımov\" meets \"Рауф Гасымов\" in content/prisoners/rauf-gasymov.md:2"))
    }

    @Test func newArticleUsesSourceDateEpoch() throws {
        let site = try TestSite()
        let made = try run(["new", "article", "Journalists sentenced in Baku"], in: site.root)
        #expect(made.status == 0)
        #expect(made.out.hasPrefix("Created content/articles/2016-01-15-journalists-sentenced-in-baku.md\n"))
    }

    @Test func checkFormatsAndExitStatus() throws {
        let site = try TestSite()
        try site.prisoner("x", "name: X\ncountry: Yemen\nstatus: jailed\narested: 2015")
        let github = try run(["check", "--format", "github"], in: site.root)
        #expect(github.status == 1)
        #expect(github.out == """
        ::error file=content/prisoners/x.md,line=4,col=9,title=E024 unknown-value::unknown status "jailed"; expected one of detained, imprisoned, released, pardoned, acquitted, deceased
        ::error file=content/prisoners/x.md,line=5,col=1,title=E020 unknown-key::unknown key "arested" in prisoner front matter; did you mean "arrested"?

        """)
        let text = try run(["check"], in: site.root, environment: ["NO_COLOR": "1"])
        #expect(text.status == 1)
        #expect(text.err.hasPrefix("content/prisoners/x.md:4:9: error: unknown status \"jailed\""))
        #expect(text.err.contains("acquitted, deceased [E024 unknown-value]\n"))
        #expect(text.err.hasSuffix("2 errors in 2 files.\n"))
        let json = try run(["check", "--format", "json"], in: site.root)
        #expect(json.status == 1)
        let list = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(list?.map { $0["line"] as? Int } == [4, 5])
        #expect(list?.map { $0["code"] as? String } == ["E024", "E020"])
    }

    @Test func strictFailsOnWarnings() throws {
        let site = try TestSite()
        try site.write("content/prisoners/x.markdown", "---\nname: X\n---\n")
        #expect(try run(["check"], in: site.root).status == 0)
        let strict = try run(["check", "--strict", "--format", "github"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.out == "::error file=content/prisoners/x.markdown,line=1,col=1,title=W001 ignored-file::ignored: content files must end in \".md\"\n")
    }

    @Test func versionAndHelp() throws {
        let site = try TestSite()
        #expect(try run(["--version"], in: site.root).out == "0.1.0\n")
        for command in [["--help"], ["help", "new", "prisoner"], ["help", "serve"], ["help", "check"]] {
            let help = try run(command, in: site.root)
            #expect(help.status == 0)
            #expect(help.out.contains("Examples:"), "\(command)")
        }
    }

    /// `--as-of` and `SOURCE_DATE_EPOCH` hold years 0001 to 9999; anything else is a user
    /// error like any other (status 1 and a message), never a crash or a huge allocation.
    @Test func badNowsAreUserErrors() throws {
        let site = try TestSite()
        try site.prisoner("test-person", "name: Test Person\ncountry: Georgia\nstatus: detained")
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = nil
        let badOptions = ["2016-13-01", "tomorrow", "0000-12-31", "0001-01-01T00:00+04:00"]
        for value in badOptions {
            let result = try DocketProcess.run(["build", "--site", site.root.path, "--as-of", value], environment: environment)
            #expect(!result.signalled && result.status == 1, "--as-of \(value): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("error: --as-of must be"), "--as-of \(value): \(result.stderr)")
        }
        let badEpochs = ["9223372036854775807", "-9223372036854775808", "315537897600", "-62135596801",
                         "253402300800", "315569520000000", "1.5", "soon"]
        for value in badEpochs {
            environment["SOURCE_DATE_EPOCH"] = value
            for command in [["build", "--site", site.root.path], ["check", "--site", site.root.path]] {
                let result = try DocketProcess.run(command, environment: environment)
                #expect(!result.signalled && result.status == 1, "SOURCE_DATE_EPOCH=\(value): \(result.status) \(result.stderr)")
                #expect(result.stderr.hasPrefix("error: SOURCE_DATE_EPOCH must be"), "SOURCE_DATE_EPOCH=\(value): \(result.stderr)")
            }
        }
        // The range's ends are fine.
        for value in ["-62135596800", "253402300799"] {
            environment["SOURCE_DATE_EPOCH"] = value
            let result = try DocketProcess.run(["check", "--site", site.root.path], environment: environment)
            #expect(result.status == 0, "SOURCE_DATE_EPOCH=\(value): \(result.stderr)")
        }
    }
}
