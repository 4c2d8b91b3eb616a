import DocketSupport

/// Text for XML documents (Atom, sitemap): escaped like HTML, with the control characters
/// XML 1.0 forbids removed.
enum XMLText {
    static func escape(_ text: String) -> String {
        ByteEscaping.escape(text, XMLTextRule.self)
    }

    /// Appends `text`, escaped, to `bytes`.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        ByteEscaping.append(text, XMLTextRule.self, to: &bytes)
    }

    /// Appends markup, escaped again as the text of an element (a feed's `<content>`).
    static func append(_ html: HTML, to bytes: inout [UInt8]) {
        html.bytes.withUnsafeBufferPointer { ByteEscaping.append($0, XMLTextRule.self, to: &bytes) }
    }

    static func append(_ text: Substring, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { ByteEscaping.append($0, XMLTextRule.self, to: &bytes) }
    }
}

/// `Markdown.escapeText`'s rule, except that C0 controls other than tab, LF and CR, and the
/// noncharacters U+FFFE and U+FFFF, are dropped rather than replaced.
enum XMLTextRule: ByteEscapeRule {
    static func wordMayNeedLook(_ word: UInt64) -> Bool { ByteEscaping.mayHoldMarkupOrControl(word) }

    static func mayReplace(_ byte: UInt8) -> Bool {
        HTMLTextRule.mayReplace(byte) || byte == 0xEF
    }

    static func replace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [UInt8]) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return 1 }  // tab, LF and CR never get here
        if byte == 0xEF {
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            guard index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE else { return 0 }
            return 3
        }
        return HTMLTextRule.replace(bytes, at: index, into: &out)
    }
}
