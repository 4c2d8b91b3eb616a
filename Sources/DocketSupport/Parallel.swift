import Dispatch
import Foundation
import Synchronization

/// Runs work over indexes on several threads. Results are always stored by index,
/// so output never depends on the number of threads or their timing.
///
/// Every closure is `@Sendable`: the compiler checks that the work shares nothing it could
/// race on. What the work makes is returned (`map`, `together`), not written into captured
/// variables.
public enum Parallel {
    /// The number of worker threads: `DOCKET_JOBS` when set, else the active processor count.
    public static var defaultJobs: Int {
        if let text = ProcessInfo.processInfo.environment["DOCKET_JOBS"], let jobs = Int(text), jobs > 0 { return jobs }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Calls `body` once for every index in `0..<count`, on up to `jobs` threads.
    public static func forEach(_ count: Int, jobs: Int = defaultJobs, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for index in 0..<count { body(index) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                if index >= count { return }
                body(index)
            }
        }
    }

    /// `transform` applied to every element, in order, computed on up to `jobs` threads.
    /// Inlinable, so callers in other modules get it specialised for their types.
    @inlinable
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], jobs: Int = defaultJobs,
                                                                _ transform: @Sendable (Element) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: elements.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = DisjointSlots(base: slots.baseAddress)
            forEach(elements.count, jobs: jobs) { index in
                slots.store(transform(elements[index]), at: index)
            }
        }
        return results.map { $0! }
    }

    /// Runs `first` and `second`, on two threads when `jobs` allows; returns both results when
    /// both are done. Inlinable, so callers in other modules get it specialised for their types.
    @inlinable
    public static func together<First: Sendable, Second: Sendable>(
        jobs: Int = defaultJobs, _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        guard jobs > 1 else { return (first(), second()) }
        let firstResult = Locked<First?>(nil)
        let secondResult = Locked<Second?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            if which == 0 {
                let value = first()
                firstResult.withLock { $0 = value }
            } else {
                let value = second()
                secondResult.withLock { $0 = value }
            }
        }
        return (firstResult.withLock { $0! }, secondResult.withLock { $0! })
    }

    /// Runs `first` and `second`, on two threads when `jobs` allows; returns when both are done.
    public static func together(jobs: Int = defaultJobs, _ first: @Sendable () -> Void, _ second: @Sendable () -> Void) {
        let _: ((), ()) = together(jobs: jobs, first, second)
    }
}

/// Slots of a buffer that the threads of `Parallel.map` fill, each index by exactly one thread
/// (`forEach` hands out every index once), so no two threads touch the same slot; the buffer
/// outlives the threads. That is the whole of the promise made by `@unchecked`.
@usableFromInline
struct DisjointSlots<Value: Sendable>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Value?>?

    @inlinable
    init(base: UnsafeMutablePointer<Value?>?) { self.base = base }

    @inlinable
    func store(_ value: Value, at index: Int) { base![index] = value }
}
