import Foundation

/// Output folders a build must never replace: `/`, the home folder, the site folder itself,
/// any folder that contains the site, and the site's `content/` and `templates/`.
///
/// Every path is judged by where it really leads, also one that does not exist yet: the
/// nearest folder on it that exists is resolved, links and all, and the rest appended (so
/// `c2/prisoners/out`, with `c2` a link to `content`, is inside `content/`).
public enum OutputGuard {
    public static func refusal(output: URL, site: URL) -> String? {
        let out = canonical(output)
        let siteDir = canonical(site)
        let content = canonical(site.appendingPathComponent("content"))
        var forbidden: [(String, String)] = [
            ("/", "the root folder"),
            (siteDir, "the site folder"),
            (content, "the content folder"),
            (canonical(site.appendingPathComponent("templates")), "the templates folder"),
        ]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty {
            forbidden.append((canonical(URL(fileURLWithPath: home)), "the home folder"))
        }
        for (path, name) in forbidden where out == path {
            return "refusing to use \(output.path) as the output folder: it is \(name); choose a folder of its own such as public/"
        }
        if siteDir.hasPrefix(out + "/") {
            return "refusing to use \(output.path) as the output folder: it contains the site; choose a folder of its own such as public/"
        }
        if out.hasPrefix(content + "/") {
            return "refusing to use \(output.path) as the output folder: it is inside content/"
        }
        return nil
    }

    /// The absolute path with every symbolic link resolved: `realpath` of the nearest part of
    /// the path that exists, then the parts that do not exist yet.
    static func canonical(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                var path = String(cString: resolved)
                free(resolved)
                for part in missing.reversed() { path += (path.hasSuffix("/") ? "" : "/") + part }
                return path
            }
            let failure = errno
            let parent = (existing as NSString).deletingLastPathComponent
            guard failure == ENOENT || failure == ENOTDIR, !parent.isEmpty, parent != existing else { break }
            missing.append((existing as NSString).lastPathComponent)
            existing = parent
        }
        // Nothing on the path could be resolved (a folder that cannot be searched): as written.
        var path = url.standardizedFileURL.path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
