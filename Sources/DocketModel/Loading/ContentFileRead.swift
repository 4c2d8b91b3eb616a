#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads a content file with one `open`, `fstat` and (usually) one `read`; a file over
/// `ContentText.maximumSize` (through a link, as reading sees it) is refused before reading.
enum ContentFileRead {
    case bytes([UInt8])
    case tooLarge(Int)
    case unreadable

    static func read(_ absolutePath: String) -> ContentFileRead {
        let fd = open(absolutePath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .unreadable }
        if Int(info.st_size) > ContentText.maximumSize { return .tooLarge(Int(info.st_size)) }
        // Read one byte past the size, so a file that grew (or is over the limit) is seen whole.
        // The buffer is left uninitialised: every byte kept is one `read` wrote.
        var failed = false
        var full = false
        func fill(_ buffer: inout UnsafeMutableBufferPointer<UInt8>, _ initialized: inout Int) {
            initialized = 0
            failed = !readAll(fd, into: buffer, count: &initialized)
            full = initialized == buffer.count
        }
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1, initializingWith: fill)
        // Grown since `fstat`: the rest in chunks, until the end.
        while !failed && full {
            bytes += [UInt8](unsafeUninitializedCapacity: max(4096, bytes.count), initializingWith: fill)
        }
        if failed { return .unreadable }
        return .bytes(bytes)
    }

    /// Reads into `buffer` until it is full or the file ends; false on an error.
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
