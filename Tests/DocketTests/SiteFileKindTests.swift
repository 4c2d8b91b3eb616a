import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel

/// Every file the site opens is a regular file inside the site, and is published as it was
/// checked: a named pipe is refused at once (never waited on), a photo from a folder linked
/// outside the site is an error, and a photo changed after loading stops the build.
@Suite struct SiteFileKindTests {
    static let person = "name: Test Person\ncountry: Georgia\nstatus: detained"

    /// A site with one person showing `content/media/<photo>` (written unless `writesPhoto` is false).
    private func siteWithPhoto(_ scratch: ScratchFolder, photo: String = "a.png", writesPhoto: Bool = true) throws -> URL {
        try scratch.write("site/content/site.yml", TestSite.siteYML)
        try scratch.write("site/content/prisoners/test-person.md", "---\n\(Self.person)\nphoto: \(photo)\n---\nA biography.\n")
        if writesPhoto { try scratch.write("site/content/media/\(photo)", bytes: ReaderOutputsTests.png(width: 120, height: 160)) }
        return scratch.path("site")
    }

    /// Builds (and checks) with a deadline: a pipe that is waited on shows as a kill, not a hang.
    private func expectRefused(_ site: URL, _ line: String, commands: [String] = ["build", "check"]) throws {
        for command in commands {
            var arguments = [command, "--site", site.path]
            if command == "build" { arguments += ["--as-of", "2016-01-15"] }
            let result = try DocketProcess.run(arguments, timeout: 20)
            #expect(!result.signalled, "docket \(command) waited on a pipe until it was killed")
            #expect(result.status == 1)
            #expect(result.stderr.contains(line), "docket \(command): \(result.stderr)")
        }
    }

    @Test func aPipeAsSiteYMLIsRefusedAtOnce() throws {
        let scratch = try ScratchFolder("docket-fifo-config")
        let site = try siteWithPhoto(scratch)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/site.yml"))
        #expect(mkfifo(site.path + "/content/site.yml", 0o644) == 0)
        try expectRefused(site, "content/site.yml:1:1: error: not a regular file")
    }

    @Test func aLinkToAPipeAsSiteYMLIsRefusedAtOnce() throws {
        let scratch = try ScratchFolder("docket-fifo-config-link")
        let site = try siteWithPhoto(scratch)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/site.yml"))
        #expect(mkfifo(site.path + "/content/pipe", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: site.path + "/content/site.yml", withDestinationPath: "pipe")
        try expectRefused(site, "content/site.yml:1:1: error: not a regular file")
    }

    @Test func aPipeAmongTheArticlesIsRefused() throws {
        let scratch = try ScratchFolder("docket-fifo-article")
        let site = try siteWithPhoto(scratch)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path + "/content/articles/report.md", 0o644) == 0)
        try expectRefused(site, "content/articles/report.md:1:1: error: not a regular file")
    }

    @Test func aPipeAsAPhotoIsRefused() throws {
        let scratch = try ScratchFolder("docket-fifo-photo")
        let site = try siteWithPhoto(scratch, writesPhoto: false)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/media"), withIntermediateDirectories: true)
        #expect(mkfifo(site.path + "/content/media/a.png", 0o644) == 0)
        try expectRefused(site, "content/prisoners/test-person.md:5:8: error: photo \"a.png\" must be a regular file")
    }

    /// `content/media`, or a folder in it, linked to a folder elsewhere: its files are not the site's.
    @Test func photosFromAFolderLinkedOutsideTheSiteAreRefused() throws {
        for (photo, link, target) in [("a.png", "content/media", "outside"), ("people/a.png", "content/media/people", "outside/people")] {
            let scratch = try ScratchFolder("docket-media-link")
            let site = try siteWithPhoto(scratch, photo: photo, writesPhoto: false)
            try scratch.write("\(target)/a.png", bytes: ReaderOutputsTests.png(width: 120, height: 160))
            try FileManager.default.createDirectory(at: site.appendingPathComponent(link).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: site.path + "/" + link, withDestinationPath: scratch.path(target).path)
            try scratch.writePreviousOutput()
            let before = TreeSnapshot(site.appendingPathComponent("public"))
            let result = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"], timeout: 20)
            #expect(result.status == 1, "\(link): the photo was published")
            #expect(result.stderr.contains("content/prisoners/test-person.md:5:8: error: photo \"\(photo)\"")
                    && result.stderr.contains("symbolic link leads outside the site folder"), "\(link): \(result.stderr)")
            #expect(TreeSnapshot(site.appendingPathComponent("public")) == before)
        }
    }

    /// As with a body: a photo truncated, rewritten or swapped for a link after it was checked
    /// is refused when its copy is made, so the build fails instead of publishing it.
    @Test func aPhotoChangedAfterLoadingIsNotPublished() throws {
        let changes: [(String, (URL) throws -> Void)] = [
            ("truncated", { url in try Data(ReaderOutputsTests.png(width: 120, height: 160).prefix(10)).write(to: url) }),
            ("rewritten", { url in try Data(ReaderOutputsTests.png(width: 121, height: 160)).write(to: url) }),
            ("a link", { url in
                let other = url.deletingLastPathComponent().appendingPathComponent("other.png")
                try Data(ReaderOutputsTests.png(width: 99, height: 99)).write(to: other)
                try FileManager.default.removeItem(at: url)
                try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "other.png")
            }),
        ]
        for (change, apply) in changes {
            let site = try TestSite()
            try site.prisoner("test-person", Self.person + "\nphoto: a.png")
            try site.write("content/media/a.png", bytes: ReaderOutputsTests.png(width: 120, height: 160))
            let loaded = try #require(site.load().site)
            let jobs = PageRenderer.media(loaded, siteDirectory: site.root)
            #expect(jobs.count == 1)
            #expect(try jobs.first?.make().first?.contents == ReaderOutputsTests.png(width: 120, height: 160))
            try apply(site.root.appendingPathComponent("content/media/a.png"))
            let error = #expect(throws: MarkdownBody.ChangedFile.self, "\(change)") { try jobs.first?.make() }
            #expect(error?.description == "content/media/a.png changed while the site was being built; nothing was published, build again")
        }
    }
}
