import Foundation
import Testing
@testable import DocketBuilder

/// The same content and the same --as-of give the same bytes, whatever the file-system order,
/// locale, time zone, thread count or folder.
@Suite struct ReproducibleBuildTests {
    /// Copies a folder, creating its entries in reverse order so directory listings come back differently.
    private func copyReversed(_ from: URL, to: URL) throws {
        try FileManager.default.createDirectory(at: to, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: from.path).sorted().reversed() {
            let source = from.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try copyReversed(source, to: to.appendingPathComponent(name))
            } else {
                try FileManager.default.copyItem(at: source, to: to.appendingPathComponent(name))
            }
        }
    }

    @Test func buildsAreByteIdentical() throws {
        let scratch = try ScratchFolder("docket-repro")
        try GeneratedSite.write(into: scratch, at: "site-a", prisoners: 120, articles: 30)
        try HostileContentTests.writeSite(scratch)  // a second, hostile site in site/
        try copyReversed(scratch.path("site-a"), to: scratch.path("site-b"))

        var base = ProcessInfo.processInfo.environment
        base.removeValue(forKey: "SOURCE_DATE_EPOCH")
        base.removeValue(forKey: "DOCKET_JOBS")
        let runs: [(site: String, jobs: String, environment: [String: String])] = [
            ("site-a", "1", base.merging(["LANG": "C", "LC_ALL": "C", "TZ": "UTC"]) { $1 }),
            ("site-b", "4", base.merging(["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "Pacific/Kiritimati"]) { $1 }),
            ("site-a", "3", base.merging(["LANG": "de_DE.UTF-8", "LC_ALL": "", "TZ": "America/St_Johns"]) { $1 }),
        ]
        var trees: [[String: Data]] = []
        for (index, run) in runs.enumerated() {
            let output = scratch.path("out-\(index)")
            let result = try DocketProcess.run(["build", "--site", scratch.path(run.site).path, "--output", output.path,
                                                "--as-of", "2016-01-15", "--jobs", run.jobs], environment: run.environment)
            #expect(result.status == 0, "\(result.stderr)")
            trees.append(TreeSnapshot(output).files)
        }
        #expect(trees[0].count > 150)
        for (index, tree) in trees.enumerated().dropFirst() {
            #expect(Set(tree.keys) == Set(trees[0].keys), "run \(index) wrote other files")
            let differing = tree.keys.filter { tree[$0] != trees[0][$0] }.sorted()
            #expect(differing.isEmpty, "run \(index) differs in \(differing.prefix(5))")
        }

        // The hostile site too, built twice with different settings.
        var hostile: [[String: Data]] = []
        for (index, run) in runs.prefix(2).enumerated() {
            let output = scratch.path("hostile-\(index)")
            let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--output", output.path,
                                                "--as-of", "2016-01-15", "--jobs", run.jobs], environment: run.environment)
            #expect(result.status == 0, "\(result.stderr)")
            hostile.append(TreeSnapshot(output).files)
        }
        #expect(hostile[0] == hostile[1])
    }

    /// Prisoner and report jobs take turns (so two threads write into different folders),
    /// and none is lost or repeated when one list is longer.
    @Test func prisonerAndReportJobsTakeTurns() {
        #expect(PageRenderer.alternating([1, 2, 3], [10]) == [1, 10, 2, 3])
        #expect(PageRenderer.alternating([1], [10, 20, 30]) == [1, 10, 20, 30])
        #expect(PageRenderer.alternating([Int](), [10, 20]) == [10, 20])
        #expect(PageRenderer.alternating([1, 2], [Int]()) == [1, 2])
    }
}
