import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP/1.1 server on FlyingSocks' non-blocking sockets, with FlyingFox's request
/// and response types for the handler. Each connection carries one request and every answer
/// says `Connection: close`. Before the handler sees a request:
///
/// - its head is read by `RequestHeadReader`, in time linear in its length and within limits
///   (a request line over 8 KB gets 414, header fields over 64 KB get 431, then the connection
///   is closed), never by FlyingFox's line reader, which takes time quadratic in a line's length;
/// - its `Host:` must be one of `AllowedHosts` (403 otherwise, 400 when HTTP/1.1 has none), and
///   its target a path (`/…`), never a whole URL with another host in it.
final class PreviewHTTPServer: Sendable {
    /// The port listened on (the one asked for, or the one the system picked for 0).
    let port: UInt16
    private let listener: Socket
    private let hosts: AllowedHosts
    private let handler: any HTTPHandler
    private let pool: any AsyncSocketPool = SocketPool<Poll>.make()

    /// Binds and listens at once, so a busy port or a foreign address is known before `run`.
    init(address: some SocketAddress, host: String, handler: some HTTPHandler) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
            switch try socket.sockname() {
            case .ip4(_, let port), .ip6(_, let port): self.port = port
            case .unix: self.port = 0
            }
        } catch {
            try? socket.close()
            throw error
        }
        listener = socket
        hosts = AllowedHosts(boundTo: host, port: port)
        self.handler = handler
    }

    /// Accepts and answers connections until the task running it is cancelled; then closes
    /// every connection and the listening socket.
    func run() async throws {
        defer { try? listener.close() }
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pool.run() }
            group.addTask { try await self.accept(on: listening) }
            try await group.next()
            group.cancelAll()
        }
    }

    private func accept(on listening: AsyncSocket) async throws {
        if #available(macOS 14.0, *) {
            try await withThrowingDiscardingTaskGroup { group in
                for try await connection in listening.sockets {
                    group.addTask { await self.serve(connection) }
                }
            }
        } else {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for try await connection in listening.sockets {
                    group.addTask { await self.serve(connection) }
                }
            }
        }
    }

    private func serve(_ connection: AsyncSocket) async {
        defer { try? connection.close() }
        var reader = RequestHeadReader()
        let response: HTTPResponse
        var isHead = false
        do {
            var head: RequestHead?
            while head == nil {
                let chunk = try await connection.read(atMost: 4096)
                if case .complete(let complete) = try reader.take(chunk) { head = complete }
            }
            isHead = head!.method == "HEAD"
            response = await answer(head!)
        } catch let refusal as RequestHeadReader.Refusal {
            response = refused(refusal)
        } catch {
            return  // the client went away, or the server stops
        }
        try? await send(response, to: connection, withBody: !isHead)
    }

    private func answer(_ head: RequestHead) async -> HTTPResponse {
        let hostFields = head.values(of: "Host")
        if hostFields.count > 1 {
            return text(.badRequest, "A request has one Host header field, not \(hostFields.count).\n")
        }
        guard let host = hostFields.first else {
            if head.version == "HTTP/1.1" { return text(.badRequest, "An HTTP/1.1 request needs a Host header field.\n") }
            return await handle(head)
        }
        guard hosts.allows(host) else {
            return text(.forbidden, "This host name is not one of this preview's (\(hosts.description), "
                        + "with port \(hosts.port) or none): open the preview at http://127.0.0.1:\(hosts.port)/.\n")
        }
        return await handle(head)
    }

    private func handle(_ head: RequestHead) async -> HTTPResponse {
        guard head.target.hasPrefix("/") else {
            return text(.badRequest, "The request target must be a path starting with /.\n")
        }
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let target = HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : "")
        let request = HTTPRequest(method: HTTPMethod(head.method), version: HTTPVersion(head.version), target: target,
                                  headers: headers, body: HTTPBodySequence())
        do {
            return try await handler.handleRequest(request)
        } catch {
            return text(.internalServerError, "The preview could not answer: \(error)\n")
        }
    }

    private func refused(_ refusal: RequestHeadReader.Refusal) -> HTTPResponse {
        switch refusal {
        case .requestLineTooLong:
            return text(.uriTooLong, "The request line is longer than \(RequestHeadReader.requestLineLimit / 1024) KB.\n")
        case .fieldsTooLarge:
            return text(.requestHeaderFieldsTooLarge,
                        "The header fields are longer than \(RequestHeadReader.fieldsLimit / 1024) KB together.\n")
        case .malformed(let expected):
            return text(.badRequest, "Not an HTTP/1.1 request: \(expected).\n")
        }
    }

    /// The status line, the handler's header fields in order of name, the framing, and the
    /// body unless the request was HEAD. A body of unknown length comes chunk-encoded from
    /// `HTTPBodySequence` (as FlyingFox sends it).
    private func send(_ response: HTTPResponse, to connection: AsyncSocket, withBody: Bool) async throws {
        guard case .httpBody(let body) = response.payload else { return }
        var lines = ["HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)"]
        let framing: Set<HTTPHeader> = [.connection, .contentLength, .transferEncoding]
        for name in response.headers.keys.sorted(by: { $0.rawValue < $1.rawValue }) where !framing.contains(name) {
            // A line end in a value would start a field of its own: such a value is left out.
            for value in response.headers.values(for: name) where !value.contains(where: \.isNewline) {
                lines.append("\(name.rawValue): \(value)")
            }
        }
        lines.append(body.count.map { "Content-Length: \($0)" } ?? "Transfer-Encoding: chunked")
        lines.append("Connection: close")
        try await connection.write(Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8))
        guard withBody else { return }
        for try await chunk in body where !chunk.isEmpty {
            try await connection.write(chunk)
        }
    }

    private func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8))
    }
}
