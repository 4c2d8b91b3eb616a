import Foundation
import Testing
@testable import DocketBuilder

/// The old tree a rebuild swaps out is removed with its top-level folders on several threads;
/// the whole tree must go, and nothing a symbolic link in it points to.
@Suite struct TreeRemovalTests {
    @Test(arguments: [1, 2, 4])
    func theWholeTreeGoesAndNothingOutsideIt(threads: Int) throws {
        let scratch = try ScratchFolder("docket-tree-removal")
        for folder in ["prisoners", "articles", "tags"] {
            for index in 0..<40 {
                try scratch.write("old/\(folder)/page-\(index)/index.html", "<p>\(folder) \(index)</p>\n")
            }
        }
        try scratch.write("old/style.css", "body {}\n")
        try scratch.write("kept/outside.txt", "not part of the tree\n")
        // One link among the entries shared out to the threads, one deeper down.
        for link in ["old/top-link", "old/tags/link"] {
            try FileManager.default.createSymbolicLink(atPath: scratch.path(link).path,
                                                       withDestinationPath: scratch.path("kept").path)
        }

        try removeTree(scratch.path("old").path, threads: threads)

        #expect(!FileManager.default.fileExists(atPath: scratch.path("old").path))
        #expect(try String(contentsOf: scratch.path("kept/outside.txt"), encoding: .utf8) == "not part of the tree\n")
    }

    @Test func aMissingTreeIsNoError() throws {
        let scratch = try ScratchFolder("docket-tree-removal")
        try removeTree(scratch.path("never-made").path, threads: 2)
    }
}
