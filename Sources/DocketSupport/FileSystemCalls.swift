import Foundation

/// The few file-system steps several commands take, as POSIX calls whose failures are
/// `FileSystemError`s (Foundation's own errors carry a sentence, not the call and the errno).
public enum FileSystemCalls {
    /// The name of a `readdir` entry, read in place up to its NUL. readdir's record is only as
    /// long as the name, so copying the whole 256-byte `d_name` field (as `withUnsafeBytes(of:)`
    /// does) can read past the end of glibc's buffer: AddressSanitizer's heap-buffer-overflow
    /// on a folder of 2,000 files.
    public static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        String(cString: (UnsafeRawPointer(entry) + direntNameOffset).assumingMemoryBound(to: CChar.self))
    }

    private static let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Creates the folder `path` and any missing folder above it (an existing one, or a link
    /// to one, is fine), like `mkdir -p`; a failure names the folder that could not be made.
    public static func makeFolders(_ path: String) throws {
        if mkdir(path, 0o777) == 0 { return }
        let failure = FileSystemError(.create, path)
        var info = stat()
        if failure.code == EEXIST && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return }
        let parent = (path as NSString).deletingLastPathComponent
        guard failure.code == ENOENT, !parent.isEmpty, parent != path else { throw failure }
        try makeFolders(parent)
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw FileSystemError(.create, path) }
    }

    /// Writes a new file at `path`, never replacing one (`O_EXCL`: an existing file, or a link,
    /// fails with `EEXIST`). A write cut short removes what it made.
    public static func writeNewFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileSystemError(.create, path) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let failure = FileSystemError(.write, path, code: count < 0 ? errno : EIO)
                close(descriptor)
                unlink(path)
                throw failure
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let failure = FileSystemError(.write, path)
            unlink(path)
            throw failure
        }
    }
}
