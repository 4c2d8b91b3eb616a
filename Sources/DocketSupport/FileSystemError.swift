import Foundation

/// A file-system call that failed: what was being done, to which path, and the system's
/// reason (the `errno` it set). Its description is the line an operator reads, e.g.
/// `cannot create public/prisoners: Permission denied`.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Operation: Hashable, Sendable {
        case create, open, read, write, remove
        /// A rename of `from` to the error's path.
        case move(from: String)
    }

    public let operation: Operation
    /// The path the call was made on (for a move, where it was going).
    public let path: String
    /// The `errno` the call set.
    public let code: Int32
    /// What the path is, when its name alone would not say ("the lock file", "the new site"):
    /// written before the path, or for a move instead of where it came from.
    public let what: String?

    /// `code` defaults to the current `errno`: make the error right after the call that failed.
    public init(_ operation: Operation, _ path: String, what: String? = nil, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
        self.what = what
    }

    /// The system's words for `code` (`strerror`), e.g. "No such file or directory".
    public var reason: String { String(cString: strerror(code)) }

    public var description: String {
        switch operation {
        case .move(let from): return "cannot move \(what ?? from) to \(path): \(reason)"
        case .create: return "cannot create \(subject): \(reason)"
        case .open: return "cannot open \(subject): \(reason)"
        case .read: return "cannot read \(subject): \(reason)"
        case .write: return "cannot write \(subject): \(reason)"
        case .remove: return "cannot remove \(subject): \(reason)"
        }
    }

    private var subject: String { what.map { "\($0) \(path)" } ?? path }
}
