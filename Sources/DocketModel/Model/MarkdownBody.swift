import DocketMarkdown
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The Markdown body of a prisoner's or a report's file, as HTML when a page needs it.
///
/// A site build does not keep every body in memory from loading to writing: the loader
/// checks the file, notes where the body starts and a digest of the file's bytes, and the
/// builder reads the file again and renders it when it makes the page that shows the body
/// (once; the body is on one page), handing the template HTML (`PageBody`). Should the file have changed in between, `html()` throws rather than publish a
/// page that disagrees with what was checked. A body made in memory (the single-file
/// loader, tests) is kept rendered.
public struct MarkdownBody: Hashable, Sendable {
    enum Storage: Hashable, Sendable {
        case rendered(String)
        case file(ContentFileStamp, bodyOffset: Int)
    }

    let storage: Storage
    /// True when the body is only blank lines (the page then says so).
    public let isEmpty: Bool

    /// A body already rendered.
    public static func rendered(_ html: String) -> MarkdownBody {
        MarkdownBody(storage: .rendered(html), isEmpty: html.isEmpty)
    }

    /// A body rendered from `stamp`'s file when asked for; `bodyOffset` is where it starts in
    /// the file's text (after a byte-order mark is dropped and CRLF made LF, as loading does).
    static func deferred(_ stamp: ContentFileStamp, bodyOffset: Int, isEmpty: Bool) -> MarkdownBody {
        MarkdownBody(storage: .file(stamp, bodyOffset: bodyOffset), isEmpty: isEmpty)
    }

    public struct ChangedFile: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "\(path) changed while the site was being built; nothing was published, build again"
        }
    }

    /// The body as HTML, rendered by cmark in safe mode (headings below the page's own),
    /// its links into the site rewritten as `links` says. A body rendered in memory is kept as it was rendered.
    public func html(links: BodyLinks.Rebase = .none) throws -> String {
        switch storage {
        case .rendered(let html): return html
        case .file: return try fromFile { Markdown.renderDocument(utf8: $0, links: links) }
        }
    }

    /// `html(links:)` as UTF-8 bytes, for a page built of bytes.
    public func htmlBytes(links: BodyLinks.Rebase = .none) throws -> [UInt8] {
        switch storage {
        case .rendered(let html): return Array(html.utf8)
        case .file: return try fromFile { Markdown.renderDocumentBytes(utf8: $0, links: links) }
        }
    }

    /// Reads the file again, checks it is the one loaded, and hands `render` the body's bytes.
    private func fromFile<Output>(_ render: (UnsafeBufferPointer<UInt8>) -> Output) throws -> Output {
        guard case .file(let stamp, let offset) = storage else { preconditionFailure("not a file body") }
        let bytes = try stamp.reread()
        // Loading has checked these very bytes: without a byte-order mark or CR they are the text.
        let hasCR = bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false }
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !hasCR {
            return bytes.withUnsafeBufferPointer { render(UnsafeBufferPointer(rebasing: $0[min(offset, $0.count)...])) }
        }
        guard case .success(var text) = ContentText.decode(bytes) else { throw ChangedFile(path: stamp.path) }
        return text.withUTF8 { render(UnsafeBufferPointer(rebasing: $0[min(offset, $0.count)...])) }
    }
}

/// Which file a deferred body (or a photo) comes from, and how to tell it is still the file
/// that was checked.
struct ContentFileStamp: Hashable, Sendable {
    /// Relative to the site folder, for messages.
    let path: String
    let absolutePath: String
    let size: Int
    let digest: UInt64

    init(path: String, absolutePath: String, bytes: [UInt8]) {
        self.path = path
        self.absolutePath = absolutePath
        size = bytes.count
        digest = Self.digest(bytes)
    }

    func matches(_ bytes: [UInt8]) -> Bool {
        bytes.count == size && Self.digest(bytes) == digest
    }

    /// The file read again, as loading read it (a regular file only; a link only when
    /// `followsLinks`): its bytes when they are the ones checked, else `ChangedFile`.
    func reread(followsLinks: Bool = true) throws -> [UInt8] {
        guard case .bytes(let bytes) = ContentFileRead.read(absolutePath, followsLinks: followsLinks), matches(bytes) else {
            throw MarkdownBody.ChangedFile(path: path)
        }
        return bytes
    }

    /// A 64-bit digest of the bytes, eight at a time (to notice a change, not to resist an attacker).
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var index = 0
            while index + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 31
                index += 8
            }
            while index < raw.count {
                hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3
                index += 1
            }
            return hash ^ (hash >> 29)
        }
    }
}
