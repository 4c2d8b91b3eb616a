import Foundation

/// A value shared between threads, reached only while holding its lock: the shape of the
/// standard library's `Mutex`, on a POSIX mutex.
///
/// Why not `Synchronization.Mutex`: on Linux it locks with atomics and futex calls inside the
/// prebuilt standard library, which the thread sanitizer does not see, so under
/// `--sanitize=thread` (run by CI) every value it guards reads as a data race. `NSLock` is a
/// `pthread_mutex_t`, which the sanitizer understands. This is the one `@unchecked Sendable`
/// lock in the code: the value is private and only `withLock` reaches it.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
