import DocketEditing
import Foundation
import Testing
@testable import DocketModel

@Suite struct CheckFormatTests {
    /// One file with two errors, as in the README.
    private func twoErrors() throws -> [Diagnostic] {
        let site = try TestSite()
        try site.prisoner("x", "name: X\ncountry: Yemen\nstatus: jailed\narested: 2015")
        return site.load().diagnostics
    }

    @Test func textIsCompilerStyle() throws {
        #expect(DiagnosticFormat.text.lines(try twoErrors()) == [
            "content/prisoners/x.md:4:9: error: unknown status \"jailed\"; expected one of detained, imprisoned, released, pardoned, acquitted, deceased [E024 unknown-value]",
            "content/prisoners/x.md:5:1: error: unknown key \"arested\" in prisoner front matter; did you mean \"arrested\"? [E020 unknown-key]",
        ])
    }

    @Test func githubAnnotations() throws {
        #expect(DiagnosticFormat.github.lines(try twoErrors()) == [
            "::error file=content/prisoners/x.md,line=4,col=9,title=E024 unknown-value::unknown status \"jailed\"; expected one of detained, imprisoned, released, pardoned, acquitted, deceased",
            "::error file=content/prisoners/x.md,line=5,col=1,title=E020 unknown-key::unknown key \"arested\" in prisoner front matter; did you mean \"arrested\"?",
        ])
    }

    @Test func json() throws {
        #expect(DiagnosticFormat.json.lines(try twoErrors()) == [
            "[",
            "  {\"file\": \"content/prisoners/x.md\", \"line\": 4, \"column\": 9, \"severity\": \"error\", \"code\": \"E024\", \"name\": \"unknown-value\", \"message\": \"unknown status \\\"jailed\\\"; expected one of detained, imprisoned, released, pardoned, acquitted, deceased\"},",
            "  {\"file\": \"content/prisoners/x.md\", \"line\": 5, \"column\": 1, \"severity\": \"error\", \"code\": \"E020\", \"name\": \"unknown-key\", \"message\": \"unknown key \\\"arested\\\" in prisoner front matter; did you mean \\\"arrested\\\"?\"}",
            "]",
        ])
    }

    @Test func jsonIsValidJSONAndEmptyIsAnEmptyList() throws {
        let text = DiagnosticFormat.json.lines(try twoErrors()).joined(separator: "\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(parsed?.first?["line"] as? Int == 4)
        #expect(parsed?.first?["code"] as? String == "E024")
        #expect(parsed?.first?["name"] as? String == "unknown-value")
        #expect(DiagnosticFormat.json.lines([]) == ["[]"])
    }

    @Test func githubWarningsAndEscaping() {
        let warning = Diagnostic(.creditWithoutPhoto, "50% done\nnext line", file: "content/a,b:c.md", line: 2, column: 3)
        #expect(DiagnosticFormat.github.lines([warning]) == [
            "::warning file=content/a%2Cb%3Ac.md,line=2,col=3,title=W003 credit-without-photo::50%25 done%0Anext line",
        ])
        let fileLevel = Diagnostic(.unreadableFile, "m", file: "content/x.md", line: 0, column: 0)
        #expect(DiagnosticFormat.github.lines([fileLevel]) == ["::error file=content/x.md,title=E003 unreadable-file::m"])
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let site = try TestSite()
        try site.write("content/prisoners/x.markdown", "---\nname: X\n---\n")
        let diagnostics = site.load().diagnostics
        #expect(!diagnostics.hasErrors)
        #expect(DiagnosticFormat.github.lines(diagnostics) == [
            "::warning file=content/prisoners/x.markdown,line=1,col=1,title=W001 ignored-file::ignored: content files must end in \".md\"",
        ])
        let strict = DiagnosticFormat.strict(diagnostics)
        #expect(strict.hasErrors)
        #expect(DiagnosticFormat.text.lines(strict) == [
            "content/prisoners/x.markdown:1:1: error: ignored: content files must end in \".md\" [W001 ignored-file]",
        ])
    }
}
