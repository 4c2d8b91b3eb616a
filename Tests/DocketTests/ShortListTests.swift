import Foundation
import Testing
@testable import DocketModel
@testable import Templates

/// Issue 22, part 2: the prisoner list and the status lists show at most 100 people a page.
@Suite struct ShortListTests {
    func site(people: Int) throws -> TestSite {
        let site = try TestSite()
        for number in 1...people {
            try site.prisoner(String(format: "person-%04d", number), "name: Person \(String(format: "%04d", number))\ncountry: Yemen\nstatus: detained")
        }
        #expect(try site.build().succeeded)
        return site
    }

    func people(_ html: String) -> Int { html.components(separatedBy: "<a href=\"/prisoners/person-").count - 1 }

    @Test func aHundredPeopleFitOnePage() throws {
        #expect(PrisonerListPage.perPage == 100 && StatusPage.perPage == 100)
        let site = try site(people: 100)
        #expect(people(try site.read("prisoners/index.html")) == 100)
        #expect(people(try site.read("status/detained/index.html")) == 100)
        #expect(!site.exists("prisoners/page/2/index.html") && !site.exists("status/detained/page/2/index.html"))
    }

    @Test func theHundredAndFirstGoesOnPageTwo() throws {
        let site = try site(people: 101)
        let first = try site.read("prisoners/index.html")
        #expect(people(first) == 100 && first.contains("<a href=\"/prisoners/page/2/\" rel=\"next\">"))
        let second = try site.read("prisoners/page/2/index.html")
        #expect(people(second) == 1 && second.contains("Person 0101") && second.contains("<h1>Prisoners (page 2)</h1>"))
        #expect(people(try site.read("status/detained/index.html")) == 100)
        let status = try site.read("status/detained/page/2/index.html")
        #expect(people(status) == 1 && status.contains("Person 0101"))
    }
}
