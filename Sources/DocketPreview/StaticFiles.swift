import Foundation

/// Maps a request path to a file of the built preview, refusing anything that could leave it.
enum StaticFiles {
    enum Lookup: Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: redirect to this path.
        case redirect(String)
        case notFound
    }

    /// `path` is the request path with the site's base path already removed (no leading `/`).
    static func lookup(_ path: String, in root: URL) -> Lookup {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else { return .notFound }
        var url = root
        for part in parts { url.appendPathComponent(String(part)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            // The path as asked for, without empty segments: a redirect to `//prisoners/` would
            // leave for the host `prisoners`.
            if !decoded.isEmpty && !decoded.hasSuffix("/") {
                return .redirect(path.split(separator: "/").joined(separator: "/") + "/")
            }
            let index = url.appendingPathComponent("index.html")
            return FileManager.default.fileExists(atPath: index.path) ? .file(index) : .notFound
        }
        return .file(url)
    }

    static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
