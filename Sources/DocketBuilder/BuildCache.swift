import DocketModel
import DocketSupport
import Foundation

/// Recognises a rebuild with nothing changed from file metadata alone, so it costs a few
/// thousand `lstat` calls instead of parsing, rendering and comparing every page.
///
/// After a successful build without diagnostics, `<site>/.docket-cache/build-<hash>.txt`
/// records the `lstat` stamp (device, inode, mode, size, modification and change times) of
/// every entry under `content/`, of every file and folder the build put in the output
/// folder, of the docket executable, and the build's options and figures. The options hold
/// the `--as-of` day, not the publishing moment: the record also holds the stretch around that
/// moment in which no embargo ends, and a build at any moment inside it may use the record, so
/// two plain `docket build`s a minute apart are a no-op. The next build
/// with the same options compares those stamps: any difference (a file edited, added,
/// removed or renamed, which also changes its folder's times; an output file touched; a new
/// docket) means a full build. The header holds the output folder's own stamp, so a build
/// into a new or replaced folder is told apart before the rest is read. The file ends with a checksum; a cache that is unreadable,
/// truncated or corrupt is ignored, never trusted. Nothing is recorded when a content file
/// changed within the last two seconds (its time stamp could hide a second change), when
/// content holds a symbolic link, or where there is no `/proc/self/exe`.
struct BuildCache {
    struct Figures: Equatable {
        var fileCount = 0
        var pageCount = 0
        var outputFiles = 0
        var prisonerCount = 0
        var articleCount = 0
        var eventCount = 0
    }

    let file: URL
    private let siteDirectory: String
    private let outputDirectory: String
    private let optionsLine: String
    private let publishingAt: Moment

    /// Content changed less than this many seconds before a build is not recorded.
    private let racySeconds: Int
    private let jobs: Int

    init(options: SiteBuilder.Options) {
        racySeconds = options.recentChangeSeconds
        jobs = options.jobs
        siteDirectory = options.siteDirectory.path
        outputDirectory = options.outputDirectory.path
        // What the output depends on in time: the day (for days in detention), and which embargoes
        // have ended, which the record's "embargoes" line holds; not the moment to the second.
        optionsLine = "options \(options.asOf) drafts=\(options.includeDrafts) site=\(siteDirectory) output=\(outputDirectory)"
        publishingAt = options.publishingAt
        let name = String(Self.fnv1a(outputDirectory), radix: 16)
        file = options.siteDirectory.appendingPathComponent(".docket-cache/build-\(name).txt")
    }

    // MARK: Checking

    /// The figures of the last build when nothing it depends on changed since; else nil.
    ///
    /// The header is checked first, so a build into a new or replaced output folder (whose
    /// stamp differs) costs a few bytes of reading, not the whole record.
    func unchangedBuild() -> Figures? {
        guard let data = FileManager.default.contents(atPath: file.path), let tool = Self.toolStamp(),
              let root = Self.stamp(outputDirectory) else { return nil }
        let bytes = [UInt8](data)
        // The four header lines first: a build into a new output folder stops here.
        let head = bytes.split(separator: 10, maxSplits: 4, omittingEmptySubsequences: false)
        guard head.count == 5, head[0].elementsEqual(Self.header.utf8), head[1].elementsEqual(("tool " + tool).utf8),
              head[2].elementsEqual(optionsLine.utf8), head[3].elementsEqual(("root " + root).utf8)
        else { return nil }
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        guard lines.count > 7, lines.last?.isEmpty == true else { return nil }
        // The last line is "end <checksum of everything before it>".
        let endLine = lines[lines.count - 2]
        guard endLine.elementsEqual(("end " + String(Self.fnv1a(bytes[..<endLine.startIndex]), radix: 16)).utf8),
              let figures = Self.figures(String(decoding: lines[4], as: UTF8.self)),
              let window = Self.embargoWindow(String(decoding: lines[5], as: UTF8.self)),
              window.contains(publishingAt) else { return nil }
        let stamped = lines[6..<(lines.count - 2)]
        // "in|out <stamp> <path>": the stamp is eight numbers. Checked on every core.
        let same = Parallel.map(Array(stamped), jobs: jobs) { line -> Bool in
            let isContent = line.starts(with: "in ".utf8)
            guard isContent || line.starts(with: "out ".utf8) else { return false }
            var spaces = 0
            guard let pathStart = line.firstIndex(where: { byte in
                if byte == 32 { spaces += 1 }
                return spaces == 9
            }) else { return false }
            let base = isContent ? siteDirectory : outputDirectory
            let relative = String(decoding: line[(pathStart + 1)...], as: UTF8.self)
            var expected: [UInt8] = []
            guard Self.appendStamp(of: relative.isEmpty ? base : base + "/" + relative, to: &expected) else { return false }
            return line[(line.firstIndex(of: 32)! + 1)..<pathStart].elementsEqual(expected)
        }
        return same.allSatisfy { $0 } ? figures : nil
    }

    // MARK: Recording

    private static let header = "docket-build-cache 3"

    /// Records a successful build. `startedAt` is when the build began reading content;
    /// `writtenStamps` are the stamps of files this build wrote, taken as it wrote them
    /// (every other output entry is stamped now).
    /// `embargoes` is the stretch around the build's moment in which no embargo ends: a later
    /// build at any moment inside it (with nothing else changed) publishes the same output.
    func record(figures: Figures, embargoes: EmbargoWindow, outputPaths: [String], writtenStamps: [String: stat] = [:],
                startedAt: timespec) {
        guard let tool = Self.toolStamp(), let root = Self.stamp(outputDirectory) else { return }
        let header = [Self.header, "tool \(tool)", optionsLine, "root \(root)",
                    "figures \(figures.fileCount) \(figures.pageCount) \(figures.outputFiles) \(figures.prisonerCount) "
                    + "\(figures.articleCount) \(figures.eventCount)", "embargoes \(embargoes)"].joined(separator: "\n").utf8 + [10]
        // The content folder listed on one thread while the output's folders are worked out on another.
        let (listed, output) = Parallel.together(jobs: jobs, {
            contentEntries()
        }, {
            var folders = OutputFile.folders(of: outputPaths)
            folders.insert("")  // the output folder itself
            return folders.sorted().map(String.init) + outputPaths
        })
        guard let content = listed else { return }
        let recent = startedAt.tv_sec - racySeconds
        // Stamped on every core, in chunks: tens of thousands of lstat calls.
        let contentLines = Self.lines(content, jobs: jobs) { path, line -> Bool in
            var info = stat()
            guard lstat(siteDirectory + "/" + path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return false }
            // Changed too recently: a second change in the same clock tick would look the same.
            if info.st_ctim.tv_sec >= recent || info.st_mtim.tv_sec >= recent { return false }
            line += "in ".utf8
            Self.append(info, to: &line)
            line.append(32)
            line += path.utf8
            line.append(10)
            return true
        }
        let outputLines = Self.lines(output, jobs: jobs) { path, line -> Bool in
            guard !path.utf8.contains(10) else { return false }
            line += "out ".utf8
            if let stamp = writtenStamps[path] {
                Self.append(stamp, to: &line)
            } else {
                guard Self.appendStamp(of: outputDirectory + (path.isEmpty ? "" : "/" + path), to: &line) else { return false }
            }
            line.append(32)
            line += path.utf8
            line.append(10)
            return true
        }
        guard let contentLines, let outputLines else { return }
        // Written chunk by chunk as made (the record is megabytes; no copy of it all in memory).
        let chunks = [header] + contentLines + outputLines
        var checksum = Self.fnv1aStart
        for chunk in chunks { checksum = Self.fnv1a(chunk[...], continuing: checksum) }
        let end = Array("end \(String(checksum, radix: 16))\n".utf8)
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        var written = true
        for chunk in chunks + [end] where written {
            written = chunk.withUnsafeBytes { Self.writeAll(descriptor, $0) }
        }
        if close(descriptor) != 0 { written = false }
        if !written || rename(temporary.path, file.path) != 0 { unlink(temporary.path) }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Every entry under `content/` (files and folders, `content` itself first), relative to the
    /// site; nil when a name holds a line break. One `readdir` pass per folder.
    private func contentEntries() -> [String]? {
        var entries = ["content"]
        var folders = ["content"]
        while let folder = folders.popLast() {
            guard let directory = opendir(siteDirectory + "/" + folder) else { return nil }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = FileSystemCalls.entryName(entry)
                if name == "." || name == ".." { continue }
                if name.utf8.contains(10) { return nil }
                let relative = folder + "/" + name
                entries.append(relative)
                if entry.pointee.d_type == UInt8(DT_DIR) { folders.append(relative) }
                else if entry.pointee.d_type == UInt8(DT_UNKNOWN) { return nil }
            }
        }
        return entries
    }

    // MARK: Stamps and checksums

    static func stamp(_ path: String) -> String? {
        var bytes: [UInt8] = []
        guard appendStamp(of: path, to: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the stamp of the entry at `path` (not following a link); false when there is none.
    private static func appendStamp(of path: String, to bytes: inout [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        append(info, to: &bytes)
        return true
    }

    /// Device, inode, mode, size, modification and change times (seconds and nanoseconds).
    private static func append(_ info: stat, to bytes: inout [UInt8]) {
        appendDecimal(UInt64(info.st_dev), to: &bytes)
        bytes.append(32)
        appendDecimal(UInt64(info.st_ino), to: &bytes)
        bytes.append(32)
        appendDecimal(UInt64(info.st_mode), to: &bytes)
        for number in [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
                       Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec)] {
            bytes.append(32)
            if number < 0 { bytes.append(45) }
            appendDecimal(number.magnitude, to: &bytes)
        }
    }

    private static func appendDecimal(_ number: UInt64, to bytes: inout [UInt8]) {
        var magnitude = number
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = 48 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// The running docket executable: a new build of docket (new templates) never reuses a cache.
    private static func toolStamp() -> String? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        var bytes: [UInt8] = []
        append(info, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lines `line` makes for every element, in order, as chunks made on up to `jobs`
    /// threads; nil when it returns false for any element.
    private static func lines<Element: Sendable>(_ elements: [Element], jobs: Int,
                                                 _ line: @Sendable (Element, inout [UInt8]) -> Bool) -> [[UInt8]]? {
        let chunkSize = 512
        let chunks = stride(from: 0, to: elements.count, by: chunkSize).map { $0..<min($0 + chunkSize, elements.count) }
        let made = Parallel.map(chunks, jobs: jobs) { range -> [UInt8]? in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(range.count * 96)
            for index in range where !line(elements[index], &bytes) { return nil }
            return bytes
        }
        var all: [[UInt8]] = []
        for chunk in made {
            guard let chunk else { return nil }
            all.append(chunk)
        }
        return all
    }

    /// The window of an "embargoes <from> <until>" line.
    private static func embargoWindow(_ line: String) -> EmbargoWindow? {
        guard line.hasPrefix("embargoes ") else { return nil }
        return EmbargoWindow(parsing: line.dropFirst("embargoes ".count))
    }

    /// The numbers of a "figures …" line.
    private static func figures(_ line: String) -> Figures? {
        guard line.hasPrefix("figures ") else { return nil }
        let numbers = line.dropFirst("figures ".count).split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 6 else { return nil }
        return Figures(fileCount: numbers[0], pageCount: numbers[1], outputFiles: numbers[2], prisonerCount: numbers[3],
                       articleCount: numbers[4], eventCount: numbers[5])
    }

    static func fnv1a(_ text: String) -> UInt64 {
        fnv1a(Array(text.utf8)[...])
    }

    private static let fnv1aStart: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a of `bytes`, or of what was hashed into `hash` followed by `bytes`.
    static func fnv1a(_ bytes: ArraySlice<UInt8>, continuing hash: UInt64 = fnv1aStart) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
