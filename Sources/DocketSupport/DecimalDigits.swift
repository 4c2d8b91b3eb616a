/// Whole numbers as ASCII decimal digits, made one byte at a time rather than through a string:
/// the one digit writer of every `TextSink`.
public enum DecimalDigits {
    /// Passes the digits of `value` (a whole number from 0), at least `width` of them
    /// (zero-padded), to `put`, the first digit first.
    @inlinable
    public static func write(_ value: Int, width: Int, _ put: (UInt8) -> Void) {
        precondition(value >= 0, "digits are for whole numbers from 0")
        var divisor = 1
        var length = 1
        while length < width || value / divisor >= 10 {
            divisor *= 10
            length += 1
        }
        var rest = value
        while divisor > 0 {
            put(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
