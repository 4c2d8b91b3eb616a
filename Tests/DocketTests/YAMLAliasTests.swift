import Testing
@testable import DocketModel

/// Aliases and deep nesting are refused by the composer itself, from libyaml's events: no
/// byte screen decides whether to look, so no byte that libyaml reads differently from a
/// person (U+2028, U+2029 and U+0085 are line breaks to it; U+FEFF at a line start is skipped)
/// can let an alias through.
@Suite struct YAMLAliasTests {
    static let aliasMessage = "a YAML value cannot start with \"*\": that is an alias, and aliases are not allowed in front matter; put the value in quotes"

    private func problem(_ yaml: String) -> YAMLDocument.Problem? {
        guard case .failure(let problem) = YAMLDocument.parse(yaml) else { return nil }
        return problem
    }

    @Test func everyWayToWriteAnAliasIsRefused() {
        let aliases = [
            "a: &x b\nc: *x", "a: *x", "- *x", "a:\n  - *x", "a: [*x]", "a: [b, *x]", "a: {b: *x}", "? *x\n: c",
            "a:\n  *x", "a: 'b'\n*x: c", "a: [b,*x]", "a:\t*x",
        ]
        for yaml in aliases {
            #expect(problem(yaml)?.message == Self.aliasMessage, "\(yaml)")
        }
        #expect(problem("a: &x b\nc: *x").map { [$0.line, $0.column] } == [2, 4])
        #expect(problem("a: [b, *x]").map { [$0.line, $0.column] } == [1, 8])
    }

    /// The bypasses found from outside: each break or mark is a byte the old screen took for text.
    @Test func aliasesAfterLineBreaksOnlyLibyamlSeesAreRefusedAtTheirLine() {
        for separator in ["\u{2028}", "\u{2029}", "\u{0085}"] {
            let yaml = "name: &n X\ncountry:\(separator)  *n\nstatus: imprisoned"
            let found = problem(yaml)
            #expect(found?.message == Self.aliasMessage, "U+\(String(separator.unicodeScalars.first!.value, radix: 16))")
            // The file's line and column (line ends are "\n"), not libyaml's count of lines.
            #expect(found.map { [$0.line, $0.column] } == [2, 12], "\(found.map { "\($0.line):\($0.column)" } ?? "accepted")")
        }
        let marked = problem("name: &n X\ncountry:\n\u{FEFF}  *n\nstatus: imprisoned")
        #expect(marked?.message == Self.aliasMessage)
        #expect(marked.map { [$0.line, $0.column] } == [3, 4])
        // Lines after such a break keep the file's numbering.
        let later = problem("name: X\u{2028}country: Yemen\nstatus: [a, *b]")
        #expect(later.map { [$0.line, $0.column] } == [2, 13])
    }

    @Test func nestingPastTheLimitAfterLineBreaksOnlyLibyamlSeesIsRefused() {
        for separator in ["\u{2028}", "\u{2029}", "\u{0085}"] {
            let yaml = (0..<40).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: separator) + " x"
            let found = problem(yaml)
            #expect(found?.message == "front matter nests lists and mappings more than 32 deep")
            // The 33rd mapping starts at key k32, on the file's first line.
            let before = yaml.components(separatedBy: "k32:")[0].unicodeScalars.count
            #expect(found.map { [$0.line, $0.column] } == [1, before + 1])
        }
    }

    /// Ten aliases a level over seven levels, hidden behind U+2028: refused at the first alias,
    /// so nothing is ever expanded (before, this took gigabytes).
    @Test func aBillionLaughsOfSevenLevelsIsRefusedAtTheFirstAlias() {
        var yaml = "l0: &l0 lol"
        for level in 1...7 {
            yaml += "\nl\(level): &l\(level) [" + String(repeating: "\u{2028}*l\(level - 1),", count: 10) + "]"
        }
        #expect(yaml.utf8.count < 700)
        let found = problem(yaml)
        #expect(found?.message == Self.aliasMessage)
        #expect(found.map { [$0.line, $0.column] } == [2, 11])
    }

    @Test func starsInsideTextAndCommentsAreNotAliases() {
        for yaml in ["a: b*x", "a: b *x", "a: b. *x", "a: .*x", "a: é*x", "# note *x\na: b", "a: b # c *x", "a: [b *x]", "a: \"*x\""] {
            #expect(problem(yaml) == nil, "refused: \(yaml)")
        }
    }

    @Test func deepNestingIsRefused() {
        let flow = "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(problem(flow).map { [$0.line, $0.column] } == [1, 35])
        let block = (0..<40).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " x"
        #expect(problem(block).map { [$0.line, $0.column] } == [33, 65])
        let compact = "a:\n" + String(repeating: "- ", count: 40) + "x"
        #expect(problem(compact)?.message == "front matter nests lists and mappings more than 32 deep")
        // A line of brackets far longer than libyaml reads ahead: still refused at the 33rd level.
        let flood = "a: " + String(repeating: "[", count: 100_000)
        #expect(problem(flood).map { [$0.line, $0.column] } == [1, 35])
        #expect(problem(flood)?.message == "front matter nests lists and mappings more than 32 deep")
        let flowMappings = "a: " + String(repeating: "{b: ", count: 50_000)
        #expect(problem(flowMappings).map { [$0.line, $0.column] } == [1, 128])
        let compactFlood = "a:\n" + String(repeating: "- ", count: 100_000) + "x"
        #expect(problem(compactFlood).map { [$0.line, $0.column] } == [2, 63])
        // Thirty-two levels are fine.
        let allowed = "a: " + String(repeating: "[", count: 31) + String(repeating: "]", count: 31)
        #expect(problem(allowed) == nil)
    }

    @Test func ordinaryFrontMatterWithMarkdownStarsParses() throws {
        let yaml = """
        name: Test Person
        aliases: [Test Persson, "T. Person"]
        events:
          - date: 2014
            kind: transfer
            text: Moved to *another* prison, with **no** warning. Then * a footnote.
          - date: 2015-03
            kind: hearing
            text: Judge Ömer *Kaya* presided; 3*4 hearings.*
        """
        guard case .success(let node?) = YAMLDocument.parse(yaml) else {
            Issue.record("ordinary front matter did not parse")
            return
        }
        #expect(node["events"]?[0]?["text"]?.scalar?.string == "Moved to *another* prison, with **no** warning. Then * a footnote.")
    }

    @Test func anAliasAfterATagOrAnchorIsRefused() {
        for yaml in ["a: !!str *x", "a: &y *x", "- !t *x"] {
            #expect(problem(yaml) != nil, "parsed: \(yaml)")
        }
    }
}
