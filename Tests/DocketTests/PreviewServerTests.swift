import DocketPreview
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import DocketModel

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
}
