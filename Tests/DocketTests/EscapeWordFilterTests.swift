import Testing
import DocketCorpus
import DocketSupport
@testable import Templates

/// Escaping copies eight bytes at a time past words that `wordMayNeedLook` clears: it must
/// never clear a word that holds a byte the rule replaces, wherever that byte sits.
@Suite struct EscapeWordFilterTests {
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    static func neverMisses<Rule: ByteEscapeRule>(_ rule: Rule.Type) -> [String] {
        var misses: [String] = []
        for byte in UInt8.min...UInt8.max where Rule.mayReplace(byte) {
            for position in 0..<8 {
                for filler: UInt8 in [0x61, 0x20, 0x7E, 0x21, 0x40] {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = byte
                    if !Rule.wordMayNeedLook(word(bytes)) { misses.append("byte \(byte) at \(position) among \(filler)") }
                }
            }
        }
        return misses
    }

    @Test func htmlAndXMLFiltersNeverMissAByteToReplace() {
        #expect(Self.neverMisses(HTMLTextRule.self).isEmpty)
        #expect(Self.neverMisses(XMLTextRule.self).isEmpty)
    }

    @Test func plainWordsAreCopiedWhole() {
        #expect(!HTMLTextRule.wordMayNeedLook(Self.word(Array("Ana Maria".utf8))))
        #expect(!HTMLTextRule.wordMayNeedLook(Self.word(Array("2015-09-".utf8))))
        #expect(HTMLTextRule.wordMayNeedLook(Self.word(Array("O'Brien ".utf8))))
        #expect(HTMLTextRule.wordMayNeedLook(Self.word(Array("Алекс".utf8))))
    }

    /// Escaping long text with replacements at every offset gives what escaping byte by byte gives.
    @Test func escapingMatchesAByteByByteReference() {
        let pieces = ["a", "&", "<", ">", "\"", "'", "\u{7}", "\u{85}", "é", "😀", " ", "\u{FFFF}", "xyz", "\t", "\n"]
        var random = SeededRandom(seed: 20261124)
        for _ in 0..<300 {
            let text = (0..<random.int(0...40)).map { _ in random.pick(pieces) }.joined()
            var reference = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": reference += "&amp;"
                case "<": reference += "&lt;"
                case ">": reference += "&gt;"
                case "\"": reference += "&quot;"
                case "'": reference += "&#39;"
                case "\t", "\n": reference.unicodeScalars.append(scalar)
                default:
                    let value = scalar.value
                    reference.unicodeScalars.append(value < 0x20 || (0x7F...0x9F).contains(value) ? "\u{FFFD}" : scalar)
                }
            }
            #expect(HTML.escape(text) == reference, "\(Array(text.utf8))")
        }
    }
}

