import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketCorpus
@testable import DocketModel

/// Issue 22, part 7: on a generated monitor of 2,000 people, each page of the prisoner list (in
/// each of its three orders), the status lists, the country pages and their lists by status, the
/// index of names and the timeline's years stays under 100 KB; every person is reached from each
/// order's pages, and every spelling of every name is two clicks from home.
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
        var listings: [URL] = []
        var orders: [String: Int] = [:]
        for folder in ["prisoners", "prisoners/by-arrest", "prisoners/by-review"] {
            listings.append(output.appendingPathComponent("\(folder)/index.html"))
            let later = output.appendingPathComponent("\(folder)/page")
            let laterPages = try FileManager.default.contentsOfDirectory(atPath: later.path)
            #expect(laterPages.count == 19, "\(folder)")
            listings += laterPages.map { later.appendingPathComponent("\($0)/index.html") }
            orders[folder] = laterPages.count + 1
        }
        // Each country page and its lists by status (the corpus puts a tenth of the people in one,
        // thousands at 10k + 10k).
        let countryFolder = output.appendingPathComponent("countries")
        for country in try FileManager.default.contentsOfDirectory(atPath: countryFolder.path) where !country.hasSuffix(".html") {
            listings.append(countryFolder.appendingPathComponent("\(country)/index.html"))
            let statuses = countryFolder.appendingPathComponent("\(country)/status")
            for status in (try? FileManager.default.contentsOfDirectory(atPath: statuses.path)) ?? [] {
                listings.append(statuses.appendingPathComponent("\(status)/index.html"))
                let pages = statuses.appendingPathComponent("\(status)/page")
                for page in (try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? [] {
                    listings.append(pages.appendingPathComponent("\(page)/index.html"))
                }
            }
        }
        let largest = try #require(SiteIndex(site: site, asOf: PartialDate(year: 2025, month: 6, day: 1)).countries.countries
            .max { $0.prisoners.count < $1.prisoners.count })
        #expect(largest.prisoners.count > 150)
        for status in PrisonerStatus.allCases where largest.count(status) > 0 {
            let pages = (largest.count(status) + ListingSizes.countryStatus - 1) / ListingSizes.countryStatus
            let first = Route.countryStatus(largest.slug, status).path
            #expect(listings.map(\.path).contains(output.appendingPathComponent(Route.outputFile(forPath: Route.paginated(first, page: pages))).path))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(Route.outputFile(forPath: Route.paginated(first, page: pages + 1))).path))
        }
        var reached: [String: Set<String>] = [:]
        for file in listings {
            let data = try Data(contentsOf: file)
            #expect(data.count < 100_000, "\(file.path) is \(data.count) bytes")
            if let folder = orders.keys.filter({ file.path.hasPrefix(output.appendingPathComponent($0).path + "/") }).max(by: { $0.count < $1.count }) {
                let text = String(decoding: data, as: UTF8.self)
                for prisoner in site.prisoners where text.contains("href=\"/prisoners/\(prisoner.slug)/\"") { reached[folder, default: []].insert(prisoner.slug) }
            }
        }
        for folder in orders.keys { #expect(reached[folder]?.count == site.prisoners.count, "\(folder)") }
        #expect(orders.values.allSatisfy { $0 == 20 })

        // The index of names: every page small, and every spelling one click from a link on the
        // home page (its bar of letters leads to each page of names).
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let fromHome = Set(Self.links(in: home).filter { $0.hasPrefix("/names/") })
        var spellings = Set<String>()
        let names = NameIndex(site.prisoners)
        for letter in names.lettersWithOwnPage {
            #expect(letter.pages.count == (letter.entries.count + NameIndex.letterPageSize - 1) / NameIndex.letterPageSize)
            for number in 1...letter.pages.count {
                let path = Route.paginated(Route.nameLetter(letter.slug).path, page: number)
                #expect(fromHome.contains("/" + path), "the home page does not link /\(path)")
                let data = try Data(contentsOf: output.appendingPathComponent(Route.outputFile(forPath: path)))
                #expect(data.count < 100_000, "\(path) is \(data.count) bytes")
                let text = String(decoding: data, as: UTF8.self)
                for entry in letter.pages[number - 1] where text.contains(">\(Self.escaped(entry.text))</a>") { spellings.insert(entry.text + "|" + entry.slug) }
            }
        }
        #expect(names.lettersWithOwnPage.contains { $0.pages.count > 1 })
        let index = try Data(contentsOf: output.appendingPathComponent("names/index.html"))
        #expect(index.count < 100_000)
        for letter in names.sections.flatMap(\.letters) where !letter.hasOwnPage {
            for entry in letter.entries { spellings.insert(entry.text + "|" + entry.slug) }
        }
        #expect(spellings.count == names.count)

        // The timeline's years and their later pages.
        let timeline = output.appendingPathComponent("timeline")
        var yearPages = 0
        for year in try FileManager.default.contentsOfDirectory(atPath: timeline.path) where Int(year) != nil {
            var files = [timeline.appendingPathComponent("\(year)/index.html")]
            let pages = timeline.appendingPathComponent("\(year)/page")
            files += ((try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? []).map { pages.appendingPathComponent("\($0)/index.html") }
            for file in files {
                yearPages += 1
                let size = try Data(contentsOf: file).count
                #expect(size < 100_000, "\(file.path) is \(size) bytes")
            }
        }
        #expect(yearPages > 20)
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
