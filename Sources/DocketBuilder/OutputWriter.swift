import CFileSystem
import DocketModel
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

    /// Renders every page on up to `threads` threads and writes the site.
    ///
    /// Each page is compared with the published one as soon as it is rendered, then dropped,
    /// so memory holds a few pages at a time. When every page is unchanged and the published
    /// tree holds nothing else, nothing at all is written (not even a staging folder).
    public func write(_ pages: [PageJob], threads: Int = Parallel.defaultJobs) throws -> Summary {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftoverStaging(in: parent)

        let output = outputDirectory.path
        let staging = StagingTree(path: parent.appendingPathComponent(stagingPrefix + String(getpid())).path, previous: output)
        let counts = Counts()
        Parallel.forEach(pages.count, jobs: threads) { index in
            guard staging.error == nil else { return }
            let page = pages[index]
            var text = page.render()
            let same = text.withUTF8 { docket_same_contents(output + "/" + page.path, $0.baseAddress, $0.count) == 1 }
            do {
                if same {
                    try staging.keep(page.path)
                    counts.add(unchanged: 1)
                } else {
                    try staging.start()
                    try staging.write(page.path, text)
                    counts.add(written: 1)
                }
            } catch {
                staging.fail(error)
            }
        }
        do {
            if let error = staging.error { throw error }
            if !staging.isStarted && publishedTreeHoldsOnly(pages) { return counts.summary }
            try staging.start()
            try swapIn(URL(fileURLWithPath: staging.path))
        } catch {
            _ = docket_remove_tree(staging.path)
            throw error
        }
        return counts.summary
    }

    /// Writes files already rendered (for callers that have them all).
    public func write(_ files: [OutputFile]) throws -> Summary {
        try write(files.map { file in PageJob(path: file.path) { String(decoding: file.contents, as: UTF8.self) } })
    }

    /// True when the published tree has exactly the pages' files and folders, nothing else.
    private func publishedTreeHoldsOnly(_ pages: [PageJob]) -> Bool {
        var folders = Set<Substring>()
        for page in pages {
            var path = Substring(page.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !folders.insert(path).inserted { break }
            }
        }
        var fileCount = 0
        var folderCount = 0
        guard docket_count_tree(outputDirectory.path, &fileCount, &folderCount) == 0 else { return false }
        return fileCount == pages.count && folderCount == folders.count
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

    /// Pages written and kept, counted from the worker threads.
    private final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var value = Summary()
        func add(written: Int = 0, unchanged: Int = 0) {
            lock.lock()
            value.written += written
            value.unchanged += unchanged
            lock.unlock()
        }
        var summary: Summary { lock.lock(); defer { lock.unlock() }; return value }
    }
}

/// Removes a file or folder tree without ever following a symbolic link out of it.
func removeTree(_ path: String) throws {
    guard docket_remove_tree(path) == 0 else { throw OutputWriter.WriteError.io("cannot remove \(path): \(errnoText())") }
}
