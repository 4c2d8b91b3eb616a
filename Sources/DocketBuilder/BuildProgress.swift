import Foundation

/// Where a build is, for a progress line. Reported from worker threads.
public enum BuildProgress: Sendable, Equatable {
    /// Content files read and checked.
    case read(files: Int)
    /// Pages rendered so far, out of `total`.
    case rendered(pages: Int, total: Int)
    /// Every page rendered; the tree is being written.
    case writing(files: Int)
}

/// Counts rendered pages from several threads and reports every change.
final class RenderCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: @Sendable (BuildProgress) -> Void

    init(total: Int, report: @escaping @Sendable (BuildProgress) -> Void) {
        self.total = total
        self.report = report
    }

    func increment() {
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        report(.rendered(pages: now, total: total))
    }
}
