import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketCorpus
@testable import DocketModel

/// Rebuilds: what is rewritten, the build cache, and output that never depends on threads.
@Suite struct IncrementalBuildTests {
    /// A generated site whose content is older than the cache's "recent change" window.
    private func generatedSite(prisoners: Int = 12, articles: Int = 12) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-incremental-\(UUID().uuidString)")
        try CorpusGenerator(prisoners: prisoners, articles: articles, seed: 5).write(to: folder)
        return folder
    }

    private func options(_ site: URL, jobs: Int = 2, output: String = "public", cache: Bool = true) throws -> SiteBuilder.Options {
        var options = SiteBuilder.Options(siteDirectory: site, outputDirectory: site.appendingPathComponent(output),
                                          asOf: try PartialDate(parsing: "2025-06-01"), jobs: jobs)
        options.usesBuildCache = cache
        options.recentChangeSeconds = -10  // trust even files written a moment ago
        return options
    }

    /// Every output file's path with its modification time and inode.
    private func stamps(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var info = stat()
            guard lstat(folder.path + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            result[path] = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        }
        return result
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = FileManager.default.contents(atPath: folder.path + "/" + path)
            }
        }
        return result
    }

    @Test func sameOutputWhateverTheNumberOfThreads() throws {
        let site = try generatedSite(prisoners: 40, articles: 40)
        defer { try? FileManager.default.removeItem(at: site) }
        var trees: [[String: Data]] = []
        for jobs in [1, 2, 4] {
            let options = try options(site, jobs: jobs, output: "out-\(jobs)", cache: false)
            #expect(try SiteBuilder(options: options).build().succeeded)
            trees.append(try contents(options.outputDirectory))
        }
        // 40 prisoners (page and feed each), 40 reports, and the listings, feeds and data files.
        #expect(trees[0].count > 3 * 40)
        #expect(trees[0].keys.contains("sitemap.xml") && trees[0].keys.contains("data/events.csv"))
        #expect(trees[0] == trees[1])
        #expect(trees[0] == trees[2])
    }

    @Test func rebuildWithNothingChangedTouchesNothing() throws {
        let site = try generatedSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for cache in [false, true] {
            let options = try options(site, output: "public-\(cache)", cache: cache)
            let first = try SiteBuilder(options: options).build()
            let before = try stamps(options.outputDirectory)
            let again = try SiteBuilder(options: options).build()
            #expect(again.written == 0)
            #expect(again.unchanged == first.written)
            #expect(again.pageCount == first.pageCount && again.eventCount == first.eventCount)
            #expect(try stamps(options.outputDirectory) == before)
        }
    }

    @Test func oneChangedPrisonerRewritesOnlyItsPage() throws {
        let site = try generatedSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for cache in [false, true] {
            let options = try options(site, output: "public-\(cache)", cache: cache)
            try SiteBuilder(options: options).build()
            let before = try stamps(options.outputDirectory)
            let file = site.appendingPathComponent("content/" + CorpusGenerator(prisoners: 12, articles: 12, seed: 5).prisonerFile(3).0)
            let handle = try FileHandle(forWritingTo: file)
            handle.seekToEndOfFile()
            handle.write(Data("\nOne more sentence (\(cache)).\n".utf8))
            handle.closeFile()
            let report = try SiteBuilder(options: options).build()
            #expect(report.written == 1)
            let after = try stamps(options.outputDirectory)
            let rewritten = after.keys.filter { after[$0] != before[$0] }
            #expect(rewritten.count == 1)
            #expect(rewritten.first?.hasPrefix("prisoners/") == true)
        }
    }

    @Test func cacheNoticesChangedContentAndOutputAndIgnoresCorruption() throws {
        let site = try generatedSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let options = try options(site)
        let builder = SiteBuilder(options: options)
        try builder.build()
        let cache = BuildCache(options: options)
        #expect(cache.unchangedBuild() != nil)

        // A touched output file: the cache no longer answers, and the build puts the page back.
        let page = options.outputDirectory.appendingPathComponent("index.html")
        let original = try Data(contentsOf: page)
        try Data("tampered".utf8).write(to: page)
        #expect(cache.unchangedBuild() == nil)
        #expect(try builder.build().written == 1)
        #expect(try Data(contentsOf: page) == original)
        #expect(cache.unchangedBuild() != nil)

        // A new content file.
        try CorpusGenerator(prisoners: 13, articles: 12, seed: 5).write(to: site.appendingPathComponent("tmp"))
        let (path, text) = CorpusGenerator(prisoners: 13, articles: 12, seed: 5).prisonerFile(12)
        try Data(text.utf8).write(to: site.appendingPathComponent("content/" + path))
        #expect(cache.unchangedBuild() == nil)
        #expect(try builder.build().written > 0)

        // A corrupt cache is ignored.
        var bytes = try Data(contentsOf: cache.file)
        bytes[bytes.count / 2] ^= 1
        try bytes.write(to: cache.file)
        #expect(cache.unchangedBuild() == nil)
        #expect(try builder.build().written == 0)
        #expect(cache.unchangedBuild() != nil)
    }

    @Test func cacheIgnoresAnOutputFolderThatWasReplaced() throws {
        let site = try generatedSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let options = try options(site)
        try SiteBuilder(options: options).build()
        let cache = BuildCache(options: options)
        #expect(cache.unchangedBuild() != nil)
        let record = try String(contentsOf: cache.file, encoding: .utf8)
        let lines = record.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The header names the output folder's own stamp, the same stamp as its "out" line.
        #expect(lines[0] == "docket-build-cache 3")
        let root = try #require(lines.first { $0.hasPrefix("root ") }).dropFirst("root ".count)
        #expect(root.split(separator: " ").count == 8)
        #expect(lines.contains("out \(root) "))
        #expect(lines.last == "" && lines[lines.count - 2].hasPrefix("end "))

        // The same files in a new folder of the same name: every file would match, the folder does not.
        let aside = site.appendingPathComponent("aside")
        try FileManager.default.moveItem(at: options.outputDirectory, to: aside)
        try FileManager.default.copyItem(at: aside, to: options.outputDirectory)
        #expect(cache.unchangedBuild() == nil)
        let report = try SiteBuilder(options: options).build()
        #expect(report.written == 0 && report.unchanged > 0)
        #expect(cache.unchangedBuild() != nil)
    }
}

/// The build cache keys on what the output depends on in time: the day, and which embargoes
/// have ended. Not on the publishing moment to the second, which for a plain `docket build` is now.
@Suite struct BuildCacheMomentTests {
    private func site() throws -> TestSite {
        let site = try TestSite()
        try site.prisoner("known", "name: Known Person\ncountry: Kazakhstan\nstatus: imprisoned")
        try site.prisoner("later", "name: Later Person\ncountry: Kazakhstan\nstatus: imprisoned\nembargo_until: 2025-06-01T12:00Z")
        return site
    }

    private func options(_ site: TestSite, at moment: String) throws -> SiteBuilder.Options {
        var options = SiteBuilder.Options(siteDirectory: site.root, outputDirectory: site.output,
                                          asOf: try PartialDate(parsing: "2025-06-01"), jobs: 2,
                                          publishingAt: try Moment(parsing: moment))
        options.recentChangeSeconds = -10  // trust even files written a moment ago
        return options
    }

    @Test func aLaterMomentOfTheSameDayWithNoEmbargoEndingInBetweenIsANoOp() throws {
        let site = try site()
        let first = try SiteBuilder(options: options(site, at: "2025-06-01T09:00Z")).build()
        #expect(first.succeeded && first.written > 0)
        #expect(!site.exists("prisoners/later/index.html"))
        // A minute later, and an hour later: the same items are published.
        for moment in ["2025-06-01T09:01Z", "2025-06-01T11:59:59Z"] {
            #expect(BuildCache(options: try options(site, at: moment)).unchangedBuild() != nil)
            #expect(try SiteBuilder(options: options(site, at: moment)).build().written == 0)
        }
        // Earlier than the moment the record was made at, with no embargo ending in between: the same.
        #expect(BuildCache(options: try options(site, at: "2025-06-01T00:00Z")).unchangedBuild() != nil)
    }

    @Test func anEmbargoEndingInBetweenRebuildsAndPublishes() throws {
        let site = try site()
        _ = try SiteBuilder(options: options(site, at: "2025-06-01T09:00Z")).build()
        // The embargo ends at 12:00: a build at that moment is not answered from the cache.
        #expect(BuildCache(options: try options(site, at: "2025-06-01T12:00Z")).unchangedBuild() == nil)
        let report = try SiteBuilder(options: options(site, at: "2025-06-01T12:00Z")).build()
        #expect(report.written > 0 && report.prisonerCount == 2)
        #expect(site.exists("prisoners/later/index.html"))
        // After it, later moments are a no-op again, and earlier ones (before the end) are not.
        #expect(BuildCache(options: try options(site, at: "2025-06-01T18:00Z")).unchangedBuild() != nil)
        #expect(BuildCache(options: try options(site, at: "2025-06-01T11:59Z")).unchangedBuild() == nil)
    }

    @Test func anotherDayIsNotANoOp() throws {
        let site = try site()
        _ = try SiteBuilder(options: options(site, at: "2025-06-01T09:00Z")).build()
        var nextDay = try options(site, at: "2025-06-01T09:00Z")
        nextDay.asOf = try PartialDate(parsing: "2025-06-02")
        #expect(BuildCache(options: nextDay).unchangedBuild() == nil)
    }

    @Test func twoPlainBuildsAMomentApartRewriteNothing() throws {
        let folder = try ScratchFolder("docket-plain-builds")
        try folder.write("site/content/site.yml", TestSite.siteYML)
        try folder.write("site/content/prisoners/known.md", "---\nname: Known Person\ncountry: Kazakhstan\nstatus: imprisoned\n---\nText.\n")
        // The cache trusts no content changed in the two whole seconds before the build (a second
        // change could hide in the same tick): three seconds, whatever the fraction the files were written at.
        Thread.sleep(forTimeInterval: 3.1)
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = nil
        environment["DOCKET_TIMING"] = "1"  // names the phases, the cache's answer among them
        let site = folder.path("site").path
        let first = try DocketProcess.run(["build", "--site", site], environment: environment)
        #expect(first.status == 0)
        Thread.sleep(forTimeInterval: 1.1)  // another second: the publishing moment differs
        let second = try DocketProcess.run(["build", "--site", site], environment: environment)
        #expect(second.status == 0)
        #expect(second.stdout.contains(" 0 files written"), "\(second.stdout)")
        #expect(!first.stderr.contains("cache: nothing changed"))
        #expect(second.stderr.contains("cache: nothing changed"), "\(second.stderr)")
    }
}
