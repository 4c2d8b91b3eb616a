import Foundation

/// Counts finished pieces of work from several threads and reports (done, total) after each.
public final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: @Sendable (Int, Int) -> Void

    public init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    public func increment() {
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        report(now, total)
    }
}
