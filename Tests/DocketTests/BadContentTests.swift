import Foundation
import Testing

/// Tests/BadContent/<case>/: one broken site per folder, `expected.txt` beside it. Each case is
/// built by the real binary over a previous public/: exit status 1 (never a crash or a signal),
/// every expected `file:line:column: error: …` line on standard error, and public/ unchanged.
@Suite struct BadContentTests {
    static let suite = DocketProcess.packageRoot.appendingPathComponent("Tests/BadContent")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: suite.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: suite.appendingPathComponent("\($0)/expected.txt").path) }.sorted()
    }

    @Test func everyCaseHasExpectations() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.suite.path).filter { !$0.hasPrefix(".") }
        #expect(names.count >= 30)
        #expect(Set(names) == Set(Self.cases), "a case folder without expected.txt")
    }

    /// The counterpart of `only-front-matter-delimiters`: front matter with its required keys and
    /// no body at all (not even a line end) is a valid file.
    @Test func frontMatterAloneIsFine() throws {
        let scratch = try ScratchFolder("docket-front-matter-only")
        try scratch.write("site/content/site.yml", "title: Test Monitor\nbase_url: https://example.org/\n")
        try scratch.write("site/content/prisoners/test-person.md", "---\nname: Test Person\ncountry: Azerbaijan\nstatus: imprisoned\n---")
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.path("site/public/prisoners/test-person/index.html").path))
    }

    @Test(arguments: BadContentTests.cases)
    func badContentIsRefused(_ name: String) throws {
        let scratch = try ScratchFolder("docket-bad-\(name)")
        let site = scratch.path("site")
        let caseFolder = Self.suite.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("content").path) {
            try FileManager.default.copyItem(at: caseFolder.appendingPathComponent("content"), to: site.appendingPathComponent("content"))
        }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/prisoners"), withIntermediateDirectories: true)
        let hasOwnConfig = FileManager.default.fileExists(atPath: site.appendingPathComponent("content/site.yml").path)
        let omitsConfig = FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("NO_SITE_YML").path)
        if !hasOwnConfig && !omitsConfig {
            try scratch.write("site/content/site.yml", "title: Test Monitor\nbase_url: https://example.org/\n")
        }
        if let setup = try? String(contentsOf: caseFolder.appendingPathComponent("setup"), encoding: .utf8) {
            try BadContentSetup.apply(setup, site: site, scratch: scratch)
        }
        try scratch.writePreviousOutput()
        let before = TreeSnapshot(site.appendingPathComponent("public"))

        let result = try DocketProcess.run(["build", "--site", site.path, "--as-of", "2016-01-15"], timeout: 30)

        if ProcessInfo.processInfo.environment["DOCKET_PRINT_BAD_CONTENT"] != nil {
            // For the closing notes: every case's messages as docket printed them.
            print("[\(name)] exit \(result.status) in \(Int(result.seconds * 1000)) ms\n" + result.stderr)
        }
        #expect(!result.signalled, "docket was killed by a signal (status \(result.status)):\n\(result.stderr)")
        #expect(result.status == 1, "exit status \(result.status)\n\(result.stderr)")
        #expect(result.seconds < 20, "took \(result.seconds) s")
        let expected = try String(contentsOf: caseFolder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(!expected.isEmpty)
        for line in expected {
            // Every expectation names a file and a line: path:line:column: error: … (or a warning
            // the same case gives beside its errors).
            #expect(line.range(of: #"^content/[^:]+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil, "\(line)")
            #expect(result.stderr.contains(line), "missing \(line)\nin:\n\(result.stderr)")
        }
        #expect(result.stderr.contains("nothing was written"))
        #expect(TreeSnapshot(site.appendingPathComponent("public")) == before, "public/ changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".docket-staging") }
        #expect(leftovers.isEmpty)
    }
}

/// The `setup` file of a case: files the test makes because they cannot or should not be committed.
enum BadContentSetup {
    static let validPrisoner = "---\nname: Test Person\ncountry: Azerbaijan\nstatus: imprisoned\n---\nBody.\n"

    static func apply(_ setup: String, site: URL, scratch: ScratchFolder) throws {
        for line in setup.split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ").map { unescape(String($0)) }
            guard let verb = words.first, words.count >= 2 else { continue }
            let target = site.appendingPathComponent(words[1])
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch verb {
            case "prisoner":
                // Written through POSIX so that the name's bytes (NFC or NFD) are kept as given.
                let fd = open(target.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
                _ = validPrisoner.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
                close(fd)
            case "big":
                // A valid prisoner whose body makes the file `words[2]` bytes long.
                let size = Int(words[2]) ?? 0
                var bytes = Array(validPrisoner.utf8)
                let paragraph = Array("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n".utf8)
                bytes.reserveCapacity(size)
                while bytes.count + paragraph.count <= size { bytes += paragraph }
                try Data(bytes).write(to: target)
            case "deep":
                // Flow lists nested `words[2]` deep (libyaml's scanner is quadratic in depth).
                let depth = Int(words[2]) ?? 0
                let yaml = "charges: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                try Data("---\nname: Test Person\ncountry: Azerbaijan\nstatus: imprisoned\n\(yaml)\n---\nBody.\n".utf8).write(to: target)
            case "big-front-matter":
                // Front matter of about `words[2]` bytes, every line a valid charge.
                let size = Int(words[2]) ?? 0
                var yaml = "---\nname: Test Person\ncountry: Azerbaijan\nstatus: imprisoned\ncharges:\n"
                while yaml.utf8.count < size { yaml += "  - Tax evasion and other charges of the same kind\n" }
                try Data((yaml + "---\nBody.\n").utf8).write(to: target)
            case "symlink-outside":
                let outside = scratch.path("outside/secret.md")
                try scratch.write("outside/secret.md", validPrisoner)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: outside.path)
            case "symlink-outside-folder":
                try scratch.write("outside-folder/secret.md", validPrisoner)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: scratch.path("outside-folder").path)
            case "symlink-nowhere":
                // A link to a file that is not there (git would keep it, but a checkout tool might not).
                try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: "missing.md")
            case "symlink-to-fifo":
                // A named pipe inside the site: reading it would wait forever.
                let pipe = site.appendingPathComponent("pipe")
                guard mkfifo(pipe.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
                try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: pipe.path)
            default:
                Issue.record("unknown setup verb \(verb)")
            }
        }
    }

    /// `\uXXXX` and `\\` in a setup line.
    static func unescape(_ word: String) -> String {
        var out = ""
        var rest = Substring(word)
        while let slash = rest.firstIndex(of: "\\") {
            out += rest[..<slash]
            let after = rest[rest.index(after: slash)...]
            if after.hasPrefix("u"), after.count >= 5, let value = UInt32(after.dropFirst().prefix(4), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else if after.hasPrefix("\\") {
                out += "\\"
                rest = after.dropFirst()
            } else {
                out += "\\"
                rest = after
            }
        }
        return out + rest
    }
}
