import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import DocketModel
@testable import DocketPreview

/// The preview server for real: a free loopback port, HTTP requests, files changed on disk.
@Suite(.timeLimit(.minutes(3))) struct PreviewServerTests {
    struct Response {
        let status: Int
        let body: String
        let contentType: String
    }

    private let session = URLSession(configuration: .ephemeral)

    private func get(_ port: UInt16, _ path: String) async throws -> Response {
        let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
        var request = URLRequest(url: url)
        request.timeoutInterval = 30
        request.cachePolicy = .reloadIgnoringLocalCacheData
        // No kept-alive connection may outlive its server: the next test's server can get the same port.
        request.setValue("close", forHTTPHeaderField: "Connection")
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        return Response(status: http.statusCode, body: String(decoding: data, as: UTF8.self),
                        contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    /// Asks again every 100 ms until `condition` holds, for at most `seconds`.
    private func eventually(_ port: UInt16, _ path: String, within seconds: Double = 30,
                            _ condition: (Response) -> Bool) async throws -> Response {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let response = try await get(port, path)
            if condition(response) || Date() > deadline { return response }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
    }

    /// A raw request (any `Host:`, or none) and the server's whole answer.
    private func raw(_ port: UInt16, _ request: String) async throws -> RawHTTPStream.Exchange {
        try await RawHTTPStream.exchange(port: port, request: Array(request.utf8))
    }

    private func startServer(_ site: TestSite) async throws -> PreviewServer {
        let server = try PreviewServer(options: .init(siteDirectory: site.root, port: 0,
                                                      asOf: try PartialDate(parsing: "2016-01-15"), pollInterval: 0.1))
        try await server.start()
        return server
    }

    private func makeSite() throws -> TestSite {
        let site = try TestSite()
        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\ncountry: Azerbaijan\nstatus: imprisoned",
                          body: "First version of the biography.")
        return site
    }

    @Test func servesTheHomePageWithTheReloadScript() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        let port = server.port
        #expect(port != 0)
        let home = try await get(port, "/")
        #expect(home.status == 200)
        #expect(home.contentType.hasPrefix("text/html"))
        #expect(home.body.contains("Test Monitor"))
        #expect(home.body.contains("<script src=\"/__docket/reload.js\" defer></script>\n</body>"))
        #expect(home.body.contains("script-src &#39;self&#39;; connect-src &#39;self&#39;\">"))
        let script = try await get(port, "/__docket/reload.js")
        #expect(script.status == 200)
        #expect(script.body.contains("new EventSource(\"/__docket/events\")"))
        let css = try await get(port, "/style.css")
        #expect(css.contentType.hasPrefix("text/css"))
        #expect(try await get(port, "/prisoners/nobody/").status == 404)
        #expect(try await get(port, "/../../etc/passwd").status == 404)
        await server.stop()
        // Nothing of the preview is written into the site folder.
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func servesTheNewTextAfterAChangeThenTheErrorPageThenRecovers() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        let port = server.port
        let page = "/prisoners/gilal-mamedov/"
        #expect(try await get(port, page).body.contains("First version of the biography."))

        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\ncountry: Azerbaijan\nstatus: imprisoned",
                          body: "Second version, saved while the server runs.")
        let changed = try await eventually(port, page) { $0.body.contains("Second version") }
        #expect(changed.status == 200)
        #expect(changed.body.contains("Second version, saved while the server runs."))

        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\ncountry: Azerbaijan\nstatus: <jailed>")
        let broken = try await eventually(port, page) { $0.status == 500 && $0.body.contains("jailed") }
        #expect(broken.status == 500)
        #expect(broken.body.contains("The site did not build"))
        #expect(broken.body.contains("<code>content/prisoners/gilal-mamedov.md:4:9</code>"))
        #expect(broken.body.contains("unknown status &quot;&lt;jailed&gt;&quot;"))
        #expect(broken.body.contains("acquitted, deceased [E024 unknown-value]</li>"))
        #expect(broken.body.contains("<script src=\"/__docket/reload.js\" defer></script>"))
        // Every page shows the errors, not a stale page.
        #expect(try await get(port, "/").status == 500)

        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\ncountry: Azerbaijan\nstatus: released",
                          body: "Third version: fixed.")
        let fixed = try await eventually(port, page) { $0.body.contains("Third version") }
        #expect(fixed.body.contains("Third version: fixed."))
        await server.stop()
    }

    @Test func showsDraftsMarkedAsDrafts() async throws {
        let site = try makeSite()
        try site.prisoner("draft-person", "name: Draft Person\ncountry: Azerbaijan\nstatus: detained\ndraft: true")
        let server = try await startServer(site)
        let page = try await get(server.port, "/prisoners/draft-person/")
        #expect(page.status == 200)
        #expect(page.body.contains("Draft Person"))
        #expect(page.body.lowercased().contains("draft"))
        await server.stop()
    }

    @Test func theEventStreamAnnouncesRebuildsAndStopsCleanly() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        let port = server.port
        let stream = try RawHTTPStream(port: port, path: "/__docket/events")
        #expect(stream.nextLine() == "HTTP/1.1 200 OK")
        #expect(stream.nextLine(startingWith: "Content-Type:") == "Content-Type: text/event-stream")
        let first = stream.nextLine(startingWith: "data: ")
        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\ncountry: Azerbaijan\nstatus: released")
        let second = stream.nextLine(startingWith: "data: ")
        #expect(first != nil && second != nil && first != second)
        let started = Date()
        await server.stop()
        #expect(Date().timeIntervalSince(started) < 3)
        // The open stream ends (it does not just time out).
        var rest: [String] = []
        while let line = stream.nextLine(), rest.count < 10 { rest.append(line) }
        #expect(Date().timeIntervalSince(started) < 4)
        await server.stop()  // a second stop does nothing
    }

    @Test func buildOutputHasNoPreviewScript() throws {
        let site = try makeSite()
        try site.build()
        let home = try site.read("index.html")
        #expect(!home.contains("__docket"))
        #expect(!home.contains("script-src"))
        #expect(!home.contains("<script"))
    }

    @Test func answersOnlyTheHostNamesItIsBoundTo() async throws {
        let site = try makeSite()
        try site.prisoner("draft-person", "name: Draft Person\ncountry: Azerbaijan\nstatus: detained\ndraft: true")
        let server = try await startServer(site)
        let port = server.port
        let page = "/prisoners/draft-person/"
        func get(host: String?, version: String = "HTTP/1.1", target: String = page) async throws -> RawHTTPStream.Exchange {
            try await raw(port, "GET \(target) \(version)\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "Connection: close\r\n\r\n")
        }
        // A page elsewhere, whose name now points at 127.0.0.1 (DNS rebinding), gets nothing.
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example", "localhost.:\(port)",
                     "127.0.0.1:\(port == 1 ? 2 : port - 1)", "127.0.0.1:\(port)x", "0x7f000001:\(port)", ""] {
            let answer = try await get(host: host)
            #expect(answer.status == 403, "Host: \(host)")
            #expect(!answer.text.contains("Draft Person"), "Host: \(host)")
            #expect(answer.text.contains("not one of this preview"), "Host: \(host)")
        }
        for host in ["127.0.0.1:\(port)", "127.0.0.1", "LOCALHOST:\(port)", "localhost", "[::1]:\(port)", "[::1]"] {
            let answer = try await get(host: host)
            #expect(answer.status == 200, "Host: \(host)")
            #expect(answer.text.contains("Draft Person"), "Host: \(host)")
        }
        // HTTP/1.1 requires a Host; HTTP/1.0 has none to check.
        #expect(try await get(host: nil).status == 400)
        #expect(try await get(host: nil, version: "HTTP/1.0").status == 200)
        // Two hosts, or a host in the request line, are not guessed between.
        #expect(try await raw(port, "GET \(page) HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n").status == 400)
        #expect(try await get(host: "127.0.0.1", target: "http://evil.example\(page)").status == 400)
        await server.stop()
    }

    @Test func redirectsAFolderWithinThePreviewOnly() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        // With an extra slash in front, `//prisoners/` would be the host `prisoners`.
        for (target, location) in [("/prisoners", "/prisoners/"), ("//prisoners", "/prisoners/"), ("/prisoners//gilal-mamedov", "/prisoners/gilal-mamedov/")] {
            let answer = try await raw(server.port, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(answer.status == 302, "\(target)")
            #expect(answer.text.contains("\r\nLocation: \(location)\r\n"), "\(target)")
        }
        await server.stop()
    }

    @Test func refusesARequestLineOver8KBAndCloses() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        let long = try await raw(server.port, "GET /" + String(repeating: "a", count: 128 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(long.status == 414)
        #expect(long.text.contains("Connection: close\r\n"))
        #expect(long.closed)
        // Just under the limit is only a page that is not there.
        let path = "/" + String(repeating: "a", count: 8 * 1024 - 100)
        #expect(try await raw(server.port, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status == 404)
        await server.stop()
    }

    @Test func refusesHeadersOver64KBAndCloses() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        let huge = try await raw(server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 1024 * 1024) + "\r\n\r\n")
        #expect(huge.status == 431)
        #expect(huge.closed)
        // Many small headers count together.
        let many = (0..<2000).map { "X-Header-\($0): " + String(repeating: "c", count: 40) + "\r\n" }.joined()
        #expect(try await raw(server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many + "\r\n").status == 431)
        // The server stops reading there: far more than the kernel's buffers can hold is not all taken.
        let flood = try await raw(server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "d", count: 32 * 1024 * 1024))
        #expect(flood.bytesSent < 32 * 1024 * 1024)
        #expect(flood.status == 431)
        await server.stop()
    }

    @Test func thePreviewFolderIsClosedToOthers() async throws {
        let site = try makeSite()
        let server = try await startServer(site)
        let folder = server.site.outputDirectory.deletingLastPathComponent()
        var info = stat()
        #expect(lstat(folder.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        await server.stop()
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aServeSessionWritesNothingIntoTheSite() async throws {
        let site = try makeSite()
        // The build cache records nothing for content changed in the last two seconds.
        try await Task.sleep(nanoseconds: 3_100_000_000)
        let before = Set(FileManager.default.subpaths(atPath: site.root.path) ?? [])
        let server = try await startServer(site)
        #expect(try await get(server.port, "/prisoners/gilal-mamedov/").status == 200)
        await server.stop()
        let after = Set(FileManager.default.subpaths(atPath: site.root.path) ?? [])
        #expect(after.subtracting(before).sorted() == [])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".docket-cache").path))
    }

    /// Feeds `request` to a head reader `chunk` bytes at a time, as a connection would.
    private func readHead(_ request: String, chunk: Int = 4096) -> (outcome: Result<RequestHead, RequestHeadReader.Refusal>, taken: Int) {
        var reader = RequestHeadReader()
        let bytes = Array(request.utf8)
        var taken = 0
        while taken < bytes.count {
            let next = bytes[taken..<min(taken + chunk, bytes.count)]
            taken += next.count
            do {
                if case .complete(let head) = try reader.take(next) { return (.success(head), taken) }
            } catch {
                return (.failure(error), taken)
            }
        }
        return (.failure(.malformed("(incomplete)")), taken)
    }

    @Test func theHeadReaderRefusesPastItsLimitsWithoutReadingOn() {
        let line = readHead("GET /" + String(repeating: "a", count: 128 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(line.outcome == .failure(.requestLineTooLong))
        #expect(line.taken <= 8 * 1024 + 4096)
        let fields = readHead("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 1024 * 1024) + "\r\n\r\n")
        #expect(fields.outcome == .failure(.fieldsTooLarge))
        #expect(fields.taken <= 64 * 1024 + 4096 + 100)
        // A request line of 8 KB, and fields of 64 KB, line ends included, are read; a byte more is not.
        let longest = "GET /" + String(repeating: "a", count: 8 * 1024 - 16) + " HTTP/1.1\r\n"
        #expect(longest.utf8.count == 8 * 1024)
        let host = "Host: 127.0.0.1\r\n"
        let filler = "X-Fill: " + String(repeating: "c", count: 64 * 1024 - host.utf8.count - 8 - 2 - 2) + "\r\n"
        #expect((host + filler + "\r\n").utf8.count == 64 * 1024)
        #expect(readHead(longest + host + filler + "\r\n").outcome.map(\.fields.count) == .success(2))
        #expect(readHead("GET /a" + longest.dropFirst(5) + host + "\r\n").outcome == .failure(.requestLineTooLong))
        #expect(readHead(longest + host + "c" + filler + "\r\n").outcome == .failure(.fieldsTooLarge))
    }

    @Test func theHeadReaderReadsTheSameHeadHoweverItArrives() {
        let request = "GET /prisoners/?q=1 HTTP/1.1\r\nHost: 127.0.0.1:1313\r\nAccept:text/html  \r\nX-Empty:\r\n\r\nbody"
        let expected = RequestHead(method: "GET", target: "/prisoners/?q=1", version: "HTTP/1.1",
                                   fields: [.init(name: "Host", value: "127.0.0.1:1313"), .init(name: "Accept", value: "text/html"),
                                            .init(name: "X-Empty", value: "")])
        for chunk in [1, 2, 3, 7, 4096] {
            #expect(readHead(request, chunk: chunk).outcome == .success(expected), "chunks of \(chunk)")
        }
        #expect(readHead("GET / HTTP/1.0\nHost: localhost\n\n").outcome.map(\.version) == .success("HTTP/1.0"))
        for bad in ["GET /\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/2\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost : x\r\n\r\n", "GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n",
                    "GET / HTTP/1.1\r\nno colon\r\n\r\n"] {
            guard case .failure(.malformed) = readHead(bad).outcome else {
                Issue.record("not refused as malformed: \(bad.debugDescription)")
                continue
            }
        }
    }

    @Test func theAllowedHostsAreTheBoundNamesWithTheirPort() {
        let loopback = AllowedHosts(boundTo: "127.0.0.1", port: 1313)
        for host in ["127.0.0.1", "127.0.0.1:1313", "localhost:1313", "LocalHost", "[::1]:1313", "[::1]"] {
            #expect(loopback.allows(host), "\(host)")
        }
        for host in ["", "evil.example", "evil.example:1313", "127.0.0.1:80", "127.0.0.1:", "127.0.0.1:1313:1313",
                     "[::1]:80", "[::1", "::1", "localhost.", "127.1", "192.168.1.20:1313", "[::2]:1313", "127.0.0.1:+1313"] {
            #expect(!loopback.allows(host), "\(host)")
        }
        let v6 = AllowedHosts(boundTo: "::1", port: 8080)
        #expect(v6.allows("[::1]:8080") && v6.allows("127.0.0.1:8080") && !v6.allows("[::1]:1313"))
        let lan = AllowedHosts(boundTo: "192.168.1.20", port: 1313)
        #expect(lan.allows("192.168.1.20:1313") && !lan.allows("192.168.1.21:1313") && !lan.allows("nas.local:1313"))
        // Bound to every address: any address written as such, never a name.
        let every = AllowedHosts(boundTo: "0.0.0.0", port: 1313)
        #expect(every.allows("192.168.1.21:1313") && every.allows("[fe80::1]:1313") && every.allows("10.0.0.1"))
        #expect(!every.allows("nas.local:1313") && !every.allows("evil.example") && !every.allows("0x7f.1:1313"))
    }
}
