import CFileSystem
import Foundation

/// The new tree being written beside the output folder, created only once a page turns out
/// to differ from the one already published.
///
/// Until then the writer only records which pages are unchanged; the first changed page
/// creates the staging folder and hard-links every unchanged page recorded so far. Safe to
/// use from many threads.
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

    init(path: String, previous: String) {
        self.path = path
        self.previous = previous
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
        guard mkdir(path, 0o755) == 0 else { throw OutputWriter.WriteError.io("cannot create \(path): \(errnoText())") }
        folder = docket_open_folder(path)
        guard folder >= 0 else { throw OutputWriter.WriteError.io("cannot open \(path): \(errnoText())") }
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
            try withParents(of: relative) { docket_write_file_at(folder, relative, bytes.baseAddress, bytes.count, &info) }
        }
        return info
    }

    private func linkUnchanged(_ relative: String) throws {
        do {
            try withParents(of: relative) { linkat(previousFolder, relative, folder, relative, 0) }
        } catch {
            // No hard links here (another file system, a limit): copy the bytes instead.
            guard let data = FileManager.default.contents(atPath: previous + "/" + relative) else { throw error }
            try data.withUnsafeBytes { bytes in
                try withParents(of: relative) { docket_write_file_at(folder, relative, bytes.baseAddress, bytes.count, nil) }
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
        guard create() == 0 else { throw OutputWriter.WriteError.io("cannot write \(path)/\(relative): \(errnoText())") }
    }

    /// Creates `relative` (a folder under the staging folder), its parents only when missing:
    /// the deepest first, as most of a page's folders already exist.
    private func makeFolder(_ relative: String) throws {
        if mkdirat(folder, relative, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = relative.utf8.lastIndex(of: 47) else {
            throw OutputWriter.WriteError.io("cannot create \(path)/\(relative): \(errnoText())")
        }
        try makeFolder(String(relative[..<slash]))
        if mkdirat(folder, relative, 0o755) != 0 && errno != EEXIST {
            throw OutputWriter.WriteError.io("cannot create \(path)/\(relative): \(errnoText())")
        }
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
