/// Text for HTML content and quoted attribute values: `&`, `<`, `>`, `"` and `'` become
/// references, and control characters (forbidden in HTML) become U+FFFD. The rule behind
/// `Markdown.escapeText` and the pages' `HTML` interpolation.
public enum HTMLTextRule: ByteEscapeRule {
    @inlinable
    public static func wordMayNeedLook(_ word: UInt64) -> Bool { ByteEscaping.mayHoldMarkupOrControl(word) }

    @inlinable
    public static func mayReplace(_ byte: UInt8) -> Bool {
        switch byte {
        case 38, 60, 62, 34, 39: return true
        case 0...8, 11, 12, 14...31, 127, 0xC2: return true
        default: return false
        }
    }

    @inlinable
    public static func replace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [UInt8]) -> Int {
        switch bytes[index] {
        case 38: out.append(contentsOf: "&amp;".utf8)
        case 60: out.append(contentsOf: "&lt;".utf8)
        case 62: out.append(contentsOf: "&gt;".utf8)
        case 34: out.append(contentsOf: "&quot;".utf8)
        case 39: out.append(contentsOf: "&#39;".utf8)
        case 0xC2:
            // U+0080 to U+009F, the C1 controls, are C2 80 to C2 9F.
            guard index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) else { return 0 }
            out.append(contentsOf: ByteEscaping.replacementCharacter)
            return 2
        default:
            out.append(contentsOf: ByteEscaping.replacementCharacter)
        }
        return 1
    }
}
