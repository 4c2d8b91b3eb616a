import Testing
@testable import DocketModel

/// `ContentText.check` answers plain files from one pass over their bytes; whatever it answers
/// is what `decode` answers, problems and all.
@Suite struct ContentTextCheckTests {
    static let samples: [[UInt8]] = {
        let texts = [
            "---\nname: Ana\n---\nBody text that runs past eight bytes.\n",
            "---\nname: Алексей Навальный\nnote: 中文 and 😀\n---\n",
            "---\r\nname: CRLF\r\n---\r\nbody\r\n",
            "---\nname: tab\there\n---\n",
            "---\nname: a\u{85}b\n---\n",
            "---\nname: a\u{7F}b\n---\n",
            "---\nname: a\u{1B}b\n---\n",
            "---\nname: a\u{A0}b (no-break space is fine)\n---\n",
            "",
        ]
        var samples = texts.map { Array($0.utf8) }
        samples.append([0xEF, 0xBB, 0xBF] + Array("---\nname: BOM\n---\n".utf8))
        samples.append(Array("---\nname: ".utf8) + [0xC3, 0x28] + Array(" invalid\n---\n".utf8))
        samples.append(Array("---\nname: overlong ".utf8) + [0xC0, 0xAF] + Array("\n---\n".utf8))
        samples.append(Array("---\nname: surrogate ".utf8) + [0xED, 0xA0, 0x80] + Array("\n---\n".utf8))
        samples.append(Array("---\nname: cut at the end ".utf8) + [0xE2, 0x82])
        samples.append(Array("---\nname: nul".utf8) + [0] + Array("\n---\n".utf8))
        samples.append([0xFF, 0xFE] + Array("-\0-\0-\0".utf8))
        samples.append(Array("a\0b\0c\0d\0e\0f\0".utf8))
        return samples
    }()

    @Test(arguments: samples)
    func checkAgreesWithDecode(_ bytes: [UInt8]) {
        let checked = ContentText.check(bytes).map { Array($0) }
        let decoded = ContentText.decode(bytes).map { Array($0.utf8) }
        #expect(checked == decoded)
    }

    @Test func plainFilesAreTheirOwnBytes() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("---\nname: Ана\n---\nbody\n".utf8)
        let checked = try ContentText.check(bytes).get()
        #expect(checked.startIndex == 3 && checked.endIndex == bytes.count)
        #expect(!ContentText.isPlainUTF8(Array("a\r\nb".utf8)[...]))
        #expect(!ContentText.isPlainUTF8(Array("a\u{9F}b".utf8)[...]))
        #expect(ContentText.isPlainUTF8(Array("a\u{A0}b\tc\nd".utf8)[...]))
    }
}
