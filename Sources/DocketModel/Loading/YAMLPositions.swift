import CLibYAML

/// Turns libyaml's marks into the file's lines and columns.
///
/// libyaml ends a line at U+2028, U+2029, U+0085 and CR as well as at LF; a file's lines, as
/// an editor and every other diagnostic count them, end at LF only. Text without those
/// characters (nearly all of it) takes libyaml's line and column as they are; text with them
/// is counted again from the mark's index (in Unicode scalars, as libyaml counts it).
struct YAMLPositions {
    /// The scalar index at which each line starts, when libyaml's lines are not the file's.
    private let lineStarts: [Int]?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        lineStarts = Self.hasOtherLineBreaks(bytes) ? Self.lineStarts(bytes) : nil
    }

    func position(_ mark: yaml_mark_t) -> YAMLNode.Position {
        guard let lineStarts else { return .init(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }
        let index = Int(mark.index)
        // The last line that starts at or before `index`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return .init(line: low + 1, column: index - lineStarts[low] + 1)
    }

    /// The file's position of the byte at `offset` (libyaml's reader reports bytes).
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode.Position {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == 10 {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return .init(line: line, column: column)
    }

    /// CR, or the UTF-8 of U+0085 (C2 85), U+2028 (E2 80 A8) or U+2029 (E2 80 A9).
    private static func hasOtherLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte == 13 { return true }
            if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0x85 { return true }
            if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
            i += 1
        }
        return false
    }

    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            scalars += 1
            if byte == 10 { starts.append(scalars) }
        }
        return starts
    }
}
