import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
import DocketSupport

/// A file-system call that fails reaches the operator as a `FileSystemError`: the operation,
/// the path and the system's reason, never a bare string or a Foundation message.
@Suite struct FileSystemErrorTests {
    @Test func describesTheOperationThePathAndTheReason() {
        let notFolder = String(cString: strerror(ENOTDIR))
        #expect(FileSystemError(.create, "/s/public", code: ENOTDIR).description == "cannot create /s/public: \(notFolder)")
        #expect(FileSystemError(.open, "/s/.docket-lock-public", what: "the lock file", code: EACCES).description
                == "cannot open the lock file /s/.docket-lock-public: \(String(cString: strerror(EACCES)))")
        #expect(FileSystemError(.move(from: "/s/.docket-staging-public-1"), "/s/public", what: "the new site", code: EXDEV).description
                == "cannot move the new site to /s/public: \(String(cString: strerror(EXDEV)))")
        #expect(FileSystemError(.move(from: "/s/a"), "/s/b", code: ENOENT).description
                == "cannot move /s/a to /s/b: \(String(cString: strerror(ENOENT)))")
    }

    /// An output folder under a file: the folder that could not be made, and why.
    @Test func anOutputFolderUnderAFileNamesThatFolder() throws {
        let scratch = try ScratchFolder("docket-fs-error")
        try scratch.write("file", "not a folder")
        let blocked = scratch.path("file/sub").path
        let writer = OutputWriter(outputDirectory: scratch.path("file/sub/public"))
        let error = #expect(throws: FileSystemError.self) { _ = try writer.write([OutputFile(path: "index.html", text: "home")]) }
        #expect(error?.operation == .create)
        #expect(error?.path == blocked)
        #expect(error?.code == ENOTDIR)
        #expect(error?.description == "cannot create \(blocked): \(String(cString: strerror(ENOTDIR)))")
    }

    /// The command prints that line as its error, and nothing is written.
    @Test func theBuildCommandPrintsIt() throws {
        let site = try TestSite()
        try site.write("file", "not a folder")
        let blocked = site.root.appendingPathComponent("file/sub").path
        let run = try DocketProcess.run(["build", "--site", site.root.path, "--output", blocked + "/public",
                                         "--as-of", "2016-01-15", "--quiet"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("error: cannot create \(blocked): \(String(cString: strerror(ENOTDIR)))\n"), "\(run.stderr)")
    }

    /// A content file that cannot be opened carries the call, the path and errno; the editor is
    /// told the system's reason.
    @Test func anUnreadableFileCarriesTheReason() throws {
        let scratch = try ScratchFolder("docket-fs-read")
        let missing = scratch.path("gone.md").path
        guard case .unreadable(let error) = ContentFileRead.read(missing) else {
            Issue.record("a missing file was read")
            return
        }
        #expect(error == FileSystemError(.open, missing, code: ENOENT))
        #expect(error.reason == String(cString: strerror(ENOENT)))
    }
}
