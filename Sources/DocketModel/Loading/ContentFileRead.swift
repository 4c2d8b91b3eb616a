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
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                #else
                Darwin.read(fd, buffer.baseAddress! + count, buffer.count - count)
                #endif
            }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return .unreadable }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }
}
