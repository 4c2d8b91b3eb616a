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
    private let lock = NSLock()
    private var started = false
    private var unchangedBeforeStart: [String] = []
    private var firstError: Error?

    init(path: String, previous: String) {
        self.path = path
        self.previous = previous
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
        let target = path + "/" + relative
        var info = stat()
        try contents.withUnsafeBytes { bytes in
            try withParents(of: relative) { docket_write_file(target, bytes.baseAddress, bytes.count, &info) }
        }
        return info
    }

    private func linkUnchanged(_ relative: String) throws {
        let source = previous + "/" + relative
        let target = path + "/" + relative
        do {
            try withParents(of: relative) { link(source, target) }
        } catch {
            // No hard links here (another file system, a limit): copy the bytes instead.
            guard let data = FileManager.default.contents(atPath: source) else { throw error }
            try data.withUnsafeBytes { bytes in
                try withParents(of: relative) { docket_write_file(target, bytes.baseAddress, bytes.count, nil) }
            }
        }
    }

    /// Runs a call that creates `relative`, creating its folders first when it reports ENOENT.
    private func withParents(of relative: String, _ create: () -> Int32) throws {
        if create() == 0 { return }
        guard errno == ENOENT, let slash = relative.utf8.lastIndex(of: 47) else {
            throw OutputWriter.WriteError.io("cannot write \(path)/\(relative): \(errnoText())")
        }
        try makeFolder(String(relative[..<slash]))
        guard create() == 0 else { throw OutputWriter.WriteError.io("cannot write \(path)/\(relative): \(errnoText())") }
    }

    /// Creates `relative` (a folder under the staging folder), its parents only when missing:
    /// the deepest first, as most of a page's folders already exist.
    private func makeFolder(_ relative: String) throws {
        let folder = path + "/" + relative
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = relative.utf8.lastIndex(of: 47) else {
            throw OutputWriter.WriteError.io("cannot create \(folder): \(errnoText())")
        }
        try makeFolder(String(relative[..<slash]))
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw OutputWriter.WriteError.io("cannot create \(folder): \(errnoText())")
        }
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
