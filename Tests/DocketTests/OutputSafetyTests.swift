import Foundation
import Testing
@testable import DocketBuilder

/// The output folder is replaced whole or not at all, never the wrong folder, and clearing it
/// never follows a symbolic link.
@Suite(.serialized) struct OutputSafetyTests {
    private func environment(home: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        return environment
    }

    @Test func killedBuildsLeaveThePreviousOutput() throws {
        let scratch = try ScratchFolder("docket-kill")
        try GeneratedSite.write(into: scratch, prisoners: 300, articles: 60)
        let site = scratch.path("site")
        let first = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = TreeSnapshot(site.appendingPathComponent("public"))
        #expect(before.files.count > 360)

        // A change that alters most pages, then the complete new tree for comparison.
        try scratch.write("site/content/site.yml", "title: Changed Monitor\nbase_url: https://example.org/monitor/\n")
        let reference = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15", "--output", scratch.path("reference").path])
        #expect(reference.status == 0)
        let after = TreeSnapshot(scratch.path("reference"))
        #expect(after != before)

        var killed = 0
        for milliseconds in [0, 5, 20, 50, 100, 150, 200, 300] {
            let process = try DocketProcess.start(["build", "--site", site.path, "--as-of", "2016-01-15"],
                                                  output: scratch.path("out.txt"), errors: scratch.path("err.txt"))
            usleep(useconds_t(milliseconds * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = TreeSnapshot(site.appendingPathComponent("public"))
            if process.terminationReason == .uncaughtSignal {
                killed += 1
                // Killed: the old tree, or (killed while clearing the old tree away after the swap) the whole new one.
                #expect(now == before || now == after, "killed after \(milliseconds) ms: public/ is neither the old nor the new site")
            } else {
                #expect(process.terminationStatus == 0)
                #expect(now == after)
            }
            if now == after { break }
        }
        #expect(killed >= 2, "the build finished before most kills; the test proves little")

        let next = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(next.status == 0)
        #expect(TreeSnapshot(site.appendingPathComponent("public")) == after)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".docket-staging") }
        #expect(leftovers == [], "staging folders left after a successful build")
    }

    /// A page that cannot be made (its file changed after it was checked) fails the whole
    /// write: the previous output stays exactly as it was and no staging folder is left.
    @Test func aJobThatFailsLeavesThePreviousOutput() throws {
        let scratch = try ScratchFolder("docket-failing-job")
        let output = scratch.path("public")
        let writer = OutputWriter(outputDirectory: output)
        _ = try writer.write([OutputFile(path: "index.html", text: "old home"), OutputFile(path: "a/index.html", text: "old a")])
        let before = TreeSnapshot(output)
        struct Changed: Error {}
        var jobs = (0..<200).map { number in PageJob(path: "p\(number)/index.html") { "page \(number)" } }
        jobs.insert(PageJob(path: "index.html") { "new home" }, at: 0)
        jobs.append(PageJob(path: "late/index.html") { throw Changed() })
        #expect(throws: Changed.self) { try writer.write(jobs, threads: 2) }
        #expect(TreeSnapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasPrefix(".docket-staging") }
        #expect(leftovers == [])
    }

    @Test func refusesDangerousOutputFolders() throws {
        let scratch = try ScratchFolder("docket-guard")
        try GeneratedSite.write(into: scratch, prisoners: 2, articles: 1)
        let site = scratch.path("site")
        try scratch.write("site/templates/page.txt", "a template\n")
        try scratch.write("home/.profile", "a home folder\n")
        let home = scratch.path("home")
        // A link that leads to the home folder is judged by where it leads.
        try FileManager.default.createSymbolicLink(atPath: site.path + "/home-link", withDestinationPath: home.path)
        let whole = TreeSnapshot(scratch.url)
        let outputs: [(String, String)] = [
            (home.path, "the home folder"),
            (site.path + "/home-link", "the home folder"),
            (site.path, "the site folder"),
            (site.path + "/", "the site folder"),
            (site.appendingPathComponent("content").path, "the content folder"),
            (site.appendingPathComponent("templates").path, "the templates folder"),
            (scratch.url.path, "it contains the site"),
            (site.appendingPathComponent("content/prisoners").path, "inside content/"),
        ]
        for (output, why) in outputs {
            let result = try DocketProcess.run(["build", "--site", site.path, "--output", output, "--as-of", "2016-01-15"],
                                               environment: environment(home: home))
            #expect(result.status == 1, "\(output) was accepted")
            #expect(result.stderr.contains("refusing to use") && result.stderr.contains(why), "\(output): \(result.stderr)")
        }
        #expect(TreeSnapshot(scratch.url) == whole, "a refused build changed something")
        // The root folder: checked without running a build, so that a broken guard cannot do harm.
        for root in ["/", "//", "/tmp/..", "/."] {
            #expect(OutputGuard.refusal(output: URL(fileURLWithPath: root), site: site)?.contains("the root folder") == true, "\(root)")
        }
        #expect(OutputGuard.refusal(output: site.appendingPathComponent("public"), site: site) == nil)
    }

    @Test func clearingNeverFollowsLinksOrTouchesNeighbours() throws {
        let scratch = try ScratchFolder("docket-links")
        try GeneratedSite.write(into: scratch, prisoners: 3, articles: 1)
        let site = scratch.path("site")
        // An old output holding links to a folder and a file outside it, and neighbours beside it.
        try scratch.write("outside/keep.txt", "must survive\n")
        try scratch.write("outside/nested/keep.txt", "must survive too\n")
        try scratch.write("site/public/index.html", "old\n")
        try scratch.write("site/public/deep/folder/page.html", "old\n")
        try FileManager.default.createSymbolicLink(atPath: site.path + "/public/outside-folder", withDestinationPath: scratch.path("outside").path)
        try FileManager.default.createSymbolicLink(atPath: site.path + "/public/deep/outside-file", withDestinationPath: scratch.path("outside/keep.txt").path)
        try FileManager.default.createSymbolicLink(atPath: site.path + "/public/relative", withDestinationPath: "../../outside")
        try scratch.write("site/public-notes.txt", "a neighbour\n")
        try scratch.write("site/publicity/file.txt", "another neighbour\n")
        try scratch.write("site/.docket-staging-other-1/file.txt", "another output's staging folder\n")
        let outside = TreeSnapshot(scratch.path("outside"))
        let neighbours = TreeSnapshot(site).entries.filter { !$0.key.hasPrefix("public/") && $0.key != "public" }

        let result = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(TreeSnapshot(scratch.path("outside")) == outside, "a file outside the output folder was touched")
        // Only the output's lock file and the old tree, kept as the spare, are new beside it.
        let spare = ".docket-spare-public"
        func besideOutput() -> [String: TreeSnapshot.Entry] {
            TreeSnapshot(site).entries.filter { entry in
                !entry.key.hasPrefix("public/") && entry.key != "public" && entry.key != ".docket-lock-public"
                    && entry.key != spare && !entry.key.hasPrefix(spare + "/")
            }
        }
        #expect(besideOutput() == neighbours)
        let output = TreeSnapshot(site.appendingPathComponent("public"))
        #expect(output.entries["outside-folder"] == nil && output.entries["index.html"] != nil)
        #expect(!output.entries.values.contains { if case .link = $0 { return true } else { return false } })

        // The next build starts from that old tree, links and all: still nothing outside is touched.
        try scratch.write("site/content/site.yml", "title: Changed Monitor\nbase_url: https://example.org/monitor/\n")
        let neighboursWithNewTitle = besideOutput()
        let again = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(TreeSnapshot(scratch.path("outside")) == outside, "a file outside the output folder was touched")
        #expect(besideOutput() == neighboursWithNewTitle)
        let rebuilt = TreeSnapshot(site.appendingPathComponent("public"))
        #expect(rebuilt.entries["outside-folder"] == nil && rebuilt.entries["relative"] == nil)
        #expect(!rebuilt.entries.values.contains { if case .link = $0 { return true } else { return false } })
    }

    @Test func outputThatIsAFileOrALinkIsRefused() throws {
        let scratch = try ScratchFolder("docket-output-file")
        try GeneratedSite.write(into: scratch, prisoners: 1, articles: 0)
        try scratch.write("site/public", "not a folder\n")
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a folder"), "\(result.stderr)")
        #expect(try String(contentsOf: scratch.path("site/public"), encoding: .utf8) == "not a folder\n")
    }
}

@Suite struct OutputLockTests {
    /// While one build holds the output's lock, another stops with a message and touches nothing.
    @Test func secondBuildOfTheSameOutputStops() throws {
        let scratch = try ScratchFolder("docket-lock")
        try GeneratedSite.write(into: scratch, prisoners: 2, articles: 1)
        try scratch.writePreviousOutput()
        let site = scratch.path("site")
        let before = TreeSnapshot(site)
        let descriptor = open(site.path + "/.docket-lock-public", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        let blocked = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("another docket build is writing"), "\(blocked.stderr)")
        #expect(TreeSnapshot(site).entries.filter { $0.key != ".docket-lock-public" } == before.entries)
        close(descriptor)
        let next = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(next.status == 0, "\(next.stderr)")
    }
}
