import Foundation

/// The files under `content/media/` that content may point at (a prisoner's `photo`).
struct MediaLibrary: Sendable {
    let siteDirectory: URL

    /// Checks a `photo` value and reads the image's size; the message says what is wrong.
    func photo(_ value: String) -> Result<Photo, MediaProblem> {
        if value.hasPrefix("/") || value.contains("\\") || value.contains(":") {
            return .failure(MediaProblem("photo \"\(value)\" must be a path inside content/media/, like name.jpg, without a leading /, a backslash or a scheme"))
        }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }) {
            return .failure(MediaProblem("photo \"\(value)\" must be a plain path inside content/media/ (no \"..\", \".\", hidden or empty parts)"))
        }
        let ext = (value.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard ImageSize.supportedExtensions.contains(ext) else {
            return .failure(MediaProblem("photo \"\(value)\" must be a PNG, JPEG, GIF or WebP file"))
        }
        let full = siteDirectory.appendingPathComponent("content/media").appendingPathComponent(value).path
        var info = stat()
        guard lstat(full, &info) == 0 else {
            return .failure(MediaProblem("photo \"\(value)\" does not exist; expected the file content/media/\(value)"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(MediaProblem("photo \"\(value)\" must be a regular file in content/media/, not a link or a folder"))
        }
        guard info.st_size <= ContentText.maximumSize else {
            return .failure(MediaProblem("photo \"\(value)\" is larger than \(ContentText.maximumSize / 1024 / 1024) MiB"))
        }
        guard let handle = FileHandle(forReadingAtPath: full) else {
            return .failure(MediaProblem("photo \"\(value)\" cannot be read"))
        }
        defer { try? handle.close() }
        let header = [UInt8](handle.readData(ofLength: 256 * 1024))
        guard let size = ImageSize.of(header) else {
            return .failure(MediaProblem("photo \"\(value)\" is not a readable PNG, JPEG, GIF or WebP image"))
        }
        return .success(Photo(path: value, width: size.width, height: size.height))
    }
}

struct MediaProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
