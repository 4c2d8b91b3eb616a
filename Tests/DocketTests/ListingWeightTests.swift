import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketCorpus
@testable import DocketModel

/// Issue 22, part 7: on a generated monitor of 2,000 people, each page of the prisoner list and of
/// the status lists stays under 100 KB, and every person is reached from `/prisoners/`'s pages.
/// (Country pages and timeline years are not yet held to this: see issue 22.)
@Suite struct ListingWeightTests {
    @Test func prisonerAndStatusListsStayUnder100KB() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-weight-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CorpusGenerator(prisoners: 2000, articles: 20, seed: 3).write(to: folder)
        let output = folder.appendingPathComponent("public")
        let options = SiteBuilder.Options(siteDirectory: folder, outputDirectory: output,
                                          asOf: try PartialDate(parsing: "2025-06-01"), jobs: 2)
        #expect(try SiteBuilder(options: options).build().succeeded)
        let site = try #require(SiteLoader(siteDirectory: folder).load().site)
        var listings: [URL] = [output.appendingPathComponent("prisoners/index.html")]
        let later = output.appendingPathComponent("prisoners/page")
        let laterPages = try FileManager.default.contentsOfDirectory(atPath: later.path)
        #expect(laterPages.count == 19)
        listings += laterPages.map { later.appendingPathComponent("\($0)/index.html") }
        let statusFolder = output.appendingPathComponent("status")
        for status in try FileManager.default.contentsOfDirectory(atPath: statusFolder.path) {
            listings.append(statusFolder.appendingPathComponent("\(status)/index.html"))
            let pages = statusFolder.appendingPathComponent("\(status)/page")
            for page in (try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? [] {
                listings.append(pages.appendingPathComponent("\(page)/index.html"))
            }
        }
        var reached = Set<String>()
        for file in listings {
            let data = try Data(contentsOf: file)
            #expect(data.count < 100_000, "\(file.path) is \(data.count) bytes")
            if file.path.contains("/prisoners/") {
                let text = String(decoding: data, as: UTF8.self)
                for prisoner in site.prisoners where text.contains("href=\"/prisoners/\(prisoner.slug)/\"") { reached.insert(prisoner.slug) }
            }
        }
        #expect(reached.count == site.prisoners.count)
    }
}
