import DocketModel
import Foundation

/// Recognises a rebuild with nothing changed from file metadata alone, so it costs a few
/// thousand `lstat` calls instead of parsing, rendering and comparing every page.
///
/// After a successful build without diagnostics, `<site>/.docket-cache/build-<hash>.txt`
/// records the `lstat` stamp (device, inode, mode, size, modification and change times) of
/// every entry under `content/`, of every file and folder the build put in the output
/// folder, of the docket executable, and the build's options and figures. The next build
/// with the same options compares those stamps: any difference (a file edited, added,
/// removed or renamed, which also changes its folder's times; an output file touched; a new
/// docket) means a full build. The file ends with a checksum; a cache that is unreadable,
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

    /// Content changed less than this many seconds before a build is not recorded.
    private let racySeconds: Int
    private let jobs: Int

    init(options: SiteBuilder.Options) {
        racySeconds = options.recentChangeSeconds
        jobs = options.jobs
        siteDirectory = options.siteDirectory.path
        outputDirectory = options.outputDirectory.path
        optionsLine = "options \(options.asOf) at=\(options.publishingAt) drafts=\(options.includeDrafts) site=\(siteDirectory) output=\(outputDirectory)"
        let name = String(Self.fnv1a(outputDirectory), radix: 16)
        file = options.siteDirectory.appendingPathComponent(".docket-cache/build-\(name).txt")
    }

    // MARK: Checking

    /// The figures of the last build when nothing it depends on changed since; else nil.
    func unchangedBuild() -> Figures? {
        guard let data = FileManager.default.contents(atPath: file.path),
              let text = String(data: data, encoding: .utf8),
              let body = Self.verifiedBody(text), let tool = Self.toolStamp() else { return nil }
        var figures: Figures?
        var sawOptions = false
        var sawTool = false
        var stamped: [Substring] = []
        for line in body.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { return nil }
            let rest = line[line.index(after: space)...]
            switch line[..<space] {
            case "tool": guard rest == tool[...] else { return nil }; sawTool = true
            case "options": guard line == optionsLine[...] else { return nil }; sawOptions = true
            case "figures": figures = Self.figures(rest)
            case "in", "out": stamped.append(line)
            default: return nil
            }
        }
        guard sawOptions && sawTool, let figures else { return nil }
        // "in|out <stamp> <path>": the stamp is eight numbers. Checked on every core.
        let same = Parallel.map(stamped, jobs: jobs) { line -> Bool in
            var parts = line.split(separator: " ", maxSplits: 9, omittingEmptySubsequences: false)
            guard parts.count == 10 else { return false }
            let path = String(parts.removeLast())
            let base = parts.removeFirst() == "in" ? siteDirectory : outputDirectory
            return Self.stamp(path.isEmpty ? base : base + "/" + path) == parts.joined(separator: " ")
        }
        return same.allSatisfy { $0 } ? figures : nil
    }

    // MARK: Recording

    /// Records a successful build. `startedAt` is when the build began reading content.
    func record(figures: Figures, outputPaths: [String], startedAt: timespec) {
        guard let tool = Self.toolStamp() else { return }
        var lines = ["docket-build-cache 1", "tool \(tool)", optionsLine,
                     "figures \(figures.fileCount) \(figures.pageCount) \(figures.outputFiles) \(figures.prisonerCount) "
                     + "\(figures.articleCount) \(figures.eventCount)"]
        guard let content = contentEntries() else { return }
        var folders = Set<Substring>([""])
        for path in outputPaths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(folder).inserted { break }
            }
        }
        let output = folders.sorted().map(String.init) + outputPaths
        let recent = startedAt.tv_sec - racySeconds
        // Stamped on every core: tens of thousands of lstat calls.
        let contentLines = Parallel.map(content, jobs: jobs) { path -> String? in
            var info = stat()
            guard lstat(siteDirectory + "/" + path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return nil }
            // Changed too recently: a second change in the same clock tick would look the same.
            if info.st_ctim.tv_sec >= recent || info.st_mtim.tv_sec >= recent { return nil }
            return "in \(Self.format(info)) \(path)"
        }
        let outputLines = Parallel.map(output, jobs: jobs) { path -> String? in
            guard !path.utf8.contains(10), let stamp = Self.stamp(outputDirectory + (path.isEmpty ? "" : "/" + path)) else { return nil }
            return "out \(stamp) \(path)"
        }
        for line in contentLines + outputLines {
            guard let line else { return }
            lines.append(line)
        }
        var text = lines.joined(separator: "\n") + "\n"
        text += "end \(String(Self.fnv1a(text), radix: 16))\n"
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
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
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
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
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return format(info)
    }

    private static func format(_ info: stat) -> String {
        "\(info.st_dev) \(info.st_ino) \(info.st_mode) \(info.st_size) \(info.st_mtim.tv_sec) \(info.st_mtim.tv_nsec) "
            + "\(info.st_ctim.tv_sec) \(info.st_ctim.tv_nsec)"
    }

    /// The running docket executable: a new build of docket (new templates) never reuses a cache.
    private static func toolStamp() -> String? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return format(info)
    }

    private static func figures(_ text: Substring) -> Figures? {
        let numbers = text.split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 6 else { return nil }
        return Figures(fileCount: numbers[0], pageCount: numbers[1], outputFiles: numbers[2], prisonerCount: numbers[3],
                       articleCount: numbers[4], eventCount: numbers[5])
    }

    /// The text without its header and checksum line, when both are right.
    private static func verifiedBody(_ text: String) -> Substring? {
        guard text.hasPrefix("docket-build-cache 1\n"), text.hasSuffix("\n") else { return nil }
        let withoutNewline = text.dropLast()
        guard let lastLine = withoutNewline.lastIndex(of: "\n") else { return nil }
        let body = text[..<text.index(after: lastLine)]
        guard text[text.index(after: lastLine)...] == "end \(String(fnv1a(String(body)), radix: 16))\n" else { return nil }
        return body.dropFirst("docket-build-cache 1\n".count)
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
