import CFileSystem
import DocketModel
import DocketSupport
import Foundation

/// Writes a built site so that readers of the output folder only ever see the old tree
/// or the whole new one.
///
/// The new tree is written into a staging folder beside the output folder, checked to hold
/// every file written, then swapped in with one `renameat2(RENAME_EXCHANGE)` (or two renames
/// where the system has no exchange, with the old tree at `.docket-previous-<name>` in
/// between; see `swapIn`). A file whose bytes did not change is hard-linked from the old tree
/// instead of written, so it keeps its modification time.
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

    /// Why a build wrote nothing, found by the build itself; a system call that failed is
    /// thrown as the `FileSystemError` it gave.
    public enum WriteError: Error, CustomStringConvertible {
        /// The output folder is one a build must never replace (see `OutputGuard`).
        case refusedOutput(String)
        /// Something else holds or changed the output (another build, a file where a folder should be).
        case stopped(String)

        public var description: String {
            switch self {
            case .refusedOutput(let why): return why
            case .stopped(let why): return why
            }
        }
    }

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    private var stagingPrefix: String { ".docket-staging-\(outputDirectory.lastPathComponent)-" }

    /// Where the fallback swap keeps the old tree between its two renames (see `swapIn`).
    var previousDirectory: URL {
        outputDirectory.deletingLastPathComponent().appendingPathComponent(".docket-previous-\(outputDirectory.lastPathComponent)")
    }

    /// Where the tree a build replaced is kept for the next build to start from.
    var spareDirectory: URL {
        outputDirectory.deletingLastPathComponent().appendingPathComponent(".docket-spare-\(outputDirectory.lastPathComponent)")
    }

    /// Makes every job's files on up to `threads` threads and writes the site; `last` makes
    /// the files that need the paths of all the others (the sitemap); `beforeSwap` gets the
    /// finished staging tree's path before it is swapped in, and may add files to it (the next
    /// build's prune removes them again, as they are not in `Summary.paths`); with it, the tree is
    /// always staged and swapped in, even when every file is unchanged.
    ///
    /// Each file is compared with the published one as soon as it is made, then dropped, so
    /// memory holds a few pages at a time. When every file is unchanged and the published
    /// tree holds nothing else, nothing at all is written (not even a staging folder).
    public func write(_ jobs: [PageJob], threads: Int = Parallel.defaultJobs,
                      progress: (@Sendable (BuildProgress) -> Void)? = nil,
                      last: (([String]) -> [OutputFile])? = nil,
                      beforeSwap: ((String) throws -> Void)? = nil) throws -> Summary {
        let parent = outputDirectory.deletingLastPathComponent()
        try FileSystemCalls.makeFolders(parent.path)
        let lock = try OutputLock(outputDirectory: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        try restoreInterruptedSwapLocked()
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
            // With `beforeSwap`, always staged and swapped: what it adds is not among the pages' files, so
            // the published tree cannot show whether it is there and current (a lost pagefind/ is made again).
            if !staging.isStarted && beforeSwap == nil && publishedTreeHoldsOnly(summary.paths) { return summary }
            try staging.start()
            try staging.prune(keeping: summary.paths)
            try staging.verify(holds: summary.paths, threads: threads)
            // What works on the finished tree (Pagefind's index): a failure leaves the published site as it was.
            try beforeSwap?(staging.path)
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
            guard rename(staging.path, output) == 0 else { throw FileSystemError(.move(from: staging.path), output, what: "the new site") }
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError.refusedOutput("\(output) exists and is not a folder; refusing to replace it")
        }
        if TestSwitches.value("DOCKET_TEST_SWAP") != "rename" && docket_rename_exchange(staging.path, output) == 0 {
            try keepAsSpare(staging.path, threads: threads)
            return
        }
        // No atomic exchange here (NFS, vfat, some FUSE file systems): the old tree is moved to
        // `.docket-previous-<name>`, then the new one in. Killed between the two, the old tree
        // is there whole, and the next build puts it back first (`restoreInterruptedSwap`).
        let previous = previousDirectory.path
        guard rename(output, previous) == 0 else { throw FileSystemError(.move(from: output), previous, what: "the old site") }
        if TestSwitches.value("DOCKET_TEST_KILL") == "between-renames" { kill(getpid(), SIGKILL) }
        guard rename(staging.path, output) == 0 else {
            let failure = FileSystemError(.move(from: staging.path), output, what: "the new site")
            _ = rename(previous, output)
            throw failure
        }
        try keepAsSpare(previous, threads: threads)
    }

    /// Puts back the tree a fallback swap left at `.docket-previous-<name>` when it was
    /// killed between its two renames, before a build does anything else (even one that then
    /// fails): the output folder is missing and that folder is the whole old site, so it is
    /// only ever renamed back, never removed. When the output folder exists too (killed after
    /// the second rename), it is the tree replaced, and becomes the spare. Skipped while another
    /// build holds the output's lock (that build does it).
    public func restoreInterruptedSwap() throws {
        var info = stat()
        guard lstat(previousDirectory.path, &info) == 0, let lock = try? OutputLock(outputDirectory: outputDirectory) else { return }
        try withExtendedLifetime(lock) { try restoreInterruptedSwapLocked() }
    }

    /// `restoreInterruptedSwap` with the output's lock held.
    private func restoreInterruptedSwapLocked() throws {
        let previous = previousDirectory.path
        var info = stat()
        guard lstat(previous, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError.stopped("\(previous) is not a folder; it is where a build keeps the old site while swapping, move it away")
        }
        if lstat(outputDirectory.path, &info) != 0 && errno == ENOENT {
            guard rename(previous, outputDirectory.path) == 0 else {
                throw FileSystemError(.move(from: previous), outputDirectory.path, what: "the previous site back from \(previous)")
            }
            return
        }
        try keepAsSpare(previous, threads: 1)
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

    /// Staging folders of builds of this output that were killed before they finished: named
    /// exactly `.docket-staging-<name>-<pid>`, the pid all digits, of a process that no longer
    /// runs. `public-2`'s staging folders (`.docket-staging-public-2-<pid>`) start the same
    /// way and are never touched, nor is a live process's.
    private func removeLeftoverStaging(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            let digits = name.utf8.dropFirst(stagingPrefix.utf8.count)
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  let pid = pid_t(String(Substring(digits))), pid > 0,
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            try? removeTree(parent.appendingPathComponent(name).path)
        }
    }

    /// Pages written and kept, counted from the worker threads.
    private final class Counts: Sendable {
        private let value = Locked(Summary())
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
    guard docket_remove_tree(path) == 0 else { throw FileSystemError(.remove, path) }
}
