import Foundation
import Testing
@testable import DocketModel

/// A site build renders each body when its page is written, from the file read again: the
/// result must be what rendering at load would give, and a file changed in between must stop
/// the build rather than be published half-checked.
@Suite struct DeferredBodyTests {
    static let person = "name: Test Person\ncountry: Georgia\nstatus: detained"

    @Test func aBodyReadAgainRendersAsAtLoadWhateverTheLineEnds() throws {
        let site = try TestSite()
        let body = "## Life\n\nBorn *somewhere*.\n\n- one\n- two\n"
        // Three people, each of their own name (one name in three files would be a warning).
        func person(_ name: String) -> String { Self.person.replacingOccurrences(of: "Test Person", with: name) }
        try site.prisoner("plain-person", person("Plain Person"), body: body)
        // A byte-order mark and CRLF line ends: the body starts at a different byte in the file.
        let crlf = "\u{FEFF}---\n\(person("Windows Person"))\n---\n\(body)".replacingOccurrences(of: "\n", with: "\r\n")
        try site.write("content/prisoners/windows-person.md", crlf)
        try site.prisoner("blank-person", person("Blank Person"), body: "\n  \n")
        let outcome = site.load()
        #expect(outcome.diagnostics.isEmpty)
        let prisoners = try #require(outcome.site?.prisoners)
        let bySlug = Dictionary(uniqueKeysWithValues: prisoners.map { ($0.slug, $0) })
        let expected = "<h3>Life</h3>\n<p>Born <em>somewhere</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        #expect(try bySlug["plain-person"]?.body.html() == expected)
        #expect(try bySlug["windows-person"]?.body.html() == expected)
        #expect(bySlug["plain-person"]?.body.isEmpty == false)
        #expect(bySlug["blank-person"]?.body.isEmpty == true)
        #expect(try bySlug["blank-person"]?.body.html() == "")
    }

    @Test func aFileChangedAfterLoadingIsRefusedNotRendered() throws {
        let site = try TestSite()
        try site.prisoner("test-person", Self.person, body: "The checked text.")
        let prisoner = try #require(site.load().site?.prisoners.first)
        #expect(try prisoner.body.html() == "<p>The checked text.</p>\n")
        // Same size, different bytes: only the digest can tell.
        try site.prisoner("test-person", Self.person, body: "The altered text.")
        #expect(throws: MarkdownBody.ChangedFile.self) { try prisoner.body.html() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/prisoners/test-person.md"))
        let error = #expect(throws: MarkdownBody.ChangedFile.self) { try prisoner.body.html() }
        #expect(error?.description == "content/prisoners/test-person.md changed while the site was being built; nothing was published, build again")
    }

    @Test func bodiesLoadedFromBytesAreRenderedAtOnce() throws {
        let config = try #require(SingleFileLoader.config(bytes: Array(TestSite.siteYML.utf8)).0)
        let file = "---\n\(Self.person)\n---\nA *short* biography.\n"
        let outcome = SingleFileLoader.load(bytes: Array(file.utf8), kind: .prisoner, slug: "test-person", config: config)
        let prisoner = try #require(outcome.site?.prisoners.first)
        #expect(prisoner.body == .rendered("<p>A <em>short</em> biography.</p>\n"))
    }
}
