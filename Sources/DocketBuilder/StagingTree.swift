import CFileSystem
import DocketModel
import DocketSupport
import Foundation

/// The new tree being written beside the output folder, created only once a page turns out
/// to differ from the one already published.
///
/// Until then the writer only records which pages are unchanged; the first changed page
/// creates the staging folder and hard-links every unchanged page recorded so far. Safe to
/// use from many threads.
///
/// When an earlier build left the tree it replaced behind (`.docket-spare-<name>`, see
/// `OutputWriter.keepAsSpare`), that tree becomes the staging folder instead of a new one:
/// most of its files are already the published ones (hard links to the same inodes) and all
/// its folders exist, so only what differs is unlinked and made again, and what the new site
/// no longer has is removed at the end (`prune`). A file in it is never written through: a
/// changed page is unlinked first and created anew, so a name it shares with the published
/// tree cannot change the live site.
///
/// `@unchecked Sendable`: its state is guarded by its two locks, except the staging folder's
/// descriptor and the recycled tree's lists, which `start()` sets once under the lock before
/// any thread writes into the tree (every writer calls `start()` first, so the lock orders the
/// two). Kept as locks rather than a `Mutex` around everything: `write` reads the descriptor
/// for every page, from every thread, without waiting on anyone.
final class StagingTree: @unchecked Sendable {
    let path: String
    /// The published tree that unchanged pages are linked from.
    let previous: String
    /// The published tree and the staging folder, held open: files are created, compared and
    /// linked relative to them, so the kernel looks up a page's few path components rather
    /// than the whole path from `/` every time. -1 when there is none (yet).
    private let previousFolder: Int32
    private var folder: Int32 = -1
    private let lock = NSLock()
    private var started = false
    private var unchangedBeforeStart: [String] = []
    private var firstError: Error?
    /// Folders of the staging tree already made, so a page's file is created in one call
    /// rather than after a failed try that costs a lookup in a folder of thousands of entries.
    private var madeFolders = Set<Substring>()
    private let foldersLock = NSLock()
    /// The tree to start from instead of an empty folder, if any.
    private let spare: String?
    /// True once the staging folder is a recycled tree rather than a new, empty one.
    private(set) var isRecycled = false
    /// What the recycled tree held when it was taken: files and folders, relative.
    private var recycledFiles: [String] = []
    private var recycledFolders: [String] = []

    init(path: String, previous: String, spare: String? = nil) {
        self.path = path
        self.previous = previous
        self.spare = spare
        previousFolder = docket_open_folder(previous)
    }

    deinit {
        if previousFolder >= 0 { close(previousFolder) }
        if folder >= 0 { close(folder) }
    }

    /// True when the published tree holds `relative` with exactly these bytes.
    func isPublished(_ relative: String, _ contents: [UInt8]) -> Bool {
        guard previousFolder >= 0 else { return false }
        return contents.withUnsafeBytes { docket_same_contents_at(previousFolder, relative, $0.baseAddress, $0.count) == 1 }
    }

    var isStarted: Bool { lock.lock(); defer { lock.unlock() }; return started }

    var error: Error? { lock.lock(); defer { lock.unlock() }; return firstError }

    func fail(_ error: Error) {
        lock.lock()
        if firstError == nil { firstError = error }
        lock.unlock()
    }

    /// Creates the staging folder if it does not exist yet, with every unchanged page so far.
    func start() throws {
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        _ = docket_remove_tree(path)
        if !recycleSpare() {
            _ = docket_remove_tree(path)
            guard mkdir(path, 0o755) == 0 else { throw FileSystemError(.create, path) }
            folder = docket_open_folder(path)
            guard folder >= 0 else { throw FileSystemError(.open, path) }
        }
        started = true
        for relative in unchangedBeforeStart { try linkUnchanged(relative) }
        unchangedBeforeStart = []
    }

    /// A page whose bytes are those already published: linked now, or remembered until the
    /// staging folder exists (and forgotten if it never does).
    func keep(_ relative: String) throws {
        lock.lock()
        if !started {
            unchangedBeforeStart.append(relative)
            lock.unlock()
            return
        }
        lock.unlock()
        try linkUnchanged(relative)
    }

    /// Writes a new file; returns its `fstat` as written (see `BuildCache`).
    func write(_ relative: String, _ contents: [UInt8]) throws -> stat {
        var info = stat()
        try contents.withUnsafeBytes { bytes in
            try withParents(of: relative) {
                guard clearRecycled(relative) else { return -1 }
                return docket_write_file_at(folder, relative, bytes.baseAddress, bytes.count, &info)
            }
        }
        return info
    }

    /// Takes the spare tree as the staging folder: false when there is none or it cannot be
    /// used (the caller then makes an empty one). Only a tree beside a published one is taken
    /// (a first build has nothing to link, so a spare would only cost unlinking), and anything
    /// in it that is neither a regular file nor a folder (a symbolic link could lead a write
    /// outside) is removed before anything is made in it.
    private func recycleSpare() -> Bool {
        guard let spare, previousFolder >= 0 else { return false }
        var info = stat()
        guard lstat(spare, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, rename(spare, path) == 0 else { return false }
        folder = docket_open_folder(path)
        guard folder >= 0 else { return false }
        // The spare is closed to others (mode 700); the new tree gets the published one's mode.
        var published = stat()
        guard fstat(previousFolder, &published) == 0, fchmod(folder, published.st_mode & 0o7777) == 0 else {
            return abandonRecycled()
        }
        var entries: UnsafeMutablePointer<CChar>?
        var length = 0
        guard docket_list_tree(path, &entries, &length) == 0 else { return abandonRecycled() }
        defer { free(entries) }
        var files: [String] = []
        var folders: [String] = []
        var others: [String] = []
        if let entries {
            var start = 0
            while start < length {
                let kind = UInt8(bitPattern: entries[start])
                let name = String(cString: entries + start + 1)
                start += 1 + strlen(entries + start + 1) + 1
                switch kind {
                case UInt8(ascii: "f"): files.append(name)
                case UInt8(ascii: "d"): folders.append(name)
                default: others.append(name)
                }
            }
        }
        for name in others where docket_remove_tree(path + "/" + name) != 0 { return abandonRecycled() }
        recycledFiles = files
        recycledFolders = folders
        isRecycled = true
        return true
    }

    private func abandonRecycled() -> Bool {
        if folder >= 0 { close(folder) }
        folder = -1
        return false
    }

    /// In a recycled tree, removes whatever is at `relative` before a file is made there
    /// (setting errno and returning false when that fails). A new tree has nothing to remove.
    private func clearRecycled(_ relative: String) -> Bool {
        guard isRecycled else { return true }
        if unlinkat(folder, relative, 0) == 0 || errno == ENOENT { return true }
        if errno == EISDIR || errno == EPERM { return docket_remove_tree(path + "/" + relative) == 0 }
        return false
    }

    /// In a recycled tree, removes every file and folder it held that the new site does not
    /// have; `files` are all the new site's files. Nothing to do in a new tree.
    func prune(keeping files: [String]) throws {
        guard isRecycled else { return }
        let keptFiles = Set(files)
        let keptFolders = OutputFile.folders(of: files)
        // Folders first (listed before what is in them): one that goes takes its files along.
        for name in recycledFolders where !keptFolders.contains(Substring(name)) && docket_is_folder_at(folder, name) == 1 {
            guard docket_remove_tree(path + "/" + name) == 0 else {
                throw FileSystemError(.remove, "\(path)/\(name)")
            }
        }
        for name in recycledFiles where !keptFiles.contains(name) && !keptFolders.contains(Substring(name)) {
            guard unlinkat(folder, name, 0) == 0 || errno == ENOENT || errno == ENOTDIR else {
                throw FileSystemError(.remove, "\(path)/\(name)")
            }
        }
    }

    /// Checks, just before the swap, that the tree holds each of `files` (all the new site's)
    /// as a regular file: one lost since it was written or linked (removed by another program)
    /// stops the build rather than publish a site without it. One `fstatat` per file, on up to
    /// `threads` threads, each taking a slice of the list.
    func verify(holds files: [String], threads: Int) throws {
        let slices = max(1, min(threads, files.count / 1024 + 1))
        let folder = self.folder
        var missing = Parallel.map(Array(0..<slices), jobs: slices) { slice -> [String] in
            var lost: [String] = []
            var info = stat()
            for index in stride(from: slice, to: files.count, by: slices) {
                if fstatat(folder, files[index], &info, AT_SYMLINK_NOFOLLOW) != 0 || (info.st_mode & S_IFMT) != S_IFREG {
                    lost.append(files[index])
                }
            }
            return lost
        }.flatMap { $0 }
        guard missing.isEmpty else {
            missing.sort()
            let named = missing.prefix(3).joined(separator: ", ") + (missing.count > 3 ? " and \(missing.count - 3) more" : "")
            throw OutputWriter.WriteError.stopped("the new site in \(path) lost \(missing.count) of its \(files.count) files before it could be published (\(named)); something else changed it during the build. Nothing was published; build again")
        }
    }

    private func linkUnchanged(_ relative: String) throws {
        // A recycled tree mostly holds the published file already, as a link to it.
        if isRecycled && docket_same_file_at(previousFolder, folder, relative) == 1 { return }
        do {
            try withParents(of: relative) {
                guard clearRecycled(relative) else { return -1 }
                return linkat(previousFolder, relative, folder, relative, 0)
            }
        } catch {
            // No hard links here (another file system, a limit): copy the bytes instead.
            guard let data = FileManager.default.contents(atPath: previous + "/" + relative) else { throw error }
            try data.withUnsafeBytes { bytes in
                try withParents(of: relative) {
                    guard clearRecycled(relative) else { return -1 }
                    return docket_write_file_at(folder, relative, bytes.baseAddress, bytes.count, nil)
                }
            }
        }
    }

    /// Runs a call that creates `relative`, making its folder first unless it was made already.
    private func withParents(of relative: String, _ create: () -> Int32) throws {
        if let slash = relative.utf8.lastIndex(of: 47) {
            let parent = relative[..<slash]
            foldersLock.lock()
            let made = madeFolders.contains(parent)
            foldersLock.unlock()
            if !made {
                try makeFolder(String(parent))
                foldersLock.lock()
                madeFolders.insert(parent)
                foldersLock.unlock()
            }
        }
        guard create() == 0 else { throw FileSystemError(.write, "\(path)/\(relative)") }
    }

    /// Creates `relative` (a folder under the staging folder), its parents only when missing:
    /// the deepest first, as most of a page's folders already exist. In a recycled tree, a file
    /// where the new site has a folder is replaced by the folder.
    private func makeFolder(_ relative: String) throws {
        if mkdirat(folder, relative, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            guard isRecycled, docket_is_folder_at(folder, relative) == 0 else { return }
            guard unlinkat(folder, relative, 0) == 0 else {
                throw FileSystemError(.remove, "\(path)/\(relative)")
            }
        case ENOENT, ENOTDIR:
            guard let slash = relative.utf8.lastIndex(of: 47) else {
                throw FileSystemError(.create, "\(path)/\(relative)")
            }
            try makeFolder(String(relative[..<slash]))
        default:
            throw FileSystemError(.create, "\(path)/\(relative)")
        }
        if mkdirat(folder, relative, 0o755) != 0 && errno != EEXIST {
            throw FileSystemError(.create, "\(path)/\(relative)")
        }
    }
}
