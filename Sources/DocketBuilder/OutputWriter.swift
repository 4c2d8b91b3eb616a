import CFileSystem
import DocketModel
import Foundation
import Synchronization

/// Writes a built site so that readers of the output folder only ever see the old tree
/// or the whole new one.
///
/// The new tree is written into a staging folder beside the output folder, then swapped
/// in with one `renameat2(RENAME_EXCHANGE)` (or two renames where the system has no
/// exchange). A file whose bytes did not change is hard-linked from the old tree instead of
/// written, so it keeps its modification time.
///
/// The old tree is not removed but kept beside the output folder as `.docket-spare-<name>`,
/// and the next build that changes anything starts from it (see `StagingTree`): there, most
/// files are already links to the published ones and every folder exists, so a rebuild after
/// one change makes and removes a few entries instead of linking the whole site again and
/// removing a whole old tree.
public struct OutputWriter {
    public let outputDirectory: URL

    public struct Summary: Sendable {
        public var written = 0
        public var unchanged = 0
        /// Every file of the new tree, relative, sorted.
        public var paths: [String] = []
        /// The `fstat` of each file written (not kept), taken from the open file as it was
        /// written; nothing renames or links it after that (see `BuildCache`).
        var writtenStamps: [String: stat] = [:]
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

    /// Where the tree a build replaced is kept for the next build to start from.
    var spareDirectory: URL {
        outputDirectory.deletingLastPathComponent().appendingPathComponent(".docket-spare-\(outputDirectory.lastPathComponent)")
    }

    /// Makes every job's files on up to `threads` threads and writes the site; `last` makes
    /// the files that need the paths of all the others (the sitemap).
    ///
    /// Each file is compared with the published one as soon as it is made, then dropped, so
    /// memory holds a few pages at a time. When every file is unchanged and the published
    /// tree holds nothing else, nothing at all is written (not even a staging folder).
    public func write(_ jobs: [PageJob], threads: Int = Parallel.defaultJobs,
                      progress: (@Sendable (BuildProgress) -> Void)? = nil,
                      last: (([String]) -> [OutputFile])? = nil) throws -> Summary {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try OutputLock(outputDirectory: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        removeLeftoverStaging(in: parent)

        let output = outputDirectory.path
        let staging = StagingTree(path: parent.appendingPathComponent(stagingPrefix + String(getpid())).path, previous: output,
                                  spare: spareDirectory.path)
        let counts = Counts()
        let counter = progress.map { RenderCounter(total: jobs.count, report: $0) }
        @Sendable func put(_ file: OutputFile) {
            guard staging.error == nil else { return }
            // Into a folder that does not exist yet (a first build), nothing is unchanged.
            let same = staging.isPublished(file.path, file.contents)
            do {
                if same {
                    try staging.keep(file.path)
                    counts.add(unchanged: 1, path: file.path)
                } else {
                    try staging.start()
                    let stamp = try staging.write(file.path, file.contents)
                    counts.add(written: 1, path: file.path, stamp: stamp)
                }
            } catch {
                staging.fail(error)
            }
        }
        Parallel.forEach(jobs.count, jobs: threads) { index in
            guard staging.error == nil else { return }
            do {
                for file in try jobs[index].make() { put(file) }
            } catch {
                staging.fail(error)
            }
            counter?.increment()
        }
        // Sorted once, before `last`: sorting what is already sorted, with one path added,
        // costs one pass (the standard library's sort finds the sorted runs).
        var paths = counts.summary.paths
        paths.sort()
        if let last, staging.error == nil {
            for file in last(paths) { put(file) }
        }
        var summary = counts.summary
        // The jobs' paths, sorted, then what `last` added (counted after them).
        summary.paths = paths + summary.paths[paths.count...]
        summary.paths.sort()
        var clock = PhaseClock()
        do {
            if let error = staging.error { throw error }
            if !staging.isStarted && publishedTreeHoldsOnly(summary.paths) { return summary }
            try staging.start()
            try staging.prune(keeping: summary.paths)
            try swapIn(URL(fileURLWithPath: staging.path), threads: threads)
            clock.lap("  of which the swap")
        } catch {
            _ = docket_remove_tree(staging.path)
            throw error
        }
        return summary
    }

    /// Writes files already made (for callers that have them all).
    public func write(_ files: [OutputFile]) throws -> Summary {
        try write(files.map { file in PageJob { [file] } })
    }

    /// True when the published tree has exactly the pages' files and folders, nothing else.
    private func publishedTreeHoldsOnly(_ paths: [String]) -> Bool {
        let folders = OutputFile.folders(of: paths)
        var fileCount = 0
        var folderCount = 0
        guard docket_count_tree(outputDirectory.path, &fileCount, &folderCount) == 0 else { return false }
        return fileCount == paths.count && folderCount == folders.count
    }

    /// Puts `staging` where the output folder is and removes the old tree.
    private func swapIn(_ staging: URL, threads: Int) throws {
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
            try keepAsSpare(staging.path, threads: threads)
            return
        }
        // No atomic exchange here: move the old tree aside, then the new one in.
        let aside = staging.path + "-old"
        guard rename(output, aside) == 0 else { throw WriteError.io("cannot move the old site aside: \(errnoText())") }
        guard rename(staging.path, output) == 0 else {
            _ = rename(aside, output)
            throw WriteError.io("cannot move the new site to \(output): \(errnoText())")
        }
        try keepAsSpare(aside, threads: threads)
    }

    /// Keeps the tree just swapped out for the next build to start from; removes it when it
    /// cannot be kept (and an older spare, which a build into an empty folder leaves unused).
    ///
    /// The spare holds the site as it was before this build, pages since taken down included,
    /// so only its owner may open it (mode 700): a web server running as another user and
    /// pointed one folder too high still cannot serve it.
    private func keepAsSpare(_ old: String, threads: Int) throws {
        let spare = spareDirectory.path
        try removeTree(spare, threads: threads)
        guard chmod(old, 0o700) == 0, rename(old, spare) == 0 else {
            try removeTree(old, threads: threads)
            return
        }
    }

    /// Staging folders of builds that were killed before they finished.
    private func removeLeftoverStaging(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            try? removeTree(parent.appendingPathComponent(name).path)
        }
    }

    /// Pages written and kept, counted from the worker threads.
    private final class Counts: Sendable {
        private let value = Mutex(Summary())
        func add(written: Int = 0, unchanged: Int = 0, path: String, stamp: stat? = nil) {
            value.withLock { value in
                value.written += written
                value.unchanged += unchanged
                value.paths.append(path)
                if let stamp { value.writtenStamps[path] = stamp }
            }
        }
        var summary: Summary { value.withLock { $0 } }
    }
}

/// Removes a file or folder tree without ever following a symbolic link out of it; with
/// `threads` above 1, its top-level entries on up to that many threads. A site's pages sit in a
/// few large folders (prisoners/, articles/): removed one per thread, no two threads wait on the
/// same folder's lock.
func removeTree(_ path: String, threads: Int = 1) throws {
    var info = stat()
    if threads > 1, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
       let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
        Parallel.forEach(names.count, jobs: threads) { index in
            _ = docket_remove_tree(path + "/" + names[index])
        }
    }
    // The tree itself, or what is left of it: the folder, and whatever an entry that failed left
    // (reported from here).
    guard docket_remove_tree(path) == 0 else { throw OutputWriter.WriteError.io("cannot remove \(path): \(errnoText())") }
}
