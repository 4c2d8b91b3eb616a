import DocketCorpus
import Foundation
import Testing
import Yams
@testable import DocketModel

/// docket builds front matter's tree from libyaml's events itself, and leaves everything else
/// to Yams: where it builds a tree, it must be Yams' tree as docket reads it (values, whether
/// each scalar is plain, positions).
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
        "",
        "# only a comment\n",
        "just a scalar",
        "- a list\n- at the root\n",
    ]

    /// Yams' decisions that docket leaves to it.
    static let leftToYams = [
        "a: 1\na: 2", "a: &x b", "a: *x", "[a]: b", "{a: b}: c", "a: [b\n", "a: \"unclosed\n", "a: b\n---\nc: d\n",
        "a:\n\t- b", "a: b: c", "'a': 1\na: 2",
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
        var composed = 0
        for yaml in samples {
            let yams = try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(YAMLNode.init)
            switch YAMLComposer.compose(yaml) {
            case .composed(let root):
                composed += 1
                #expect(describe(root) == describe(yams), "\(yaml)")
                #expect(root == yams, "\(yaml)")
            case .unsure:
                #expect(yaml.isEmpty, "left to Yams: \(yaml)")
            }
        }
        #expect(composed == samples.count - 1)
    }

    @Test func leavesErrorsDuplicatesAnchorsAndAliasesToYams() {
        for yaml in Self.leftToYams {
            guard case .unsure = YAMLComposer.compose(yaml) else {
                Issue.record("composed: \(yaml)")
                continue
            }
        }
        // A long mapping's keys are checked through a set: a repeat late in it is still seen.
        let long = (1...40).map { "k\($0): v" }.joined(separator: "\n")
        guard case .composed(let root) = YAMLComposer.compose(long), case .mapping(let pairs, _)? = root else {
            Issue.record("a long mapping was not composed")
            return
        }
        #expect(pairs.count == 40 && pairs[39].key.scalar?.string == "k40")
        guard case .unsure = YAMLComposer.compose(long + "\nk3: again") else {
            Issue.record("a repeated key in a long mapping was composed")
            return
        }
        // Through the front door the problems are still Yams' (duplicate keys, syntax).
        guard case .failure(let problem) = YAMLDocument.parse("a: 1\nb: 2\na: 3") else {
            Issue.record("a duplicate key was accepted")
            return
        }
        #expect(problem.line == 3 && problem.message == "duplicate key \"a\"; each key may appear once")
    }

    /// Everything a node holds, readably, for a failure's message.
    private func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = "@\(node.position.line):\(node.position.column)"
        switch node {
        case .scalar(let scalar):
            return "scalar(\(scalar.string.debugDescription)\(scalar.isPlain ? " plain" : "")\(at))"
        case .sequence(let items, _):
            return "sequence\(at) [" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            return "mapping\(at) {" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        case .alias:
            return "alias\(at)"
        }
    }
}
