import DocketCorpus
import Foundation
import Testing
import Yams
@testable import DocketModel

/// docket builds front matter's tree from libyaml's events itself: where Yams would build a
/// tree, it must be Yams' tree as docket reads it (values, nulls, positions); everything else
/// is refused by the composer, at its line and column.
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

    @Test func buildsTheSameTreeAsYams() throws {
        var samples = Self.handWritten
        // And the front matter of a generated monitor: every field, event kind and date form.
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
        #expect(samples.count > 300)
        for yaml in samples {
            let yams = try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(YAMLNode.init(yams:))
            switch YAMLComposer.compose(yaml) {
            case .success(let root):
                #expect(describe(root) == describe(yams), "\(yaml)")
                #expect(root == yams, "\(yaml)")
            case .failure(let problem):
                Issue.record("refused: \(yaml): \(problem.message)")
            }
        }
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
            ("a: b: c", 1, 5, "YAML: mapping values are not allowed in this context"),
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

private extension YAMLNode {
    /// Yams' tree as docket's: a scalar is null as YAML 1.2's core schema has it (no
    /// sample writes `!!null` or `!!str` on a null).
    init(yams node: Node) {
        let position = Position(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            self = .scalar(Scalar(string: scalar.string, isNull: isNull, position: position))
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLNode.init(yams:)), position)
        case .mapping(let mapping):
            self = .mapping(mapping.map { Pair(key: YAMLNode(yams: $0.key), value: YAMLNode(yams: $0.value)) }, position)
        case .alias:
            fatalError("no sample holds an alias")
        }
    }
}
