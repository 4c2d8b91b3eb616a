import Testing
@testable import DocketModel

/// The byte screen that lets front matter skip libyaml's token scan must never wave through
/// an alias or deep nesting; what it lets through must parse as before.
@Suite struct YAMLScreeningTests {
    @Test func everyWayToWriteAnAliasIsLeftToTheTokenScan() {
        let aliases = [
            "a: &x b\nc: *x", "a: *x", "- *x", "a:\n  - *x", "a: [*x]", "a: [b, *x]", "a: {b: *x}", "? *x\n: c",
            "a:\n  *x", "a: \"b\" *x", "a: 'b'\n*x: c", "a: -*x", "a: [b,*x]", "a:\t*x",
        ]
        for yaml in aliases {
            #expect(!YAMLTokenScan.cannotHoldAProblem(yaml), "screen let through: \(yaml)")
        }
        // The scan then finds each real one.
        #expect(YAMLTokenScan.firstProblem(in: "a: &x b\nc: *x") == .alias(line: 2, column: 4))
        #expect(YAMLTokenScan.firstProblem(in: "a: [b, *x]") == .alias(line: 1, column: 8))
    }

    @Test func starsInsideTextAndCommentsAreNotAliases() {
        for yaml in ["a: b*x", "a: b *x", "a: b. *x", "a: .*x", "a: é*x", "# note *x\na: b", "a: b # c *x", "a: [b *x]"] {
            #expect(YAMLTokenScan.cannotHoldAProblem(yaml), "screen stopped: \(yaml)")
            #expect(YAMLTokenScan.firstProblem(in: yaml) == YAMLTokenScan.firstProblemByScanning(yaml), "\(yaml)")
        }
    }

    @Test func deepNestingIsLeftToTheTokenScan() {
        let flow = "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(!YAMLTokenScan.cannotHoldAProblem(flow))
        #expect(YAMLTokenScan.firstProblem(in: flow) != nil)
        let block = (0..<40).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " x"
        #expect(!YAMLTokenScan.cannotHoldAProblem(block))
        #expect(YAMLTokenScan.firstProblem(in: block) != nil)
        let compact = "a:\n" + String(repeating: "- ", count: 40) + "x"
        #expect(!YAMLTokenScan.cannotHoldAProblem(compact))
        #expect(YAMLTokenScan.firstProblem(in: compact) != nil)
    }

    @Test func ordinaryFrontMatterWithMarkdownStarsSkipsTheScan() throws {
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
        #expect(YAMLTokenScan.cannotHoldAProblem(yaml))
        guard case .success(let node?) = YAMLDocument.parse(yaml) else {
            Issue.record("ordinary front matter did not parse")
            return
        }
        #expect(node["events"]?[0]?["text"]?.scalar?.string == "Moved to *another* prison, with **no** warning. Then * a footnote.")
    }

    @Test func anAliasAfterATagOrAnchorIsRefusedByTheParser() {
        for yaml in ["a: !!str *x", "a: &y *x", "- !t *x"] {
            guard case .failure = YAMLDocument.parse(yaml) else {
                Issue.record("parsed: \(yaml)")
                continue
            }
        }
    }
}
