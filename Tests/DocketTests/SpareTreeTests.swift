import Foundation
import Testing
@testable import DocketBuilder

/// The tree a build swaps out is kept beside the output (`.docket-spare-<name>`) and the next
/// build that changes something starts from it. Whatever the spare holds, the published tree
/// must come out exactly as the site's files, and the live tree must never be written through.
@Suite struct SpareTreeTests {
    private func files(_ pairs: [(String, String)]) -> [OutputFile] {
        pairs.map { OutputFile(path: $0.0, text: $0.1) }
    }

    /// The output as the files it should hold, with every folder they need and nothing else.
    private func expectedTree(_ pairs: [(String, String)]) -> [String: TreeSnapshot.Entry] {
        var entries: [String: TreeSnapshot.Entry] = [:]
        for (path, text) in pairs {
            entries[path] = .file(Data(text.utf8))
            let parts = path.split(separator: "/")
            for end in parts.indices.dropLast() {
                entries[parts[...end].joined(separator: "/")] = .folder
            }
        }
        return entries
    }

    private func mode(_ path: URL) -> mode_t {
        var info = stat()
        return lstat(path.path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    private func inode(_ path: URL) -> UInt {
        var info = stat()
        return lstat(path.path, &info) == 0 ? UInt(info.st_ino) : 0
    }

    @Test func changedBuildsStartFromTheSpareAndPublishExactlyTheNewFiles() throws {
        let scratch = try ScratchFolder("docket-spare")
        let output = scratch.path("public")
        let writer = OutputWriter(outputDirectory: output)
        let spare = scratch.path(".docket-spare-public")

        let first: [(String, String)] = [("index.html", "home 1"), ("a/index.html", "a 1"), ("b/index.html", "b 1"),
                                         ("gone/deep/index.html", "soon gone"), ("page", "a file, later a folder"),
                                         ("folder/index.html", "a folder, later a file")]
        try writer.write(files(first))
        #expect(TreeSnapshot(output).entries == expectedTree(first))
        #expect(!FileManager.default.fileExists(atPath: spare.path), "a first build has no old tree to keep")

        // Second build: one page changed; the old tree becomes the spare.
        var second = first
        second[1] = ("a/index.html", "a 2")
        let unchangedInode = inode(output.appendingPathComponent("b/index.html"))
        let summary2 = try writer.write(files(second))
        #expect(summary2.written == 1 && summary2.unchanged == first.count - 1)
        #expect(TreeSnapshot(output).entries == expectedTree(second))
        #expect(TreeSnapshot(spare).entries == expectedTree(first))
        #expect(inode(output.appendingPathComponent("b/index.html")) == unchangedInode)
        // The spare holds pages the site may have taken down: closed to everyone but its owner.
        #expect(mode(spare) == 0o700)
        let publishedMode = mode(output)
        #expect(publishedMode != 0o700)

        // Third build, from the spare: a page changed, one gone, one new, a file turned into a
        // folder and a folder into a file; the published "a" page is held open throughout.
        let live = open(output.appendingPathComponent("a/index.html").path, O_RDONLY)
        defer { close(live) }
        let third: [(String, String)] = [("index.html", "home 1"), ("a/index.html", "a 3"), ("b/index.html", "b 1"),
                                         ("new/index.html", "new"), ("page/index.html", "now a folder"),
                                         ("folder", "now a file")]
        let summary3 = try writer.write(files(third))
        #expect(summary3.written == 4 && summary3.unchanged == 2)
        #expect(TreeSnapshot(output).entries == expectedTree(third))
        #expect(TreeSnapshot(spare).entries == expectedTree(second), "the spare is the tree the build replaced")
        #expect(mode(output) == publishedMode && mode(spare) == 0o700, "the recycled tree kept the spare's mode")
        #expect(inode(output.appendingPathComponent("b/index.html")) == unchangedInode, "an unchanged page kept its file")
        // The page that was live before the build still holds its old bytes: nothing wrote into it.
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = pread(live, &buffer, buffer.count, 0)
        #expect(count == 3 && String(decoding: buffer[0..<3], as: UTF8.self) == "a 2")

        // Fourth build with nothing changed: nothing is written, the spare stays as it was.
        let summary4 = try writer.write(files(third))
        #expect(summary4.written == 0)
        #expect(TreeSnapshot(output).entries == expectedTree(third))
        #expect(TreeSnapshot(spare).entries == expectedTree(second))
    }

    @Test func aSpareWithLinksAndStrayFilesNeverLeadsAWriteOutside() throws {
        let scratch = try ScratchFolder("docket-spare-links")
        let output = scratch.path("site/public")
        let writer = OutputWriter(outputDirectory: output)
        let first: [(String, String)] = [("index.html", "home"), ("a/index.html", "a 1"), ("b/index.html", "b 1")]
        try writer.write(files(first))
        try writer.write(files([("index.html", "home 2"), ("a/index.html", "a 1"), ("b/index.html", "b 1")]))

        // Someone left things in the spare: links to a folder and a file outside, where the next
        // build makes a folder and a file, a stray file and a stray folder.
        let spare = scratch.path("site/.docket-spare-public")
        try scratch.write("outside/keep.txt", "must survive\n")
        let outside = TreeSnapshot(scratch.path("outside"))
        try FileManager.default.removeItem(at: spare.appendingPathComponent("a"))
        try FileManager.default.createSymbolicLink(atPath: spare.path + "/a", withDestinationPath: scratch.path("outside").path)
        try FileManager.default.removeItem(at: spare.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(atPath: spare.path + "/index.html", withDestinationPath: scratch.path("outside/keep.txt").path)
        try scratch.write("site/.docket-spare-public/stray.txt", "stray\n")
        try scratch.write("site/.docket-spare-public/stray/deep/file.txt", "stray\n")

        let third: [(String, String)] = [("index.html", "home 3"), ("a/index.html", "a 3"), ("b/index.html", "b 1")]
        try writer.write(files(third))
        #expect(TreeSnapshot(scratch.path("outside")) == outside, "a file outside the output was touched")
        #expect(TreeSnapshot(output).entries == expectedTree(third))
    }

    @Test func aSpareThatIsNotAFolderIsIgnored() throws {
        let scratch = try ScratchFolder("docket-spare-file")
        let output = scratch.path("public")
        let writer = OutputWriter(outputDirectory: output)
        try writer.write(files([("index.html", "one")]))
        try scratch.write(".docket-spare-public", "not a folder\n")
        let second: [(String, String)] = [("index.html", "two"), ("x/index.html", "x")]
        try writer.write(files(second))
        #expect(TreeSnapshot(output).entries == expectedTree(second))
        #expect(TreeSnapshot(scratch.path(".docket-spare-public")).entries == expectedTree([("index.html", "one")]))
    }
}
