import Testing
import DocketMarkdown
@testable import DocketModel

/// Control characters never reach a page, and never reach the editor's terminal through a message.
@Suite struct ControlCharacterTests {
    @Test func controlCharactersNeverReachHTML() {
        #expect(Markdown.escapeText("a\u{1B}[2Jb\u{7}c\u{85}d\te\nf") == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\te\nf")
    }

    @Test func diagnosticsShowControlCharacters() {
        let diagnostic = Diagnostic.error("name \"a\u{1B}[2J\"", file: "content/prisoners/x\u{7}.md", line: 2, column: 3)
        #expect(diagnostic.description == "content/prisoners/x<U+0007>.md:2:3: error: name \"a<U+001B>[2J\"")
    }

    @Test func contentTextRefusesControlCharacters() {
        guard case .failure(let problem) = ContentText.decode(Array("---\nname: a\u{85}b\n".utf8)) else {
            Issue.record("a C1 control was accepted")
            return
        }
        #expect(problem.line == 2 && problem.column == 8 && problem.message.contains("U+0085"))
        guard case .success = ContentText.decode(Array("---\r\nname: a\tb\r\n---\r\n".utf8)) else {
            Issue.record("tab and CRLF were refused")
            return
        }
    }
}
