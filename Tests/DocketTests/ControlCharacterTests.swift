import Testing
import DocketMarkdown
@testable import DocketModel

/// Control characters never reach a page, and never reach the editor's terminal through a message.
@Suite struct ControlCharacterTests {
    @Test func controlCharactersNeverReachHTML() {
        #expect(Markdown.escapeText("a\u{1B}[2Jb\u{7}c\u{85}d\te\nf") == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\te\nf")
    }

    @Test func diagnosticsShowControlCharacters() {
        let diagnostic = Diagnostic(.controlCharacter, "name \"a\u{1B}[2J\"", file: "content/prisoners/x\u{7}.md", line: 2, column: 3)
        #expect(diagnostic.description == "content/prisoners/x<U+0007>.md:2:3: error: name \"a<U+001B>[2J\" [E008 control-character]")
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

    /// The scan looks at eight bytes at a time: a control anywhere in a word, or a C1 control
    /// split across two words, is found at its own column, and what is allowed is not refused.
    @Test func controlCharactersAreFoundAtEveryOffset() {
        for offset in 0..<24 {
            let prefix = String(repeating: "é", count: offset / 2) + String(repeating: "x", count: offset % 2)
            let column = prefix.utf8.count + 1
            for (control, name) in [("\u{1B}", "U+001B"), ("\u{7F}", "U+007F"), ("\u{85}", "U+0085"), ("\u{9F}", "U+009F")] {
                let text = "---\nname: a\n---\n" + prefix + control + " and more text after it\n"
                guard case .failure(let problem) = ContentText.decode(Array(text.utf8)) else {
                    Issue.record("\(name) after \(offset) characters was accepted")
                    continue
                }
                #expect(problem.line == 4 && problem.column == column && problem.message.contains(name),
                        "\(name) after \(offset) characters: \(problem)")
            }
            let allowed = "---\nname: a\n---\n" + prefix + "\t\u{A0}\u{C2}\u{A9}\u{100} text\n"
            guard case .success = ContentText.decode(Array(allowed.utf8)) else {
                Issue.record("allowed text after \(offset) characters was refused")
                continue
            }
        }
    }

    /// The fast path that lets a field value skip the control and bidirectional-mark scans
    /// takes only printable ASCII, whatever the string's length or where the odd byte is.
    @Test func onlyPrintableASCIISkipsTheScans() {
        #expect("Ali Aliyev (b. 1980) ~".isPrintableASCII)
        #expect("".isPrintableASCII)
        for odd in ["\t", "\n", "\u{7F}", "é", "\u{202E}", "\u{1F}"] {
            for text in [odd, "short" + odd, String(repeating: "x", count: 40) + odd + "tail"] {
                #expect(!text.isPrintableASCII, "\(text.debugDescription)")
            }
        }
    }
}
