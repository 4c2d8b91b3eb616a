import Synchronization

/// Counts finished pieces of work from several threads and reports (done, total) after each.
public final class ProgressCounter: Sendable {
    private let done = Atomic<Int>(0)
    private let total: Int
    private let report: @Sendable (Int, Int) -> Void

    public init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    public func increment() {
        let now = done.add(1, ordering: .relaxed).newValue
        report(now, total)
    }
}
