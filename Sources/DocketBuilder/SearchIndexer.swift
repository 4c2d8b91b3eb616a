import DocketModel
import Foundation

/// Runs Pagefind over a built site (`search: pagefind` in site.yml), writing its index into
/// `pagefind/` of the staging tree before the swap: when Pagefind cannot run, or fails, nothing
/// is swapped in and the published site stays as it was.
///
/// Pagefind is found, in order: `DOCKET_PAGEFIND` (a path to its executable; when set, nothing
/// else is tried), `pagefind` on `PATH`, then `python3 -m pagefind` (PyPI's `pagefind[bin]`).
public struct SearchIndexer: Sendable {
    /// The command, with any arguments before Pagefind's own (`python3 -m pagefind`).
    public let command: [String]

    public enum Failure: Error, Sendable {
        /// No Pagefind found: what was tried.
        case notFound(tried: [String])
        /// Pagefind ran and failed: its exit status and what it printed.
        case failed(status: Int32, output: String)
    }

    /// Finds Pagefind, or says what was tried.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<SearchIndexer, Failure> {
        if let chosen = environment["DOCKET_PAGEFIND"], !chosen.isEmpty {
            return works([chosen]) ? .success(SearchIndexer(command: [chosen])) : .failure(.notFound(tried: ["DOCKET_PAGEFIND=\(chosen)"]))
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        func onPath(_ name: String) -> String? {
            folders.lazy.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let found = onPath("pagefind"), works([found]) { return .success(SearchIndexer(command: [found])) }
        if let python = onPath("python3"), works([python, "-m", "pagefind"]) {
            return .success(SearchIndexer(command: [python, "-m", "pagefind"]))
        }
        return .failure(.notFound(tried: ["pagefind on PATH", "python3 -m pagefind"]))
    }

    /// Whether `command --version` runs and names Pagefind.
    static func works(_ command: [String]) -> Bool {
        guard let (status, output) = try? run(command + ["--version"]) else { return false }
        return status == 0 && output.lowercased().contains("pagefind")
    }

    /// Indexes the pages under `site` (a folder), writing `site/pagefind/`.
    public func index(site: String) throws {
        let (status, output) = try Self.run(command + ["--site", site, "--output-subdir", "pagefind", "--silent"])
        if status != 0 { throw Failure.failed(status: status, output: output) }
    }

    /// The files Pagefind wrote under `pagefind/` of an output folder, as paths from its top
    /// (`pagefind/pagefind.js`), sorted: the build cache stamps them with the build's own files.
    public static func bundleFiles(in output: URL) -> [String] {
        let top = output.appendingPathComponent("pagefind").path
        guard let found = try? FileManager.default.subpathsOfDirectory(atPath: top) else { return [] }
        return found.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: top + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
        }.map { "pagefind/" + $0 }.sorted()
    }

    /// Runs a command to its end; its exit status and its standard output and error together.
    static func run(_ command: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The build's error for a failure, at `search:` in content/site.yml.
    public static func diagnostic(_ failure: Failure, config: SiteConfig) -> Diagnostic {
        let position = config.searchPosition ?? SourcePosition(line: 1, column: 1)
        let message: String
        switch failure {
        case .notFound(let tried):
            message = "search: pagefind needs Pagefind, which could not be run (tried \(tried.joined(separator: ", "))); "
                + "install it with python3 -m pip install 'pagefind[bin]', set DOCKET_PAGEFIND to its executable, or remove search: from site.yml"
        case .failed(let status, let output):
            let said = output.split(whereSeparator: \.isNewline).suffix(8).joined(separator: " / ")
            message = "Pagefind failed (exit status \(status)) while indexing the site, so nothing was published: \(said)"
        }
        return Diagnostic(.searchFailed, message, file: "content/site.yml", line: position.line, column: position.column)
    }
}
