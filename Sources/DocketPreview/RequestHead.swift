/// The start of a request: the request line (`GET /path HTTP/1.1`) and the header fields.
struct RequestHead: Equatable {
    struct Field: Equatable {
        let name: String
        let value: String
    }

    let method: String
    let target: String
    let version: String
    let fields: [Field]

    /// The values of the fields named `name` (compared case-insensitively), in order.
    func values(of name: String) -> [String] {
        let name = name.lowercased()
        return fields.filter { $0.name.lowercased() == name }.map(\.value)
    }
}

/// Reads a request head from the bytes as they arrive, in time linear in their count: each
/// byte is looked at once, however the head is cut into chunks. A request line longer than
/// `requestLineLimit` or header fields longer than `fieldsLimit` (together, line ends
/// included) are refused as soon as the bytes read show it, so at most a chunk more than a
/// limit is ever held. (FlyingFox's own line reader takes time quadratic in a line's length.)
struct RequestHeadReader {
    enum Refusal: Error, Equatable {
        /// 414: the request line is longer than `requestLineLimit`.
        case requestLineTooLong
        /// 431: the header fields are longer than `fieldsLimit`.
        case fieldsTooLarge
        /// 400: not an HTTP/1.x request head; the text says what was expected.
        case malformed(String)
    }

    enum Progress: Equatable {
        case needsMore
        case complete(RequestHead)
    }

    static let requestLineLimit = 8 * 1024
    static let fieldsLimit = 64 * 1024

    /// The bytes taken so far (what was read of the connection).
    private(set) var bytes: [UInt8] = []
    /// Bytes before this have been looked at for line ends.
    private var scanned = 0
    /// Where the line being read starts.
    private var lineStart = 0
    /// Where the header fields start (after the request line's end), once it is known.
    private var fieldsStart: Int?

    /// Takes the next bytes of the connection. Bytes after the head (a body) are not looked at.
    mutating func take(_ chunk: some Collection<UInt8>) throws(Refusal) -> Progress {
        bytes.append(contentsOf: chunk)
        while scanned < bytes.count {
            let index = scanned
            scanned += 1
            guard bytes[index] == 10 else { continue }
            let line = bytes[lineStart..<index]
            lineStart = index + 1
            guard let start = fieldsStart else {
                if index + 1 > Self.requestLineLimit { throw .requestLineTooLong }
                fieldsStart = index + 1
                continue
            }
            if index + 1 - start > Self.fieldsLimit { throw .fieldsTooLarge }
            if line.isEmpty || line.elementsEqual([13]) {
                return .complete(try Self.parse(bytes[..<start], fields: bytes[start..<lineStart]))
            }
        }
        if let start = fieldsStart {
            if bytes.count - start > Self.fieldsLimit { throw .fieldsTooLarge }
        } else if bytes.count > Self.requestLineLimit {
            throw .requestLineTooLong
        }
        return .needsMore
    }

    /// The request line and the fields, each line with its line end.
    private static func parse(_ requestLine: ArraySlice<UInt8>, fields: ArraySlice<UInt8>) throws(Refusal) -> RequestHead {
        let parts = trimmed(requestLine).split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].allSatisfy(isTokenByte) else {
            throw .malformed("expected a request line like \"GET /path HTTP/1.1\"")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw .malformed("expected HTTP/1.1 or HTTP/1.0, not \"\(version)\"")
        }
        var parsed: [RequestHead.Field] = []
        for line in fields.split(separator: 10) {
            let line = trimmed(line)
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: 58), colon > line.startIndex,
                  line[..<colon].allSatisfy(isTokenByte) else {
                throw .malformed("expected header fields like \"Name: value\"")
            }
            let value = line[(colon + 1)...].drop { $0 == 32 || $0 == 9 }
            parsed.append(RequestHead.Field(name: String(decoding: line[..<colon], as: UTF8.self),
                                            value: String(decoding: trimmedEnd(value), as: UTF8.self)))
        }
        return RequestHead(method: String(decoding: parts[0], as: UTF8.self),
                           target: String(decoding: parts[1], as: UTF8.self),
                           version: version, fields: parsed)
    }

    /// Without the line end (`\r\n` or `\n`).
    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        if line.last == 10 { line = line.dropLast() }
        if line.last == 13 { line = line.dropLast() }
        return line
    }

    private static func trimmedEnd(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var value = value
        while let last = value.last, last == 32 || last == 9 { value = value.dropLast() }
        return value
    }

    /// A byte of an RFC 9110 token (method and field names): no spaces, controls or separators.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return tokenSymbols.contains(byte)
        }
    }

    private static let tokenSymbols = Set("!#$%&'*+-.^_`|~".utf8)
}
