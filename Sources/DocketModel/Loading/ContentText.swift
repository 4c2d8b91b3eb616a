#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Turns a content file's bytes into text, or says precisely why it cannot.
///
/// Accepted: UTF-8, with or without a byte-order mark, with LF or CRLF line ends.
/// Refused: UTF-16 and UTF-32, invalid UTF-8, NUL bytes, and files over `maximumSize`.
public enum ContentText {
    /// The largest content file read: 8 MiB. Larger files are an error, not a slow build.
    public static let maximumSize = 8 * 1024 * 1024

    public struct Problem: Error, Equatable {
        public let code: DiagnosticCode
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// The message for a file of `size` bytes over the limit.
    public static func tooLarge(_ size: Int) -> String {
        let tenths = (size * 10 + 524_288) / 1_048_576
        return "file is \(tenths / 10).\(tenths % 10) MiB; content files may be at most \(maximumSize / 1_048_576) MiB (split it, or move long material elsewhere)"
    }

    /// The text's UTF-8 bytes, as `decode` would give them: the file's own bytes (without a
    /// byte-order mark) when they are plain UTF-8 with LF line ends, which one pass over them
    /// shows; anything else goes through `decode`, for its exact error or to normalise line ends.
    public static func check(_ bytes: [UInt8]) -> Result<ArraySlice<UInt8>, Problem> {
        if bytes.count <= maximumSize {
            let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if isPlainUTF8(content) { return .success(content) }
        }
        return decode(bytes).map { Array($0.utf8)[...] }
    }

    /// True when `bytes` are valid UTF-8 with no control character, no CR and no NUL (so no
    /// UTF-16 either): the usual file, checked eight ASCII bytes at a time.
    static func isPlainUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            let count = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var i = 0
            while i < count {
                if i + 8 <= count {
                    // A word of ASCII with no byte below 0x20 and no DEL needs no closer look
                    // (the test may flag a clean word, never miss a bad one).
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let below20 = (word &- ones &* 0x20) & ~word & highs
                    let del = word ^ (ones &* 0x7F)
                    let hasDEL = (del &- ones) & ~del & highs
                    if (word & highs) | below20 | hasDEL == 0 { i += 8; continue }
                }
                let byte = raw[i]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 9 && byte != 10) || byte == 0x7F { return false }
                    i += 1
                    continue
                }
                // C1 controls (U+0080 to U+009F) are refused like C0 ones.
                guard let (length, scalar) = sequence(at: i, end: count, { raw[$0] }), scalar > 0x9F else { return false }
                i += length
            }
            return true
        }
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        if bytes.count > maximumSize {
            return .failure(Problem(code: .fileTooLarge, line: 1, column: 1, message: tooLarge(bytes.count)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem(code: .notUTF8, line: 1, column: 1, message: "file is UTF-16; save it as UTF-8"))
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let content = bytes[start...]
        if looksLikeUTF16WithoutBOM(content) {
            return .failure(Problem(code: .notUTF8, line: 1, column: 1, message: "file looks like UTF-16 (every other byte is NUL); save it as UTF-8"))
        }
        // Fast paths first: memchr for NUL and CR, the standard library's validating decoder
        // for UTF-8. The byte-by-byte scans only run to say where a problem is.
        let (hasNUL, hasCR) = content.withUnsafeBytes { raw -> (Bool, Bool) in
            guard let base = raw.baseAddress else { return (false, false) }
            return (memchr(base, 0, raw.count) != nil, memchr(base, 13, raw.count) != nil)
        }
        if hasNUL, let nul = content.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: content)
            return .failure(Problem(code: .controlCharacter, line: line, column: column, message: "file contains a NUL byte; content files must be UTF-8 text"))
        }
        guard var text = validUTF8(content) else {
            let invalid = firstInvalidUTF8(content) ?? content.startIndex
            let (line, column) = position(of: invalid, in: content)
            return .failure(Problem(code: .notUTF8, line: line, column: column, message: "file is not valid UTF-8; save it as UTF-8"))
        }
        if let control = firstControlCharacter(content) {
            let (line, column) = position(of: control.index, in: content)
            return .failure(Problem(code: .controlCharacter, line: line, column: column, message:
                "file contains the control character \(control.name); content files must be plain text"))
        }
        if hasCR {
            text = text.replacingCRLF()
        }
        return .success(text)
    }

    /// ASCII text saved as UTF-16 without a byte-order mark: a NUL in every pair of the first bytes.
    private static func looksLikeUTF16WithoutBOM(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(64)
        guard head.count >= 8, head.count % 2 == 0 else { return false }
        let pairs = stride(from: head.startIndex, to: head.endIndex, by: 2)
        return pairs.allSatisfy { (head[$0] == 0) != (head[$0 + 1] == 0) }
    }

    private static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        if #available(macOS 15, iOS 18, *) { return String(validating: bytes, as: UTF8.self) }
        return firstInvalidUTF8(bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// C0 controls other than tab, line feed and carriage return, DEL, and C1 controls (`C2 80`–`C2 9F`):
    /// invisible, forbidden in HTML, and able to rewrite an editor's terminal through an error message.
    private static func firstControlCharacter(_ bytes: ArraySlice<UInt8>) -> (index: Int, name: String)? {
        let base = bytes.startIndex
        let found: Int? = bytes.withUnsafeBytes { raw -> Int? in
            func check(_ range: Range<Int>) -> Int? {
                for i in range {
                    let byte = raw[i]
                    if (byte < 0x20 && byte != 9 && byte != 10 && byte != 13) || byte == 0x7F { return i }
                    if byte == 0xC2, i + 1 < raw.count, (0x80...0x9F).contains(raw[i + 1]) { return i }
                }
                return nil
            }
            // Eight bytes at a time: a word with no byte below 0x20, no DEL and no C2 (the lead
            // byte of every C1 control) needs no closer look. Line ends make some words look.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let below20 = (word &- ones &* 0x20) & ~word & highs
                let del = word ^ (ones &* 0x7F)
                let c2 = word ^ (ones &* 0xC2)
                let hasDEL = (del &- ones) & ~del & highs
                let hasC2 = (c2 &- ones) & ~c2 & highs
                if below20 | hasDEL | hasC2 != 0, let index = check(offset..<offset + 8) { return index }
                offset += 8
            }
            return check(offset..<raw.count)
        }
        guard let found else { return nil }
        let index = base + found
        let byte = bytes[index]
        return byte == 0xC2 ? (index, Diagnostic.scalarName(UInt32(bytes[index + 1]))) : (index, Diagnostic.scalarName(UInt32(byte)))
    }

    private static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == 10 {
            line += 1
            lineStart = i + 1
        }
        return (line, index - lineStart + 1)
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] < 0x80 { i += 1; continue }
            guard let (length, _) = sequence(at: i, end: bytes.endIndex, { bytes[$0] }) else { return i }
            i += length
        }
        return nil
    }

    /// The multi-byte UTF-8 sequence at `index` (its lead byte at 0x80 or above): its length and
    /// scalar, or nil when it is cut short, overlong, a surrogate or beyond U+10FFFF.
    @inline(__always)
    private static func sequence(at index: Int, end: Int, _ byte: (Int) -> UInt8) -> (length: Int, scalar: UInt32)? {
        let lead = byte(index)
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return nil
        }
        guard index + length <= end else { return nil }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length {
            let next = byte(index + k)
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
        return (length, scalar)
    }
}

extension String {
    /// CRLF and lone CR become LF.
    func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 13 { out.append(10); previousWasCR = true; continue }
            if byte == 10 && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
