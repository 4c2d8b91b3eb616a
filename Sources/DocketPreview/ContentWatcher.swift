import Foundation

/// Notices saved changes under a few folders by comparing every file's modification time and
/// size with the last look. Polling is portable (no inotify or FSEvents) and cheap for a few
/// thousand files at four looks a second.
struct ContentWatcher {
    struct Stamp: Equatable {
        let modified: TimeInterval
        let size: Int
    }

    let roots: [URL]
    private var last: [String: Stamp]

    init(roots: [URL]) {
        self.roots = roots
        self.last = [:]
        self.last = snapshot()
    }

    /// True when a file was added, removed or changed since the last call (or since `init`).
    mutating func hasChanged() -> Bool {
        let now = snapshot()
        defer { last = now }
        return now != last
    }

    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                stamps[url.path] = Stamp(modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0,
                                         size: values.fileSize ?? 0)
            }
        }
        return stamps
    }
}
