/// A short string written through a `TextSink` into room on the stack, then made once: nothing
/// is allocated for up to 15 bytes of UTF-8 (a small string), and only the string itself
/// beyond that.
public struct ShortText: TextSink {
    @usableFromInline let room: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline var count = 0

    @inlinable
    init(room: UnsafeMutableBufferPointer<UInt8>) { self.room = room }

    /// What `write` writes, which must fit in `capacity` bytes: more stops the program rather
    /// than write past the room.
    @inlinable
    public static func make(capacity: Int, _ write: (inout ShortText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { room in
            var text = ShortText(room: room)
            write(&text)
            return String(decoding: UnsafeBufferPointer(rebasing: room[..<text.count]), as: UTF8.self)
        }
    }

    @inlinable
    mutating func append(_ byte: UInt8) {
        precondition(count < room.count, "ShortText: more than its capacity")
        room[count] = byte
        count += 1
    }

    @inlinable
    public mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { for byte in $0 { append(byte) } }
    }

    @inlinable
    public mutating func appendText(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    @inlinable
    public mutating func appendDigits(_ value: Int, width: Int) {
        DecimalDigits.write(value, width: width) { append($0) }
    }
}
