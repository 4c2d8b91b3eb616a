import Foundation

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
            diagnostics.append(.error("symbolic link leads outside the site folder; content must live inside the site", file: folder))
            return []
        }
        var found: [String] = []
        walk(folder, into: &found)
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private mutating func walk(_ folder: String, into found: inout [String]) {
        let fileManager = FileManager.default
        let url = siteDirectory.appendingPathComponent(folder)
        guard let names = try? fileManager.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative = folder + "/" + name
            let full = url.appendingPathComponent(name).path
            guard let attributes = try? fileManager.attributesOfItem(atPath: full),
                  let type = attributes[.type] as? FileAttributeType else { continue }
            if type == .typeSymbolicLink {
                if !linkStaysInside(full) {
                    diagnostics.append(.error("symbolic link leads outside the site folder; content must live inside the site", file: relative))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: full, isDirectory: &isDirectory) else {
                    diagnostics.append(.error("symbolic link points nowhere", file: relative))
                    continue
                }
                let targetType = (try? fileManager.attributesOfItem(atPath: URL(fileURLWithPath: full).resolvingSymlinksInPath().path))?[.type] as? FileAttributeType
                if isDirectory.boolValue {
                    diagnostics.append(.error("symbolic link to a folder; put the files in the folder itself", file: relative))
                } else if targetType != .typeRegular {
                    diagnostics.append(.error("symbolic link to something that is not a regular file", file: relative))
                } else if name.hasSuffix(".md") {
                    found.append(relative)
                }
            } else if type == .typeDirectory {
                walk(relative, into: &found)
            } else if type == .typeRegular {
                if name.hasSuffix(".md") {
                    found.append(relative)
                } else if name.lowercased().hasSuffix(".md") || name.hasSuffix(".markdown") {
                    diagnostics.append(.warning("ignored: content files must end in \".md\"", file: relative))
                }
            }
        }
    }

    func linkStaysInside(_ path: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let root = siteDirectory.resolvingSymlinksInPath().path
        return resolved.hasPrefix(root + "/")
    }
}
