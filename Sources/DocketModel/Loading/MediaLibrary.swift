import DocketSupport
import Foundation

/// The files under `content/media/` that content may point at (a prisoner's `photo`, a
/// body's links and images).
struct MediaLibrary: Sendable {
    let siteDirectory: URL
    /// The files bodies link to, read once however many files link to them (a report's PDF
    /// linked from every person in it), by path under `content/media/`. Shared by the copies of
    /// this value on every decoding thread.
    private let linkedFiles = Locked<[String: MediaFile]>([:])

    init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    /// Checks a `photo` value and reads the image's size; the message says what is wrong.
    func photo(_ value: String) -> Result<Photo, MediaProblem> {
        if value.hasPrefix("/") || value.contains("\\") || value.contains(":") {
            return .failure(MediaProblem(.photoPath, "photo \"\(value)\" must be a path inside content/media/, like name.jpg, without a leading /, a backslash or a scheme"))
        }
        return file(value, named: "photo \"\(value)\"", image: true, pathCode: .photoPath).map { file in
            Photo(path: file.path, width: file.width ?? 0, height: file.height ?? 0, stamp: file.stamp)
        }
    }

    /// Checks a file a body links to or shows (`value` is its path under `content/media/`, from
    /// a link to `/media/<value>`) and reads it, with its size when it is an image. `image` is
    /// true for an image shown (`![…](…)`), which must be one the page can size.
    func linked(_ value: String, named what: String, image: Bool) -> Result<MediaFile, MediaProblem> {
        if value.contains("\\") || value.contains(":") {
            return .failure(MediaProblem(.brokenLink, "\(what): a file in content/media/ is named by a plain path, without a backslash or a colon"))
        }
        if let known = linkedFiles.withLock({ $0[value] }), !image || known.dimensions != nil { return .success(known) }
        let result = file(value, named: what, image: image, pathCode: .brokenLink)
        if case .success(let read) = result { linkedFiles.withLock { $0[value] = read } }
        return result
    }

    /// What `photo` and `linked` share: the path's shape, the file (regular, inside the site, not
    /// too large), read whole and stamped; its size when it is an image. `pathCode` is the code
    /// of a path that leads to no file.
    private func file(_ value: String, named what: String, image: Bool, pathCode: DiagnosticCode) -> Result<MediaFile, MediaProblem> {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }) {
            return .failure(MediaProblem(pathCode, "\(what) must be a plain path inside content/media/ (no \"..\", \".\", hidden or empty parts)"))
        }
        let ext = (value.split(separator: ".").last.map(String.init) ?? "").lowercased()
        let isImageFile = ImageSize.supportedExtensions.contains(ext)
        guard isImageFile || !image else {
            return .failure(MediaProblem(.photoFormat, "\(what) must be a PNG, JPEG, GIF or WebP file"))
        }
        let relative = "content/media/" + value
        let full = siteDirectory.appendingPathComponent(relative).path
        var info = stat()
        guard lstat(full, &info) == 0 else {
            return .failure(MediaProblem(pathCode, "\(what) does not exist; expected the file content/media/\(value)"))
        }
        // The rule content files follow: `content/media/`, or a folder in it, may be a link
        // only to somewhere inside the site.
        guard ContentFinder(siteDirectory: siteDirectory).linkStaysInside(full) else {
            return .failure(MediaProblem(.symlinkOutside, "\(what) is not inside the site: symbolic link leads outside the site folder; content must live inside the site"))
        }
        let bytes: [UInt8]
        switch ContentFileRead.read(full, followsLinks: false) {
        case .bytes(let read): bytes = read
        case .notRegular:
            return .failure(MediaProblem(.notRegularFile, "\(what) must be a regular file in content/media/, not a link, a folder or a named pipe"))
        case .tooLarge:
            return .failure(MediaProblem(.fileTooLarge, "\(what) is larger than \(ContentText.maximumSize / 1024 / 1024) MiB"))
        case .unreadable(let failure):
            return .failure(MediaProblem(.unreadableFile, "\(what) cannot be read: \(failure.reason)"))
        }
        var size: (width: Int, height: Int)?
        if isImageFile {
            guard let read = ImageSize.of(bytes) else {
                return .failure(MediaProblem(.photoFormat, "\(what) is not a readable PNG, JPEG, GIF or WebP image"))
            }
            size = (read.width, read.height)
        }
        // Copied to the output when its page is written, read again then and checked against
        // these bytes (see `MediaFile.checkedBytes`).
        let stamp = ContentFileStamp(path: relative, absolutePath: full, bytes: bytes)
        return .success(MediaFile(path: value, width: size?.width, height: size?.height, stamp: stamp))
    }
}

/// Why a `photo` value was refused: the kind of problem and the editor's message.
struct MediaProblem: Error, Hashable {
    let code: DiagnosticCode
    let message: String
    init(_ code: DiagnosticCode, _ message: String) {
        self.code = code
        self.message = message
    }
}
