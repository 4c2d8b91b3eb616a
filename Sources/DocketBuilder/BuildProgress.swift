import DocketModel
import Foundation

/// Where a build is, for a progress line. Reported from worker threads.
public enum BuildProgress: Sendable, Equatable {
    /// Content files read so far, out of `total` (site.yml not counted).
    case reading(files: Int, total: Int)
    /// Content files read and checked.
    case read(files: Int)
    /// Pages rendered so far, out of `total`.
    case rendered(pages: Int, total: Int)
    /// Every page rendered; the tree is being written.
    case writing(files: Int)
}

/// Counts rendered pages from several threads and reports every change.
final class RenderCounter: Sendable {
    private let counter: ProgressCounter

    init(total: Int, report: @escaping @Sendable (BuildProgress) -> Void) {
        counter = ProgressCounter(total: total) { report(.rendered(pages: $0, total: $1)) }
    }

    func increment() { counter.increment() }
}
