import Foundation

/// Output folders a build must never replace: `/`, the home folder, the site folder itself,
/// any folder that contains the site, and the site's `content/` and `templates/`.
public enum OutputGuard {
    public static func refusal(output: URL, site: URL) -> String? {
        let out = canonical(output)
        let siteDir = canonical(site)
        var forbidden: [(String, String)] = [
            ("/", "the root folder"),
            (siteDir, "the site folder"),
            (siteDir + "/content", "the content folder"),
            (siteDir + "/templates", "the templates folder"),
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
        if out.hasPrefix(siteDir + "/content/") {
            return "refusing to use \(output.path) as the output folder: it is inside content/"
        }
        return nil
    }

    /// The absolute path with symbolic links resolved (for the parts that exist).
    static func canonical(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
