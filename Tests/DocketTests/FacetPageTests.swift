import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Facets as pages (issue 22 part 3): `/charges/`, `/arrests/`, `/professions/`, `/outlets/` and
/// their values' pages, the prisons' pages paginated, the fact box's links to them, and the
/// "By …" links. Built end to end; each list is read back and compared with who should be on it.
@Suite struct FacetPageTests {
    static let charges = """
    "234.4.3": Illegal drugs with intent to sell
    "535.1": Criminal article 535.1
    Code of Administrative Offences:
      "535.1": Resisting a police officer

    """

    static let prisons = """
    prison-12:
      name: Prison No. 12
      place: Baku
      kind: prison

    """

    /// Two detentions in two years, the article cited in both; another code's 535.1 beside the
    /// Criminal Code's; outlets differing only in case, and two that differ by a letter but share a slug.
    static func smallSite() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/charges.yml", charges)
        try site.write("content/prisons.yml", prisons)
        try site.prisoner("aydin", """
        name: Aydın Nümunəli
        country: Azerbaijan
        status: imprisoned
        profession: Journalist
        outlet: Meydan TV
        detentions:
          - arrested: 2013-02-04
            charges: [{article: 234.4.3}]
            released: 2014-03-01
          - arrested: 2020-03-21
            charges: [Hooliganism, {article: 234.4.3, text: Drugs planted on him}]
            prison: prison-12
        """)
        try site.prisoner("sevda", """
        name: Sevda Misalova
        country: Azerbaijan
        status: released
        profession: journalist
        outlet: meydan tv
        arrested: 2020-01-10
        charges: [{article: 535.1, code: Code of Administrative Offences}]
        """)
        try site.prisoner("kamran", """
        name: Kamran Örnəkli
        country: Azerbaijan
        status: detained
        profession: Éditeur
        outlet: Meydan TV
        arrested: 2013-05-01
        charges: [{article: "535.1"}]
        """)
        try site.prisoner("leyla", "name: Leyla Azadlı\ncountry: Azerbaijan\nstatus: detained\nprofession: editeur\noutlet: Azadlıq\narrested: 2019-07")
        try site.prisoner("nigar", "name: Nigar Azadli\ncountry: Azerbaijan\nstatus: detained\noutlet: Azadliq\narrested: 2019")
        try site.prisoner("drafty", "name: Draft Person\ncountry: Azerbaijan\nstatus: detained\noutlet: Meydan TV\narrested: 2013\ndraft: true")
        return site
    }

    /// The prisoners a listing page links to, in order.
    static func people(_ page: String) -> [String] {
        let main = page.components(separatedBy: "<main").last ?? page
        return main.matches(of: /href="\/prisoners\/([a-z0-9-]+)\/"/).map { String($0.output.1) }.filter { $0 != "page" }
    }

    @Test func eachFacetListsItsValuesWithCountsAndItsPeople() throws {
        let site = try Self.smallSite()
        let report = try site.build(asOf: "2026-06-01")
        #expect(report.succeeded)

        let charges = try site.read("charges/index.html")
        let lines = charges.split(separator: "\n").filter { $0.hasPrefix("<li><a href=\"/charges/") }
        #expect(lines == [
            "<li><a href=\"/charges/criminal-code-234-4-3/\">Article 234.4.3 of the Criminal Code</a> — Illegal drugs with intent to sell <span class=\"count\">(1)</span></li>",
            "<li><a href=\"/charges/criminal-code-535-1/\">Article 535.1 of the Criminal Code</a> — Criminal article 535.1 <span class=\"count\">(1)</span></li>",
            "<li><a href=\"/charges/code-of-administrative-offences-535-1/\">Article 535.1 of the Code of Administrative Offences</a> — Resisting a police officer <span class=\"count\">(1)</span></li>",
        ])
        let article = try site.read("charges/criminal-code-234-4-3/index.html")
        #expect(article.contains("<h1>Article 234.4.3 of the Criminal Code — Illegal drugs with intent to sell</h1>"))
        #expect(Self.people(article) == ["aydin"])
        #expect(Self.people(try site.read("charges/code-of-administrative-offences-535-1/index.html")) == ["sevda"])
        #expect(Self.people(try site.read("charges/criminal-code-535-1/index.html")) == ["kamran"])

        let arrests = try site.read("arrests/index.html")
        let years = arrests.matches(of: /<li><a href="\/arrests\/(\d+)\/">\d+<\/a> <span class="count">\((\d+)\)<\/span><\/li>/)
            .map { "\($0.output.1):\($0.output.2)" }
        #expect(years == ["2020:2", "2019:2", "2013:2"])
        #expect(Self.people(try site.read("arrests/2013/index.html")) == ["aydin", "kamran"])
        #expect(Self.people(try site.read("arrests/2020/index.html")) == ["aydin", "sevda"])
        #expect(Self.people(try site.read("arrests/2019/index.html")) == ["leyla", "nigar"])

        // Spellings equal up to case and accents are one value, shown as most write it.
        let professions = try site.read("professions/index.html")
        #expect(professions.contains("<li><a href=\"/professions/editeur/\">editeur</a> <span class=\"count\">(2)</span></li>"))
        #expect(professions.contains("<li><a href=\"/professions/journalist/\">Journalist</a> <span class=\"count\">(2)</span></li>"))
        #expect(Self.people(try site.read("professions/journalist/index.html")) == ["aydin", "sevda"])
        #expect(Self.people(try site.read("professions/editeur/index.html")) == ["kamran", "leyla"])
        let outlets = try site.read("outlets/index.html")
        // Azadlıq and Azadliq differ by a letter (ı is no accent), so they are two outlets; both
        // make the slug `azadliq`, which the first in name order (ı before i) keeps.
        #expect(outlets.matches(of: /<li><a href="\/outlets\/([a-z0-9-]+)\/">([^<]+)<\/a> <span class="count">\((\d+)\)/)
            .map { "\($0.output.1) \($0.output.2) \($0.output.3)" } == ["azadliq Azadlıq 1", "azadliq-2 Azadliq 1", "meydan-tv Meydan TV 3"])
        #expect(Self.people(try site.read("outlets/meydan-tv/index.html")) == ["aydin", "kamran", "sevda"])
        #expect(Self.people(try site.read("outlets/azadliq-2/index.html")) == ["nigar"])

        // The links in: /prisoners/ and the home page.
        let links = "<a href=\"/countries/\">By country</a> · <a href=\"/prisons/\">By prison</a> · <a href=\"/charges/\">By charge</a> · "
            + "<a href=\"/arrests/\">By year of arrest</a> · <a href=\"/professions/\">By profession</a> · <a href=\"/outlets/\">By outlet</a>"
        #expect(try site.read("prisoners/index.html").contains(links))
        #expect(try site.read("index.html").contains(links))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/charges/criminal-code-234-4-3/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/arrests/2013/</loc>"))
    }

    @Test func theFactBoxLinksToTheFacets() throws {
        let site = try Self.smallSite()
        #expect(try site.build(asOf: "2026-06-01").succeeded)
        let aydin = try site.read("prisoners/aydin/index.html")
        #expect(aydin.contains("<dt>Profession</dt><dd><a href=\"/professions/journalist/\">Journalist</a></dd>"))
        #expect(aydin.contains("<dt>Outlet</dt><dd><a href=\"/outlets/meydan-tv/\">Meydan TV</a></dd>"))
        #expect(aydin.contains("(<a href=\"/arrests/2020/\">everyone arrested in 2020</a>)</dd>"))
        #expect(aydin.contains("<li>Hooliganism</li><li><a href=\"/charges/criminal-code-234-4-3/\">Article 234.4.3 of the Criminal Code</a> — Drugs planted on him</li>"))
        // The earlier detention's charge too.
        #expect(aydin.contains("; charges: <a href=\"/charges/criminal-code-234-4-3/\">Article 234.4.3 of the Criminal Code</a> — Illegal drugs with intent to sell"))
        let sevda = try site.read("prisoners/sevda/index.html")
        #expect(sevda.contains("<dt>Outlet</dt><dd><a href=\"/outlets/meydan-tv/\">meydan tv</a></dd>"))
        #expect(sevda.contains("<a href=\"/charges/code-of-administrative-offences-535-1/\">Article 535.1 of the Code of Administrative Offences</a> — Resisting a police officer"))
    }

    @Test func draftsAreNotCountedAndFacetsWithNoValueHaveNoPage() throws {
        let site = try Self.smallSite()
        #expect(try site.build(asOf: "2026-06-01").succeeded)
        #expect(!(try site.read("outlets/meydan-tv/index.html")).contains("drafty"))
        #expect(try site.build(asOf: "2026-06-01", includeDrafts: true).succeeded)
        #expect(Self.people(try site.read("outlets/meydan-tv/index.html")) == ["aydin", "drafty", "kamran", "sevda"])

        let bare = try TestSite()
        try bare.prisoner("x", "name: X\ncountry: Azerbaijan\nstatus: detained\ncharges: [Hooliganism]")
        #expect(try bare.build().succeeded)
        for folder in ["charges", "arrests", "professions", "outlets"] { #expect(!bare.exists("\(folder)/index.html")) }
        #expect(try bare.read("prisoners/index.html").contains("<a href=\"/status/detained/\">Detained</a> (1). <a href=\"/countries/\">By country</a>.</p>"))
    }

    /// Past 100 people a value, and a prison, continue on `page/2/`, each person once.
    @Test func longListsArePaginated() throws {
        let site = try TestSite()
        try site.write("content/prisons.yml", Self.prisons)
        for number in 0..<130 {
            let status = number < 70 ? "imprisoned" : "released"
            try site.prisoner("p\(number)", "name: Person \(1000 + number)\ncountry: Azerbaijan\nstatus: \(status)\nprofession: Blogger\n"
                + "arrested: 2019-01-01\nprison: prison-12\ncharges: [{article: 234.4.3}]")
        }
        #expect(try site.build(asOf: "2026-06-01").succeeded)
        let everyone = (0..<130).map { "p\($0)" }
        for first in ["arrests/2019/", "professions/blogger/", "charges/criminal-code-234-4-3/", "prisons/prison-12/"] {
            let one = try site.read(first + "index.html"), two = try site.read(first + "page/2/index.html")
            #expect(Self.people(one).count == 100)
            #expect(Self.people(two).count == 30)
            #expect(Set(Self.people(one) + Self.people(two)) == Set(everyone))
            #expect(one.contains("<a href=\"/\(first)page/2/\" rel=\"next\">"))
            #expect(!site.exists(first + "page/3/index.html"))
        }
        // The prison: held now first (on page 1), then held before, across the pages.
        let prisonTwo = try site.read("prisons/prison-12/page/2/index.html")
        #expect(prisonTwo.contains("<h2 id=\"held-before\">") && !prisonTwo.contains("<h2 id=\"held-now\">"))
        #expect(try site.read("prisons/index.html").contains("<td>70</td><td>130</td>"))
        #expect(try site.read("arrests/index.html").contains("<span class=\"count\">(130)</span>"))
    }

    /// A link in a body to a facet page is checked: values that exist, and their later pages.
    @Test func bodyLinksToFacetPagesAreChecked() throws {
        let site = try Self.smallSite()
        try site.prisoner("linker", "name: Linker\ncountry: Azerbaijan\nstatus: detained",
                          body: "[a](/charges/criminal-code-234-4-3/) [b](/arrests/2013/) [c](/outlets/meydan-tv/) [d](/professions/nobody/) [e](/arrests/1999/) [f](/outlets/meydan-tv/page/2/)")
        let problems = rendered(site.load().diagnostics)
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("/professions/nobody/: no page \"nobody\"") })
        #expect(problems.contains { $0.contains("/arrests/1999/: no published prisoner was arrested in 1999") })
        #expect(problems.contains { $0.contains("/outlets/meydan-tv/page/2/: that listing has 1 page") })
    }

    @Test func articlesSortByCodeThenNumber() {
        let sorted = [CitedArticle(article: "234.4.3"), CitedArticle(code: "Code of Administrative Offences", article: "5"),
                      CitedArticle(article: "23"), CitedArticle(article: "234.4"), CitedArticle(article: "179")]
            .sorted(by: CitedArticle.precedes).map { "\($0.code) \($0.article)" }
        #expect(sorted == ["Criminal Code 23", "Criminal Code 179", "Criminal Code 234.4", "Criminal Code 234.4.3", "Code of Administrative Offences 5"])
    }

    /// `57-1` and `57.1` (a code numbered the Soviet way, and the same numbers with dots) make one
    /// slug: the first in the index's order keeps it, the other takes `-2`, and each page lists
    /// only the people charged under its own article.
    @Test func articlesWrittenAlikeGetTwoPages() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: A A\ncountry: Yemen\nstatus: detained\ncharges: [{article: \"57.1\"}]")
        try site.prisoner("b", "name: B B\ncountry: Yemen\nstatus: detained\ncharges: [{article: \"57-1\"}, {article: \"57.1\"}]")
        #expect(try site.build().succeeded)
        let index = try site.read("charges/index.html")
        let hyphen = try #require(index.range(of: "<a href=\"/charges/criminal-code-57-1/\">Article 57-1 of the Criminal Code</a>"))
        let dot = try #require(index.range(of: "<a href=\"/charges/criminal-code-57-1-2/\">Article 57.1 of the Criminal Code</a>"))
        #expect(hyphen.lowerBound < dot.lowerBound)
        #expect(Self.people(try site.read("charges/criminal-code-57-1/index.html")) == ["b"])
        #expect(Self.people(try site.read("charges/criminal-code-57-1-2/index.html")) == ["a", "b"])
        #expect(try site.read("prisoners/a/index.html").contains("href=\"/charges/criminal-code-57-1-2/\""))
    }

    /// A later page of a prison is checked as the other listings' are (the index a link check
    /// makes has no prisons.yml of its own: the count comes from the detentions).
    @Test func bodyLinksToAPrisonsLaterPageAreChecked() throws {
        let site = try Self.smallSite()
        try site.prisoner("linker", "name: Linker\ncountry: Azerbaijan\nstatus: detained",
                          body: "[a](/prisons/prison-12/) [b](/prisons/prison-12/page/2/) [c](/charges/criminal-code-234-4-3/page/2/)")
        let problems = rendered(site.load().diagnostics)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("/prisons/prison-12/page/2/: that listing has 1 page (1 ") })
        #expect(problems.contains { $0.contains("/charges/criminal-code-234-4-3/page/2/: that listing has 1 page (1 ") })
    }
}
