import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking loopback HTTP client that reads the response as it streams, for server-sent events
/// (URLSession cannot stream bytes on Linux) and for requests URLSession would not send (any
/// `Host:`, none, a 128 KB request line). Every read and write times out after `timeout` seconds.
final class RawHTTPStream {
    private let socket: Int32
    private var buffer: [UInt8] = []
    /// How many bytes of the request the server took before it answered or closed.
    private(set) var bytesSent = 0

    /// A GET of `path` with `Host: 127.0.0.1`.
    convenience init(port: UInt16, path: String, timeout: Int = 30) throws {
        try self.init(port: port, request: Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8),
                      timeout: timeout)
    }

    /// Sends `request` as it is. A server that answers and closes before taking all of it ends
    /// the sending (no SIGPIPE): `bytesSent` tells how far it got.
    init(port: UInt16, request: [UInt8], timeout: Int = 30) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { close(socket); throw POSIXError(.ECONNREFUSED) }
        request.withUnsafeBytes { bytes in
            while bytesSent < bytes.count {
                let sent = send(socket, bytes.baseAddress! + bytesSent, bytes.count - bytesSent, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { break }
                bytesSent += sent
            }
        }
    }

    deinit { close(socket) }

    struct Exchange: Sendable {
        let text: String
        let closed: Bool
        let bytesSent: Int

        /// The status code of the answer's status line, or 0 without one.
        var status: Int { text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0 }
    }

    /// Sends `request` and reads the whole answer on a thread of its own: a blocking read on
    /// the tasks' shared threads would hold up the servers' own tasks.
    static func exchange(port: UInt16, request: [UInt8]) async throws -> Exchange {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    let stream = try RawHTTPStream(port: port, request: request)
                    let (text, closed) = stream.readToEnd()
                    return Exchange(text: text, closed: closed, bytesSent: stream.bytesSent)
                })
            }.start()
        }
    }

    /// The next line (without its line end), or nil at the end of the stream or on a timeout.
    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 13 { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard receive() > 0 else { return nil }
        }
    }

    /// The next line that starts with `prefix`; nil when none comes within `seconds` (a stream
    /// that sends other lines, like an event stream's keep-alive comments, never times out a read).
    func nextLine(startingWith prefix: String, within seconds: Double = 60) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, let line = nextLine() {
            if line.hasPrefix(prefix) { return line }
        }
        return nil
    }

    /// The rest of the response, and whether the server closed the connection (false when the
    /// read timed out with the connection still open).
    func readToEnd() -> (text: String, closed: Bool) {
        while true {
            let count = receive()
            if count > 0 { continue }
            let closed = count == 0 || errno == ECONNRESET
            defer { buffer.removeAll() }
            return (String(decoding: buffer, as: UTF8.self), closed)
        }
    }

    /// Reads what has come into `buffer`: the byte count, 0 at the end, -1 on an error or a timeout.
    private func receive() -> Int {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count > 0 { buffer += chunk[..<count] }
        return count
    }
}
