import Foundation
import Testing

/// The real `docket` binary, run as a subprocess so that a crash or a signal is seen as such.
enum DocketProcess {
    struct Result {
        let status: Int32
        /// True when the process ended by a signal (a crash, or our SIGKILL).
        let signalled: Bool
        let stdout: String
        let stderr: String
        let seconds: Double
    }

    /// `docket` beside the test bundle (`.build/debug/docket`, or the scratch path in use);
    /// `DOCKET_BINARY` overrides.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["DOCKET_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent("docket"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("docket"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("docket"))
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/docket"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// The package's folder (for Tests/BadContent and content/).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Starts docket; the caller waits or kills.
    static func start(_ arguments: [String], environment: [String: String]? = nil,
                      output: URL, errors: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        return process
    }

    /// Runs docket to the end (killing it after `timeout` seconds).
    static func run(_ arguments: [String], environment: [String: String]? = nil, timeout: Double = 60) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("docket-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        let started = Date()
        let process = try start(arguments, environment: environment, output: out, errors: err)
        let deadline = started.addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus,
                            signalled: process.terminationReason == .uncaughtSignal,
                            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                            seconds: Date().timeIntervalSince(started))
        // A sanitizer's report or a Swift runtime trap exits with a status too: never let one pass as a refusal.
        for sign in ["ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "Fatal error:", "runtime error:"] where result.stderr.contains(sign) {
            Issue.record("docket \(arguments.joined(separator: " ")) reported \(sign)\n\(result.stderr.prefix(4000))")
        }
        return result
    }
}

/// Every file, folder and symbolic link under a folder, with the files' bytes: two trees
/// are byte-identical when their snapshots are equal.
struct TreeSnapshot: Equatable {
    enum Entry: Equatable {
        case file(Data)
        case folder
        case link(String)
    }

    let entries: [String: Entry]

    init(_ root: URL) {
        var entries: [String: Entry] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = root.path + "/" + child
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: entries[child] = .folder; walk(child)
                case S_IFLNK: entries[child] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")
                default: entries[child] = .file(FileManager.default.contents(atPath: full) ?? Data())
                }
            }
        }
        walk("")
        self.entries = entries
    }

    var files: [String: Data] {
        entries.compactMapValues { if case .file(let data) = $0 { return data } else { return nil } }
    }
}

/// A throwaway folder under the system's temporary folder.
final class ScratchFolder {
    let url: URL

    init(_ label: String = "docket") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Kept with DOCKET_KEEP_TEST_FOLDERS=1, to look at or validate what a test built.
    deinit {
        if ProcessInfo.processInfo.environment["DOCKET_KEEP_TEST_FOLDERS"] == nil { try? FileManager.default.removeItem(at: url) }
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let target = path(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
    }

    /// A previous output folder with a few files, as a reader's web server would be serving it.
    func writePreviousOutput(_ relative: String = "site/public") throws {
        try write(relative + "/index.html", "<!DOCTYPE html><title>previous</title><p>The previous site.</p>\n")
        try write(relative + "/style.css", "body { color: black }\n")
        try write(relative + "/prisoners/old-record/index.html", "<!DOCTYPE html><title>old</title>\n")
    }
}
