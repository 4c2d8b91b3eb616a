import DocketCorpus
import Foundation
import Testing
@testable import DocketModel

/// docket builds front matter's tree from libyaml's events itself (values, nulls, positions);
/// everything front matter may not hold is refused by the composer, at its line and column.
///
/// The expected trees below were checked equal to Yams' trees of the same text (Yams 6.2.2,
/// through its own copy of libyaml) before docket moved to Debian's libyaml and dropped Yams.
@Suite struct YAMLComposerTests {
    static let handWritten = [
        "name: Test Person\ncountry: Georgia\nstatus: detained",
        "aliases: [A, \"B\", 'C d']\ncharges:\n  - Tax evasion\n  - \"Hooliganism\"\n",
        "events:\n  - date: 2014-05\n    kind: arrest\n    text: Arrested *at home*.\n    prisoners: [a, b]\n  - {date: 2015, kind: release, text: Out}\n",
        "summary: |\n  Two lines\n  of text\nnotes: >\n  folded\n  text\n",
        "name: Ürək Kəmalov # a comment\n# a whole comment line\nempty:\nnull: ~\nquoted: \"\\u00e9 \\\"x\\\"\"\n",
        "tag: !!str 2015\nint: !!int 7\nlong: This plain scalar\n  goes on over\n  three lines.\n",
        "? complex\n: value\nlist:\n- a\n- b\n",
        "sentence:\n  term: 7y6m\n  date: \"2013-09-27\"\n  court: Baku Grave Crimes Court\n",
        "[a]: b\n{c: d}: e\n", "a: &x b\n",
        "",
        "# only a comment\n",
        "just a scalar",
        "- a list\n- at the root\n",
    ]

    static let handWrittenTrees: [String] = [
        "mapping@1:1 {scalar(\"name\"@1:1): scalar(\"Test Person\"@1:7), scalar(\"country\"@2:1): scalar(\"Georgia\"@2:10), scalar(\"status\"@3:1): scalar(\"detained\"@3:9)}",
        "mapping@1:1 {scalar(\"aliases\"@1:1): sequence@1:10 [scalar(\"A\"@1:11), scalar(\"B\"@1:14), scalar(\"C d\"@1:19)], scalar(\"charges\"@2:1): sequence@3:3 [scalar(\"Tax evasion\"@3:5), scalar(\"Hooliganism\"@4:5)]}",
        "mapping@1:1 {scalar(\"events\"@1:1): sequence@2:3 [mapping@2:5 {scalar(\"date\"@2:5): scalar(\"2014-05\"@2:11), scalar(\"kind\"@3:5): scalar(\"arrest\"@3:11), scalar(\"text\"@4:5): scalar(\"Arrested *at home*.\"@4:11), scalar(\"prisoners\"@5:5): sequence@5:16 [scalar(\"a\"@5:17), scalar(\"b\"@5:20)]}, mapping@6:5 {scalar(\"date\"@6:6): scalar(\"2015\"@6:12), scalar(\"kind\"@6:18): scalar(\"release\"@6:24), scalar(\"text\"@6:33): scalar(\"Out\"@6:39)}]}",
        "mapping@1:1 {scalar(\"summary\"@1:1): scalar(\"Two lines\\nof text\\n\"@1:10), scalar(\"notes\"@4:1): scalar(\"folded text\\n\"@4:8)}",
        "mapping@1:1 {scalar(\"name\"@1:1): scalar(\"Ürək Kəmalov\"@1:7), scalar(\"empty\"@3:1): scalar(\"\" null@3:7), scalar(\"null\" null@4:1): scalar(\"~\" null@4:7), scalar(\"quoted\"@5:1): scalar(\"é \\\"x\\\"\"@5:9)}",
        "mapping@1:1 {scalar(\"tag\"@1:1): scalar(\"2015\"@1:6), scalar(\"int\"@2:1): scalar(\"7\"@2:6), scalar(\"long\"@3:1): scalar(\"This plain scalar goes on over three lines.\"@3:7)}",
        "mapping@1:1 {scalar(\"complex\"@1:3): scalar(\"value\"@2:3), scalar(\"list\"@3:1): sequence@4:1 [scalar(\"a\"@4:3), scalar(\"b\"@5:3)]}",
        "mapping@1:1 {scalar(\"sentence\"@1:1): mapping@2:3 {scalar(\"term\"@2:3): scalar(\"7y6m\"@2:9), scalar(\"date\"@3:3): scalar(\"2013-09-27\"@3:9), scalar(\"court\"@4:3): scalar(\"Baku Grave Crimes Court\"@4:10)}}",
        "mapping@1:1 {sequence@1:1 [scalar(\"a\"@1:2)]: scalar(\"b\"@1:6), mapping@2:1 {scalar(\"c\"@2:2): scalar(\"d\"@2:5)}: scalar(\"e\"@2:9)}",
        "mapping@1:1 {scalar(\"a\"@1:1): scalar(\"b\"@1:4)}",
        "nil",
        "nil",
        "scalar(\"just a scalar\"@1:1)",
        "sequence@1:1 [scalar(\"a list\"@1:3), scalar(\"at the root\"@2:3)]",
    ]
    static let generatedMonitorDigest = "5fd149e9b92bbff5"  // charges by article and prisons from the lists (issue 22), after patronymics (issue 21, part 12a)

    @Test func buildsTheExpectedTrees() throws {
        #expect(Self.handWritten.count == Self.handWrittenTrees.count)
        for (yaml, expected) in zip(Self.handWritten, Self.handWrittenTrees) {
            switch YAMLComposer.compose(yaml) {
            case .success(let root): #expect(describe(root) == expected, "\(yaml)")
            case .failure(let problem): Issue.record("refused: \(yaml): \(problem.message)")
            }
        }
    }

    /// Every front matter of a generated monitor (every field, event kind and date form) is
    /// composed into the trees it was composed into when they were checked against Yams: their
    /// descriptions, one a line, have this FNV-1a digest.
    @Test func buildsTheTreesOfAGeneratedMonitor() throws {
        var samples: [String] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-yaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CorpusGenerator(prisoners: 150, articles: 150, seed: 7).write(to: folder)
        for kind in ["prisoners", "articles"] {
            let directory = folder.appendingPathComponent("content/\(kind)")
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                guard case .success(let split) = FrontMatter.split(text) else { continue }
                samples.append(split.yaml)
            }
        }
        #expect(samples.count == 300)
        var described = ""
        for yaml in samples {
            switch YAMLComposer.compose(yaml) {
            case .success(let root): described += describe(root) + "\n"
            case .failure(let problem): Issue.record("refused: \(yaml): \(problem.message)")
            }
        }
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in described.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
        #expect(String(digest, radix: 16) == Self.generatedMonitorDigest)
    }

    /// What the composer once left to Yams, now its own: each refusal with its position.
    @Test func refusesWhatFrontMatterMayNotHold() {
        let refused: [(String, Int, Int, String)] = [
            ("a: 1\na: 2", 2, 1, "duplicate key \"a\"; each key may appear once"),
            ("'a': 1\na: 2", 2, 1, "duplicate key \"a\"; each key may appear once"),
            ("b:\n  a: 1\n  \"a\": 2", 3, 3, "duplicate key \"a\"; each key may appear once"),
            ("a: *x", 1, 4, YAMLComposer.aliasMessage),
            ("a: [b\n", 2, 1, "YAML: did not find expected ',' or ']' while parsing a flow sequence"),
            ("a: \"unclosed\n", 1, 4, "YAML: the quote opened here is never closed"),
            ("a: b\n---\nc: d\n", 2, 1, "YAML: a second document starts here; front matter is a single YAML document"),
            ("a:\n\t- b", 2, 1, "YAML: a tab cannot indent YAML; use spaces"),
            ("a: b: c", 1, 5, "YAML: a value that contains \": \" must be put in quotes (else YAML reads a second key); write the line as: a: \"b: c\""),
            ("a:\n  - b\n    - c", 3, 5, "YAML: list items must line up under each other: this \"-\" is in column 5, "
                + "the item above it in column 3; as it is, YAML reads it as more of the text above"),
        ]
        for (yaml, line, column, message) in refused {
            guard case .failure(let problem) = YAMLComposer.compose(yaml) else {
                Issue.record("composed: \(yaml)")
                continue
            }
            #expect(problem.message == message, "\(yaml)")
            #expect("\(problem.line):\(problem.column)" == "\(line):\(column)", "\(yaml)")
        }
        // A long mapping's keys are checked through a set: a repeat late in it is still seen.
        let long = (1...40).map { "k\($0): v" }.joined(separator: "\n")
        guard case .success(.mapping(let pairs, _)?) = YAMLComposer.compose(long) else {
            Issue.record("a long mapping was not composed")
            return
        }
        #expect(pairs.count == 40 && pairs[39].key.scalar?.string == "k40")
        guard case .failure(let problem) = YAMLDocument.parse(long + "\nk3: again") else {
            Issue.record("a repeated key in a long mapping was composed")
            return
        }
        #expect(problem.line == 41 && problem.message == "duplicate key \"k3\"; each key may appear once")
    }

    /// Everything a node holds, readably, for a failure's message.
    private func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.position.line):\(node.position.column)"
        switch node {
        case .scalar(let scalar):
            return "scalar(\(scalar.string.debugDescription)\(scalar.isNull ? " null" : "")\(at))"
        case .sequence(let items, _):
            return "sequence\(at) [" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            return "mapping\(at) {" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
