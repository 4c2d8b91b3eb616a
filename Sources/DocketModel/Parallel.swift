import Dispatch
import Foundation

/// Runs work over indexes on several threads. Results are always stored by index,
/// so output never depends on the number of threads or their timing.
public enum Parallel {
    /// The number of worker threads: `DOCKET_JOBS` when set, else the active processor count.
    public static var defaultJobs: Int {
        if let text = ProcessInfo.processInfo.environment["DOCKET_JOBS"], let jobs = Int(text), jobs > 0 { return jobs }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Calls `body` once for every index in `0..<count`, on up to `jobs` threads.
    public static func forEach(_ count: Int, jobs: Int = defaultJobs, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for index in 0..<count { body(index) }
            return
        }
        let lock = NSLock()
        var next = 0
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                if index >= count { return }
                body(index)
            }
        }
    }

    /// `transform` applied to every element, in order, computed on up to `jobs` threads.
    public static func map<Element, Result>(_ elements: [Element], jobs: Int = defaultJobs,
                                            _ transform: (Element) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: elements.count)
        results.withUnsafeMutableBufferPointer { slots in
            let base = slots.baseAddress
            forEach(elements.count, jobs: jobs) { index in
                base![index] = transform(elements[index])
            }
        }
        return results.map { $0! }
    }

    /// Runs `first` and `second`, on two threads when `jobs` allows; returns when both are done.
    public static func together(jobs: Int = defaultJobs, _ first: () -> Void, _ second: () -> Void) {
        guard jobs > 1 else {
            first()
            second()
            return
        }
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            if which == 0 { first() } else { second() }
        }
    }
}
