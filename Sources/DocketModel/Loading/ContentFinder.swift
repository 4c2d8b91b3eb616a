import Foundation
import DocketSupport

/// Lists the Markdown files of a content folder, recursively and in a stable order,
/// refusing symbolic links that lead outside the site.
struct ContentFinder {
    let siteDirectory: URL
    private(set) var diagnostics: [Diagnostic] = []

    init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    /// Paths relative to the site folder, sorted bytewise.
    mutating func list(_ folder: String) -> [String] {
        // The folder itself (or content/ above it) may be a link too.
        let url = siteDirectory.appendingPathComponent(folder)
        if FileManager.default.fileExists(atPath: url.path), !linkStaysInside(url.path) {
            diagnostics.append(Diagnostic(.symlinkOutside, "symbolic link leads outside the site folder; content must live inside the site", file: folder))
            return []
        }
        var found: [String] = []
        walk(folder, into: &found)
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// One `readdir` pass per folder; the entry's type comes from the folder listing (an
    /// `lstat` only where the file system does not give it), never from `attributesOfItem`,
    /// which looks up the owner's name in /etc/passwd for every file.
    private mutating func walk(_ folder: String, into found: inout [String]) {
        let fileManager = FileManager.default
        let url = siteDirectory.appendingPathComponent(folder)
        let folderPath = url.path
        guard let directory = opendir(folderPath) else { return }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = FileSystemCalls.entryName(entry)
            if name.hasPrefix(".") { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(folderPath + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK: type = UInt8(DT_LNK)
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFREG: type = UInt8(DT_REG)
                default: type = UInt8(DT_FIFO)  // or another kind: not a regular file either way
                }
            }
            entries.append((name, type))
        }
        closedir(directory)
        for (name, type) in entries.sorted(by: { $0.name < $1.name }) {
            let relative = folder + "/" + name
            let full = folderPath + "/" + name
            if type == UInt8(DT_LNK) {
                if !linkStaysInside(full) {
                    diagnostics.append(Diagnostic(.symlinkOutside, "symbolic link leads outside the site folder; content must live inside the site", file: relative))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: full, isDirectory: &isDirectory) else {
                    diagnostics.append(Diagnostic(.badSymlink, "symbolic link points nowhere", file: relative))
                    continue
                }
                let targetType = (try? fileManager.attributesOfItem(atPath: URL(fileURLWithPath: full).resolvingSymlinksInPath().path))?[.type] as? FileAttributeType
                if isDirectory.boolValue {
                    diagnostics.append(Diagnostic(.badSymlink, "symbolic link to a folder; put the files in the folder itself", file: relative))
                } else if targetType != .typeRegular {
                    diagnostics.append(Diagnostic(.notRegularFile, "symbolic link to something that is not a regular file", file: relative))
                } else if name.hasSuffix(".md") {
                    found.append(relative)
                }
            } else if type == UInt8(DT_DIR) {
                walk(relative, into: &found)
            } else if type == UInt8(DT_REG) {
                if name.hasSuffix(".md") {
                    found.append(relative)
                } else if name.lowercased().hasSuffix(".md") || name.hasSuffix(".markdown") {
                    diagnostics.append(Diagnostic(.ignoredFile, "ignored: content files must end in \".md\"", file: relative))
                }
            } else if name.hasSuffix(".md") {
                // A named pipe, a device or a socket: never opened (a pipe would wait forever).
                diagnostics.append(Diagnostic(.notRegularFile, ContentFileRead.notRegularMessage, file: relative))
            }
        }
    }

    func linkStaysInside(_ path: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let root = siteDirectory.resolvingSymlinksInPath().path
        return resolved.hasPrefix(root + "/")
    }
}
