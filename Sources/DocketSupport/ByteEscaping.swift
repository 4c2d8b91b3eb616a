/// How one escaper treats UTF-8 text: which bytes may start something to replace, and what
/// replaces it. Every other byte is copied as it is, in runs.
public protocol ByteEscapeRule {
    /// True for a byte that may begin a scalar to replace.
    static func mayReplace(_ byte: UInt8) -> Bool
    /// Called at a byte for which `mayReplace` is true: appends the replacement to `out` and
    /// returns how many input bytes it stands for, or returns 0 (appending nothing) to keep them.
    static func replace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout [UInt8]) -> Int
    /// False only when no byte of `word` (eight bytes of text) can make `mayReplace` true:
    /// eight bytes copied without a closer look. The default looks at every byte.
    static func wordMayNeedLook(_ word: UInt64) -> Bool
}

extension ByteEscapeRule {
    @inlinable
    public static func wordMayNeedLook(_ word: UInt64) -> Bool { true }
}

/// Escaping by UTF-8 bytes: text with nothing to replace is returned as it is (no copy), and
/// other text is copied in runs between replacements rather than a scalar at a time.
public enum ByteEscaping {
    public static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    @inlinable
    public static func escape<Rule: ByteEscapeRule>(_ text: String, _ rule: Rule.Type) -> String {
        if let escaped = text.utf8.withContiguousStorageIfAvailable({ escape($0, rule) }) {
            return escaped ?? text
        }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { escape($0, rule) }.flatMap { $0 } ?? copy
    }

    /// Appends `text`, escaped, to `out`.
    @inlinable
    public static func append<Rule: ByteEscapeRule>(_ text: String, _ rule: Rule.Type, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0, rule, to: &out) }) == nil {
            var copy = text
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { append($0, rule, to: &out) }
        }
    }

    /// True when some byte of `word` may be one that HTML or XML text escaping replaces: below
    /// 0x20, `"` to `'` (0x22 to 0x27), `<` to `>` (0x3C to 0x3E), or 0x7F and above (DEL, and the
    /// lead bytes of C1 controls and of U+FFFE and U+FFFF). Per byte, without carries between them.
    @inlinable
    public static func mayHoldMarkupOrControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = word & ~highs
        let below20 = (word &- ones &* 0x20) & ~word & highs
        let atLeast7F = (word | (low7 &+ ones)) & highs
        // Bytes strictly between m and n (both at most 128).
        func between(_ m: UInt64, _ n: UInt64) -> UInt64 {
            (ones &* (127 + n) &- low7) & ~word & (low7 &+ ones &* (127 - m)) & highs
        }
        return below20 | atLeast7F | between(0x21, 0x28) | between(0x3B, 0x3F) != 0
    }

    /// Appends `bytes`, escaped, to `out`.
    @inlinable
    public static func append<Rule: ByteEscapeRule>(_ bytes: UnsafeBufferPointer<UInt8>, _ rule: Rule.Type, to out: inout [UInt8]) {
        let count = bytes.count
        var index = 0
        var runStart = 0
        while index < count {
            if index + 8 <= count, let base = bytes.baseAddress,
               !Rule.wordMayNeedLook(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            if Rule.mayReplace(bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                let consumed = Rule.replace(bytes, at: index, into: &out)
                if consumed > 0 {
                    index += consumed
                    runStart = index
                    continue
                }
                runStart = index
            }
            index += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    }

    /// The escaped text, or nil when nothing in `bytes` is replaced.
    @inlinable
    public static func escape<Rule: ByteEscapeRule>(_ bytes: UnsafeBufferPointer<UInt8>, _ rule: Rule.Type) -> String? {
        guard bytes.contains(where: Rule.mayReplace) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
        append(bytes, rule, to: &out)
        return out.elementsEqual(bytes) ? nil : String(decoding: out, as: UTF8.self)
    }
}
