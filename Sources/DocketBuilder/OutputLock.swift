import DocketSupport
import Foundation

/// An exclusive lock beside the output folder (`.docket-lock-<name>`), held while a build
/// clears leftover staging folders, writes and swaps: a second build of the same output stops
/// with a message instead of deleting the first one's staging folder under it.
final class OutputLock {
    private let descriptor: Int32

    init(outputDirectory: URL) throws {
        let path = outputDirectory.deletingLastPathComponent()
            .appendingPathComponent(".docket-lock-\(outputDirectory.lastPathComponent)").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw FileSystemError(.open, path, what: "the lock file")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputWriter.WriteError.stopped("another docket build is writing \(outputDirectory.path); try again when it has finished")
        }
    }

    deinit {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
