import DocketSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads a file of the site (content, `site.yml`, a photo) with one `open`, `fstat` and
/// (usually) one `read`; a file over `ContentText.maximumSize` (through a link, as reading
/// sees it) is refused before reading.
///
/// Only a regular file is read: it is opened without blocking (a named pipe would otherwise
/// wait for a writer forever) and judged by `fstat` of what was opened, so nothing can be
/// swapped in between a check and the `open`.
enum ContentFileRead {
    case bytes([UInt8])
    case tooLarge(Int)
    /// A named pipe, a device, a socket or a folder; or a symbolic link, with `followsLinks` false.
    case notRegular
    /// The call that failed, with the path and the system's reason.
    case unreadable(FileSystemError)

    /// What an editor is told about a file that is `notRegular`.
    static let notRegularMessage = "not a regular file; content must be plain files, not a named pipe, a device or a socket"

    static func read(_ absolutePath: String, followsLinks: Bool = true) -> ContentFileRead {
        let fd = open(absolutePath, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followsLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return errno == ELOOP && !followsLinks ? .notRegular : .unreadable(FileSystemError(.open, absolutePath)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable(FileSystemError(.read, absolutePath)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        if Int(info.st_size) > ContentText.maximumSize { return .tooLarge(Int(info.st_size)) }
        // Read one byte past the size, so a file that grew (or is over the limit) is seen whole.
        // The buffer is left uninitialised: every byte kept is one `read` wrote.
        var failure: FileSystemError?
        var full = false
        func fill(_ buffer: inout UnsafeMutableBufferPointer<UInt8>, _ initialized: inout Int) {
            initialized = 0
            if !readAll(fd, into: buffer, count: &initialized) { failure = FileSystemError(.read, absolutePath) }
            full = initialized == buffer.count
        }
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1, initializingWith: fill)
        // Grown since `fstat`: the rest in chunks, until the end.
        while failure == nil && full {
            bytes += [UInt8](unsafeUninitializedCapacity: max(4096, bytes.count), initializingWith: fill)
        }
        if let failure { return .unreadable(failure) }
        return .bytes(bytes)
    }

    /// Reads into `buffer` until it is full or the file ends; false on an error (`errno` says which).
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int) -> Bool {
        while count < buffer.count {
            #if canImport(Glibc)
            let got = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            #else
            let got = Darwin.read(fd, buffer.baseAddress! + count, buffer.count - count)
            #endif
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return false }
            if got == 0 { return true }
            count += got
        }
        return true
    }
}
