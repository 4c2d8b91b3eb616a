import Testing
@testable import DocketModel

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBody() throws {
        let split = try FrontMatter.split("---\nname: A\ncountry: Belarus\n---\nBody line\n").get()
        #expect(split.yaml == "name: A\ncountry: Belarus")
        #expect(split.body == "Body line\n")
        #expect(split.yamlFirstLine == 2)
        #expect(split.bodyFirstLine == 5)
    }

    @Test func toleratesBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nname: A\r\n---\r\nBody\r\n".utf8)
        let text = try ContentText.decode(bytes).get()
        let split = try FrontMatter.split(text).get()
        #expect(split.yaml == "name: A")
        #expect(split.body == "Body\n")
    }

    @Test func reportsMissingClosingLine() {
        let result = FrontMatter.split("---\nname: A\nBody without a closing line\n")
        #expect(throws: FrontMatter.Problem.self) { try result.get() }
        if case .failure(let problem) = result {
            #expect(problem.line == 1)
            #expect(problem.message.contains("never closed"))
        }
    }

    @Test func reportsMissingOpeningLine() {
        guard case .failure(let problem) = FrontMatter.split("name: A\n---\n") else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.message.contains("must start with a line \"---\""))
    }

    @Test func reportsEmptyFile() {
        guard case .failure(let problem) = FrontMatter.split("") else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.message.contains("empty"))
    }

    @Test func refusesUTF16NulAndInvalidUTF8() {
        guard case .failure(let utf16) = ContentText.decode([0xFF, 0xFE, 0x2D, 0x00]) else { Issue.record("UTF-16 accepted"); return }
        #expect(utf16.message.contains("UTF-16"))
        guard case .failure(let nul) = ContentText.decode(Array("---\nname: a\u{0}b\n".utf8)) else { Issue.record("NUL accepted"); return }
        #expect(nul.line == 2 && nul.column == 8)
        guard case .failure(let invalid) = ContentText.decode(Array("---\n".utf8) + [0x6E, 0xC3, 0x28]) else { Issue.record("bad UTF-8 accepted"); return }
        #expect(invalid.line == 2 && invalid.column == 2)
        #expect(invalid.message.contains("not valid UTF-8"))
    }

    /// A `---` block of keys at the start of the body is a second front matter an editor meant
    /// to keep (its `notes:` would be published as text): refused at its opening line.
    @Test func refusesASecondFrontMatterBlock() {
        let cases: [(String, Int)] = [
            ("---\nname: A\n---\n---\nnotes: not for publication\n---\nBody\n", 4),
            ("---\nname: A\n---\n\n  \n---\nnotes: >\n  folded\n# a comment\nsources:\n  - title: x\n---\n", 6),
            ("---\nname: A\n---\n---\nnotes: secret\n---", 4),
        ]
        for (text, line) in cases {
            guard case .failure(let problem) = FrontMatter.split(text) else {
                Issue.record("accepted: \(text)")
                continue
            }
            #expect(problem.line == line, "\(text)")
            #expect(problem.message.hasPrefix("a second front-matter block starts here"), "\(problem.message)")
        }
    }

    /// A thematic break stays Markdown: in the middle of the body, or at its start when what
    /// follows is not keys closed by another `---`.
    @Test func keepsThematicBreaksInTheBody() throws {
        for text in [
            "---\nname: A\n---\nText\n\n---\nnotes: a setext heading\n---\n",
            "---\nname: A\n---\n---\n\nA paragraph after a rule.\n",
            "---\nname: A\n---\n---\nJust a sentence, then a heading line\n---\n",
            "---\nname: A\n---\n---\n- a list\n- of items\n---\n",
            "---\nname: A\n---\n---\nnotes: never closed\n",
            "---\nname: A\n---\n\n---\n---\n",
        ] {
            let split = try FrontMatter.split(text).get()
            #expect(split.yaml == "name: A")
        }
    }
}
