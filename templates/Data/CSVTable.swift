/// RFC 4180 CSV: every field quoted when needed, CRLF line ends, and cells that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) prefixed with `'`.
public struct CSVTable {
    public let header: [String]
    /// The table so far, as UTF-8.
    public private(set) var rendered: [UInt8] = []

    public init(header: [String]) {
        self.header = header
        append(header)
    }

    /// Makes room for `count` bytes of table in all, so the rows that follow do not grow it by doubling.
    public mutating func reserveCapacity(_ count: Int) { rendered.reserveCapacity(count) }

    public mutating func append(_ row: [String]) {
        for (index, value) in row.enumerated() {
            if index > 0 { rendered.append(UInt8(ascii: ",")) }
            rendered += Self.field(value).utf8
        }
        rendered += "\r\n".utf8
    }

    /// The field as written in the file: `value` itself (no copy) when nothing needs quoting
    /// or defusing.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.utf8.first, first == 61 || first == 43 || first == 45 || first == 64 || first == 9 || first == 13 {
            value = "'" + value  // = + - @ tab CR
        }
        // Quoted when it holds a comma, a quote or a line end (all ASCII, so bytes are enough).
        func needsQuotes(_ byte: UInt8) -> Bool { byte == 44 || byte == 34 || byte == 10 || byte == 13 }
        let quoted = value.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsQuotes) }
            ?? value.utf8.contains(where: needsQuotes)
        if quoted {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
