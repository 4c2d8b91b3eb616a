import CFileSystem
import Foundation

/// Writes a built site so that readers of the output folder only ever see the old tree
/// or the whole new one.
///
/// The new tree is written into a staging folder beside the output folder, then swapped
/// in with one `renameat2(RENAME_EXCHANGE)` (or two renames where the system has no
/// exchange), and the old tree is removed. A file whose bytes did not change is hard-linked
/// from the old tree instead of written, so it keeps its modification time.
public struct OutputWriter {
    public let outputDirectory: URL

    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
    }

    public enum WriteError: Error, CustomStringConvertible {
        case refusedOutput(String)
        case io(String)

        public var description: String {
            switch self {
            case .refusedOutput(let why): return why
            case .io(let what): return what
            }
        }
    }

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    private var stagingPrefix: String { ".docket-staging-\(outputDirectory.lastPathComponent)-" }

    public func write(_ files: [OutputFile]) throws -> Summary {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try OutputLock(outputDirectory: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        removeLeftoverStaging(in: parent)

        let staging = parent.appendingPathComponent(stagingPrefix + String(getpid()))
        try? removeTree(staging.path)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)

        var summary = Summary()
        do {
            var madeDirectories = Set<String>()
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = (file.path as NSString).deletingLastPathComponent
                if !folder.isEmpty, madeDirectories.insert(folder).inserted {
                    try fileManager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                }
                let previous = outputDirectory.appendingPathComponent(file.path).path
                if sameBytes(previous, file.contents), link(previous, target.path) == 0 {
                    summary.unchanged += 1
                    continue
                }
                try writeFile(target.path, file.contents)
                summary.written += 1
            }
            try swapIn(staging)
        } catch {
            try? removeTree(staging.path)
            throw error
        }
        return summary
    }

    /// Puts `staging` where the output folder is and removes the old tree.
    private func swapIn(_ staging: URL) throws {
        let output = outputDirectory.path
        var info = stat()
        if lstat(output, &info) != 0 {
            guard rename(staging.path, output) == 0 else { throw WriteError.io("cannot move the new site to \(output): \(errnoText())") }
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError.refusedOutput("\(output) exists and is not a folder; refusing to replace it")
        }
        if docket_rename_exchange(staging.path, output) == 0 {
            try removeTree(staging.path)
            return
        }
        // No atomic exchange here: move the old tree aside, then the new one in.
        let aside = staging.path + "-old"
        guard rename(output, aside) == 0 else { throw WriteError.io("cannot move the old site aside: \(errnoText())") }
        guard rename(staging.path, output) == 0 else {
            _ = rename(aside, output)
            throw WriteError.io("cannot move the new site to \(output): \(errnoText())")
        }
        try removeTree(aside)
    }

    /// Staging folders of builds that were killed before they finished.
    private func removeLeftoverStaging(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            try? removeTree(parent.appendingPathComponent(name).path)
        }
    }

    private func sameBytes(_ path: String, _ contents: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == contents.count else { return false }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.elementsEqual(contents)
    }

    private func writeFile(_ path: String, _ contents: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError.io("cannot create \(path): \(errnoText())") }
        defer { close(fd) }
        var offset = 0
        try contents.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError.io("cannot write \(path): \(errnoText())")
                }
                offset += written
            }
        }
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }
}

/// Removes a file or folder tree without ever following a symbolic link out of it.
func removeTree(_ path: String) throws {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names { try removeTree(path + "/" + name) }
        guard rmdir(path) == 0 else { throw OutputWriter.WriteError.io("cannot remove \(path)") }
    } else {
        guard unlink(path) == 0 else { throw OutputWriter.WriteError.io("cannot remove \(path)") }
    }
}
