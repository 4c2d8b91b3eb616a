import Foundation

/// The files under `content/media/` that content may point at (a prisoner's `photo`).
struct MediaLibrary: Sendable {
    let siteDirectory: URL

    /// Checks a `photo` value and reads the image's size; the message says what is wrong.
    func photo(_ value: String) -> Result<Photo, MediaProblem> {
        if value.hasPrefix("/") || value.contains("\\") || value.contains(":") {
            return .failure(MediaProblem(.photoPath, "photo \"\(value)\" must be a path inside content/media/, like name.jpg, without a leading /, a backslash or a scheme"))
        }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }) {
            return .failure(MediaProblem(.photoPath, "photo \"\(value)\" must be a plain path inside content/media/ (no \"..\", \".\", hidden or empty parts)"))
        }
        let ext = (value.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard ImageSize.supportedExtensions.contains(ext) else {
            return .failure(MediaProblem(.photoFormat, "photo \"\(value)\" must be a PNG, JPEG, GIF or WebP file"))
        }
        let relative = "content/media/" + value
        let full = siteDirectory.appendingPathComponent(relative).path
        var info = stat()
        guard lstat(full, &info) == 0 else {
            return .failure(MediaProblem(.photoPath, "photo \"\(value)\" does not exist; expected the file content/media/\(value)"))
        }
        // The rule content files follow: `content/media/`, or a folder in it, may be a link
        // only to somewhere inside the site.
        guard ContentFinder(siteDirectory: siteDirectory).linkStaysInside(full) else {
            return .failure(MediaProblem(.symlinkOutside, "photo \"\(value)\" is not inside the site: symbolic link leads outside the site folder; content must live inside the site"))
        }
        let bytes: [UInt8]
        switch ContentFileRead.read(full, followsLinks: false) {
        case .bytes(let read): bytes = read
        case .notRegular:
            return .failure(MediaProblem(.notRegularFile, "photo \"\(value)\" must be a regular file in content/media/, not a link, a folder or a named pipe"))
        case .tooLarge:
            return .failure(MediaProblem(.fileTooLarge, "photo \"\(value)\" is larger than \(ContentText.maximumSize / 1024 / 1024) MiB"))
        case .unreadable(let failure):
            return .failure(MediaProblem(.unreadableFile, "photo \"\(value)\" cannot be read: \(failure.reason)"))
        }
        guard let size = ImageSize.of(bytes) else {
            return .failure(MediaProblem(.photoFormat, "photo \"\(value)\" is not a readable PNG, JPEG, GIF or WebP image"))
        }
        // Copied to the output when its page is written, read again then and checked against
        // these bytes (see `Photo.checkedBytes`).
        let stamp = ContentFileStamp(path: relative, absolutePath: full, bytes: bytes)
        return .success(Photo(path: value, width: size.width, height: size.height, stamp: stamp))
    }
}

/// Why a `photo` value was refused: the kind of problem and the editor's message.
struct MediaProblem: Error {
    let code: DiagnosticCode
    let message: String
    init(_ code: DiagnosticCode, _ message: String) {
        self.code = code
        self.message = message
    }
}
