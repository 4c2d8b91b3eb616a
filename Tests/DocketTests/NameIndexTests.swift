import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// The index of names: the collation order pinned (Azerbaijani Latin, Cyrillic with Ё, mixed
/// scripts), the grouping letters, and `/names/` as built (aliases link to their person, drafts
/// and embargoed people absent, a letter past 200 names on its own page, in the sitemap).
@Suite struct NameIndexTests {
    static func sorted(_ names: [String]) -> [String] {
        names.map { ($0, NameCollation.key($0)) }
            .sorted { $0.1 != $1.1 ? $0.1.lexicographicallyPrecedes($1.1) : $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) { $0.value < $1.value } }
            .map(\.0)
    }

    @Test func azerbaijaniLatinOrder() {
        let order = ["Cavid", "Çingiz", "Elnur", "Əli", "Gülər", "Ğ test", "Hilal", "Ilqar", "İlham", "Orxan", "Ömər",
                     "Samir", "Şahin", "Ulvi", "Ülviyyə", "Zaur"]
        #expect(Self.sorted(order.reversed()) == order)
        // Letters outside the alphabet sort as their base letter; case does not matter.
        #expect(Self.sorted(["Émile", "Ebru", "Ezgi", "əli"]) == ["Ebru", "Émile", "Ezgi", "əli"])
        // A word break sorts before a letter.
        #expect(Self.sorted(["Alia", "Ali Zeynalov", "Ali-Baba"]) == ["Ali-Baba", "Ali Zeynalov", "Alia"])
    }

    @Test func cyrillicOrderWithYo() {
        #expect(Self.sorted(["Жора", "Ёлкин", "Егоров", "Ершов", "Дмитриев"]) == ["Дмитриев", "Егоров", "Ёлкин", "Ершов", "Жора"])
        #expect(NameCollation.group(NameCollation.key("Ёлкин")).1 == "Е")
    }

    @Test func mixedScriptsLatinFirstThenFixedOrder() {
        let names = ["ვახტანგი", "Ωμέγα", "Гилал", "Zaur", "علي", "Anar"]
        #expect(Self.sorted(names) == ["Anar", "Zaur", "Гилал", "Ωμέγα", "ვახტანგი", "علي"])
    }

    @Test func groupingLetters() {
        func letter(_ name: String) -> String { NameCollation.group(NameCollation.key(name)).1 }
        #expect(["Çingiz", "Əli", "Ğ", "Ilqar", "İlham", "Ömər", "Şahin", "Ülviyyə", "Émile", "Cavid"].map(letter)
                == ["Ç", "Ə", "Ğ", "I", "İ", "Ö", "Ş", "Ü", "E", "C"])
        #expect(NameCollation.group(NameCollation.key("Çingiz")).2 == "latin-u00c7")
        #expect(NameCollation.group(NameCollation.key("Ilqar")).2 == "i")
        #expect(NameCollation.group(NameCollation.key("İlham")).2 == "latin-u0130")
    }

    static let head = "country: Azerbaijan\nstatus: imprisoned\n"

    @Test func namesPageListsEverySpellingAndLinksAliases() throws {
        let site = try TestSite()
        try site.prisoner("gilal-mamedov", "name: Gilal Mamedov\naliases: [Hilal Mammadov]\nname_native: Гилал Мамедов\n" + Self.head)
        try site.prisoner("celal-numunov", "name: Cəlal Nümunov\nname_native: \"Cəlal <b>Nümunov</b>\"\n" + Self.head)
        try site.prisoner("hidden", "name: Hidden Draftperson\ndraft: true\n" + Self.head)
        #expect(try site.build().succeeded)
        let page = try site.read("names/index.html")
        #expect(page.contains("<li><a href=\"/prisoners/gilal-mamedov/\">Hilal Mammadov</a> → Gilal Mamedov</li>"))
        #expect(page.contains("<li><a href=\"/prisoners/gilal-mamedov/\">Gilal Mamedov</a></li>"))
        #expect(page.contains("<li><a href=\"/prisoners/gilal-mamedov/\">Гилал Мамедов</a> → Gilal Mamedov</li>"))
        #expect(page.contains("<a href=\"/prisoners/celal-numunov/\">Cəlal &lt;b&gt;Nümunov&lt;/b&gt;</a> → Cəlal Nümunov"))
        #expect(!page.contains("Hidden"))
        // Sections: Latin, then Cyrillic; letters in order with jump links.
        let latin = try #require(page.range(of: "<h2 id=\"script-latin\">"))
        let cyrillic = try #require(page.range(of: "<h2 id=\"script-cyrillic\">"))
        #expect(latin.lowerBound < cyrillic.lowerBound)
        #expect(page.contains("<li><a href=\"/names/#letter-c\">C</a></li><li><a href=\"/names/#letter-g\">G</a></li><li><a href=\"/names/#letter-h\">H</a></li>"))
        #expect(page.contains("<h3 id=\"letter-cyrillic-u0413\">Г</h3>"))
        // Reachable from every page's navigation: the home page, then the alias, then the person.
        #expect(try site.read("index.html").contains("<a href=\"/names/\">Names</a>"))
        #expect(try site.read("prisoners/gilal-mamedov/index.html").contains("<a href=\"/names/\">Names</a>"))
        #expect(try site.read("sitemap.xml").contains("<loc>https://example.org/names/</loc>"))
    }

    @Test func letterWithMoreThan200NamesHasItsOwnPage() throws {
        let site = try TestSite()
        for number in 1...201 {
            try site.prisoner("z\(number)", "name: Zaur Numune \(number)\n" + Self.head)
        }
        try site.prisoner("anar", "name: Anar Numune\n" + Self.head)
        #expect(try site.build().succeeded)
        let index = try site.read("names/index.html")
        #expect(index.contains("<li><a href=\"/names/z/\">Z</a></li>"))
        #expect(index.contains("<p><a href=\"/names/z/\">201 names starting with Z</a></p>"))
        #expect(index.contains("<li><a href=\"/prisoners/anar/\">Anar Numune</a></li>"))
        #expect(!index.contains("Zaur Numune 17"))
        let letter = try site.read("names/z/index.html")
        #expect(letter.contains("<h1>Names: Z</h1>"))
        // Numbers sort by code point within a name: 1, 10, 100, …
        #expect(letter.contains("<li><a href=\"/prisoners/z1/\">Zaur Numune 1</a></li>\n<li><a href=\"/prisoners/z10/\">Zaur Numune 10</a></li>"))
        #expect(!letter.contains("Anar"))
        // Two clicks from the home page: its bar of letters leads to the letter's page, which links the person.
        let home = try site.read("index.html")
        #expect(home.contains("<h2 id=\"find-a-name\">Find a name</h2>"))
        #expect(home.contains("<li><a href=\"/names/z/\">Z</a></li>"))
        #expect(home.contains("<li><a href=\"/names/#letter-a\">A</a></li>"))
        #expect(try site.read("sitemap.xml").contains("<loc>https://example.org/names/z/</loc>"))
    }

    @Test func manyShortLettersEachGetTheirOwnPages() throws {
        // Five letters of 170 names each: none past 200, but /names/ would list 850 itself.
        let site = try TestSite()
        for (letter, first) in [("a", "Anar"), ("b", "Bahruz"), ("c", "Cavid"), ("d", "Dunya"), ("e", "Elnur")] {
            for number in 1...170 { try site.prisoner("\(letter)\(number)", "name: \(first) Numune \(number)\n" + Self.head) }
        }
        #expect(try site.build().succeeded)
        let index = try site.read("names/index.html")
        #expect(index.contains("<p><a href=\"/names/a/\">170 names starting with A</a></p>"))
        #expect(!index.contains("Anar Numune 17<"))
        #expect(try site.read("names/e/index.html").contains("<li><a href=\"/prisoners/e17/\">Elnur Numune 17</a></li>"))
        #expect(try site.read("index.html").contains("<li><a href=\"/names/c/\">C</a></li>"))
    }

    @Test func aLetterPastOnePageIsSplitAndEachPartLinkedFromHome() throws {
        let site = try TestSite()
        let count = NameIndex.letterPageSize + 5
        for number in 1...count {
            let first = number <= NameIndex.letterPageSize / 2 ? "Zaur" : "Zeynal"
            try site.prisoner("z\(number)", "name: \(first) Numune \(number)\n" + Self.head)
        }
        #expect(try site.build().succeeded)
        let first = try site.read("names/z/index.html")
        let second = try site.read("names/z/page/2/index.html")
        #expect(first.contains("<h1>Names: Z (Zau–Zey)</h1>"))
        #expect(second.contains("<h1>Names: Z (Zey)</h1>"))
        #expect(first.contains("\(count) names and spellings starting with Z, on 2 pages"))
        #expect(second.contains("rel=\"prev\""))
        #expect(second.contains("<a href=\"/names/z/page/2/\" aria-current=\"page\">Zey</a>"))
        // Every name on exactly one of the two pages.
        for number in 1...count {
            let link = "<a href=\"/prisoners/z\(number)/\">"
            #expect(first.contains(link) != second.contains(link))
        }
        let home = try site.read("index.html")
        #expect(home.contains("<li><a href=\"/names/z/\">Zau–Zey</a> <a href=\"/names/z/page/2/\">Zey</a></li>"))
        // A link to a page of names that is not written is an error; the second page is fine.
        try site.write("content/pages/links.md", "---\ntitle: Links\n---\n[two](/names/z/page/2/) [three](/names/z/page/3/)\n")
        let messages = rendered(site.load().diagnostics)
        #expect(messages.contains { $0.contains("/names/z/page/3/: that listing has 2 pages (505 names, 500 a page)") }, "\(messages)")
        #expect(!messages.contains { $0.contains("/names/z/page/2/:") })
    }

    @Test func namesakesSayWhoseNameItIs() throws {
        let site = try TestSite()
        try site.prisoner("anar-mammadov", "name: Anar Mammadov\npatronymic: Kamran oglu\narrested: 2014-05-02\n" + Self.head)
        try site.prisoner("anar-mammadov-2", "name: Anar Mammadov\npatronymic: Islam oglu\ncountry: Russia\nstatus: released\n")
        try site.prisoner("elnur-aliyev", "name: Elnur Aliyev\naliases: [Anar Mammadov]\n" + Self.head)
        try site.prisoner("orxan-quliyev", "name: Orxan Quliyev\n" + Self.head)
        #expect(try site.build().succeeded)
        let page = try site.read("names/index.html")
        #expect(page.contains("<li><a href=\"/prisoners/anar-mammadov/\">Anar Mammadov</a> <span class=\"meta\">(Kamran oglu, Azerbaijan, arrested 2014)</span></li>"))
        #expect(page.contains("<li><a href=\"/prisoners/anar-mammadov-2/\">Anar Mammadov</a> <span class=\"meta\">(Islam oglu, Russia)</span></li>"))
        #expect(page.contains("<li><a href=\"/prisoners/elnur-aliyev/\">Anar Mammadov</a> → Elnur Aliyev <span class=\"meta\">(Azerbaijan)</span></li>"))
        #expect(page.contains("<li><a href=\"/prisoners/orxan-quliyev/\">Orxan Quliyev</a></li>"))
    }
}
