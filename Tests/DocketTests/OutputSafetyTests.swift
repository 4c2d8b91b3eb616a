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

    /// `ln -s content c2; docket build --output c2/prisoners/out`: a path that does not exist
    /// yet is judged by where its nearest existing folder really is.
    @Test func aLinkIntoContentCannotLeadANewOutputThere() throws {
        let scratch = try ScratchFolder("docket-guard-link")
        try GeneratedSite.write(into: scratch, prisoners: 2, articles: 1)
        let site = scratch.path("site")
        try FileManager.default.createSymbolicLink(atPath: site.path + "/c2", withDestinationPath: "content")
        let content = TreeSnapshot(site.appendingPathComponent("content"))
        let result = try DocketProcess.run(["build", "--site", site.path, "--output", site.path + "/c2/prisoners/out",
                                            "--as-of", "2016-01-15"])
        #expect(result.status == 1, "the output was accepted")
        #expect(result.stderr.contains("refusing to use") && result.stderr.contains("inside content/"), "\(result.stderr)")
        #expect(TreeSnapshot(site.appendingPathComponent("content")) == content, "a refused build wrote into content/")
        for output in ["c2/new/deeper/out", "c2/../c2/out", "c2"] {
            let refusal = OutputGuard.refusal(output: site.appendingPathComponent(output), site: site)
            #expect(refusal?.contains("content") == true, "\(output): \(refusal ?? "accepted")")
        }
        #expect(OutputGuard.refusal(output: site.appendingPathComponent("new/deeper/out"), site: site) == nil)
    }

    /// Only this output's own leftovers are swept (`.docket-staging-public-<pid>` of a process
    /// that has ended): not `public-2`'s staging folder, and not that of a live process.
    @Test func aNeighboursStagingFolderSurvivesABuild() throws {
        let scratch = try ScratchFolder("docket-neighbour-staging")
        try GeneratedSite.write(into: scratch, prisoners: 2, articles: 1)
        let site = scratch.path("site")
        let kept = [".docket-staging-public-2-\(getpid())", ".docket-staging-public-\(getpid())", ".docket-staging-public-12x"]
        for name in kept { try scratch.write("site/\(name)/index.html", "another build's page\n") }
        // No process has this pid (above any system's pid_max): left by a killed build.
        let dead = ".docket-staging-public-2147483646"
        try scratch.write("site/\(dead)/index.html", "left by a killed build\n")
        let result = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in kept {
            #expect(FileManager.default.fileExists(atPath: site.path + "/\(name)/index.html"), "\(name) was removed")
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/" + dead), "a dead build's staging folder was kept")
    }

    /// Before the swap the writer checks that its staged tree still holds every file it wrote:
    /// one that lost a page (removed by something else) is never published.
    @Test func aStagedTreeThatLostAFileIsNotSwappedIn() throws {
        let scratch = try ScratchFolder("docket-lost-file")
        let output = scratch.path("public")
        let writer = OutputWriter(outputDirectory: output)
        _ = try writer.write([OutputFile(path: "index.html", text: "old home"), OutputFile(path: "a/index.html", text: "old a")])
        let before = TreeSnapshot(output)
        let jobs = [PageJob(path: "index.html") { "new home" }, PageJob(path: "a/index.html") { "new a" },
                    PageJob(path: "b/index.html") { "new b" }]
        let error = #expect(throws: OutputWriter.WriteError.self) {
            // `last` runs once every job's file is staged, just before the swap.
            _ = try writer.write(jobs, threads: 1, last: { _ -> [OutputFile] in
                let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path)) ?? []
                for name in names where name.hasPrefix(".docket-staging-public-") {
                    unlink(scratch.url.path + "/" + name + "/b/index.html")
                }
                return []
            })
        }
        #expect(error?.description.contains("b/index.html") == true, "\(String(describing: error))")
        #expect(TreeSnapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasPrefix(".docket-staging") }
        #expect(leftovers == [])
    }

    /// Where the file system has no `RENAME_EXCHANGE`, the old tree is moved to
    /// `.docket-previous-<name>` and the new one in: a build killed between the two leaves the
    /// old tree there, and the next build (even one that fails) puts it back first.
    @Test func aBuildKilledBetweenTheFallbackRenamesLosesNoTree() throws {
        let scratch = try ScratchFolder("docket-fallback-swap")
        try GeneratedSite.write(into: scratch, prisoners: 3, articles: 1)
        let site = scratch.path("site")
        let output = site.appendingPathComponent("public")
        let previous = site.appendingPathComponent(".docket-previous-public")
        try scratch.writePreviousOutput()
        let before = TreeSnapshot(output)
        var fallback = ProcessInfo.processInfo.environment
        fallback["DOCKET_TEST_SWAP"] = "rename"
        var killing = fallback
        killing["DOCKET_TEST_KILL"] = "between-renames"
        let killed = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"], environment: killing)
        #expect(killed.signalled, "the build was not killed between the renames: \(killed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(TreeSnapshot(previous) == before, "the old tree is not at .docket-previous-public")

        try scratch.write("site/content/prisoners/broken.md", "---\nname: [\n---\n")
        let failed = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"])
        #expect(failed.status == 1)
        #expect(TreeSnapshot(output) == before, "a failing build did not put the old tree back")
        #expect(!FileManager.default.fileExists(atPath: previous.path))

        try FileManager.default.removeItem(at: site.appendingPathComponent("content/prisoners/broken.md"))
        let reference = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15", "--output", scratch.path("reference").path])
        #expect(reference.status == 0)
        let built = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"], environment: fallback)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(TreeSnapshot(output) == TreeSnapshot(scratch.path("reference")))
        #expect(!FileManager.default.fileExists(atPath: previous.path))
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
