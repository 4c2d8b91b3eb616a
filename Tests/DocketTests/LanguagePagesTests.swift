import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DocketBuilder
@testable import DocketLocalization
@testable import DocketModel

/// A site in English, Azerbaijani and Russian, built in a temporary folder and read back: the
/// pages of each language, their links between languages, the feeds, sitemap and open data.
@Suite struct LanguagePagesTests {
    static let siteYML = """
    title: Test Monitor
    base_url: https://example.org/monitor/
    description: A monitor for tests.
    languages:
      - en
      - code: az
        title: Test monitoru
      - code: ru
        title: Тестовый мониторинг
    """

    /// Khadija translated into Azerbaijani only; Rauf into nothing.
    private func site() throws -> TestSite {
        let site = try TestSite(siteYML: Self.siteYML)
        try site.prisoner("khadija-ismayilova", """
        name: Khadija Ismayilova
        name_native: {az: Xədicə İsmayılova}
        country: Azerbaijan
        status: imprisoned
        arrested: 2014-12-05
        sentence:
          term: 7y6m
          date: 2015-09-01
        updated: 2016-01-10
        events:
          - date: 2015-02-01
            kind: hearing
            text: A first hearing.
        """, body: "An English biography.")
        try site.write("content/prisoners/khadija-ismayilova.az.md", """
        ---
        name: Xədicə İsmayılova
        events:
          - text: İlk məhkəmə iclası.
        ---
        Azərbaycanca tərcümeyi-hal.
        """)
        try site.prisoner("rauf-mirgadirov", """
        name: Rauf Mirgadirov
        country: Azerbaijan
        status: imprisoned
        arrested: 2014-04-19
        """)
        for number in 1...4 {
            try site.prisoner("person-\(number)", "name: Person \(number)\ncountry: Azerbaijan\nstatus: detained\narrested: 2015-0\(number)-01")
        }
        try site.article("a-report", """
        title: A report
        date: 2016-01-04
        prisoners: [khadija-ismayilova]
        """, body: "See [the methodology](/methodology/) and ![a court](/media/court.png).")
        try site.write("content/pages/methodology.md", "---\ntitle: Methodology\n---\nHow we work.\n")
        try site.write("content/pages/methodology.ru.md", "---\ntitle: Методология\n---\nКак мы работаем: [данные](/data/).\n")
        try site.write("content/media/court.png", bytes: Self.png)
        return site
    }

    /// A 1×1 PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    private func built() throws -> TestSite {
        let site = try self.site()
        let report = try site.build(asOf: "2016-01-15")
        #expect(report.succeeded, "\(rendered(report.diagnostics))")
        return site
    }

    @Test func eachLanguageHasItsPagesInItsWords() throws {
        let site = try built()
        let en = try site.read("prisoners/khadija-ismayilova/index.html")
        let az = try site.read("az/prisoners/khadija-ismayilova/index.html")
        let ru = try site.read("ru/prisoners/khadija-ismayilova/index.html")
        #expect(en.contains("<html lang=\"en\">") && az.contains("<html lang=\"az\">") && ru.contains("<html lang=\"ru\">"))
        // Labels, statuses, dates (the genitive after a day in Russian) and the site's title.
        #expect(az.contains("<dt>\(Language.az.catalog[.factArrested])</dt>") && !az.contains("<dt>Arrested</dt>"))
        #expect(az.contains("<time datetime=\"2014-12-05\">5 dekabr 2014</time>"))
        #expect(ru.contains("<time datetime=\"2014-12-05\">5 декабря 2014</time>"))
        #expect(en.contains("<time datetime=\"2014-12-05\">5 December 2014</time>"))
        #expect(ru.contains(">\(Language.ru.catalog[.statusImprisoned])</a></p>"))
        #expect(az.contains("<title>Xədicə İsmayılova · Test monitoru</title>"))
        // Numbers with a no-break space in Russian and Azerbaijani: days in detention as of 2016-01-15.
        let days = PartialDate(year: 2016, month: 1, day: 15).firstDay - PartialDate(year: 2014, month: 12, day: 5).firstDay
        #expect(days > 400)
        #expect(en.contains("<dd>\(days) (as of 15 January 2016)"))
        #expect(ru.contains("<dd>\(days) (на 15 января 2016)"))
        // The translation's words; the event it translates keeps its anchor.
        #expect(az.contains("<h1>Xədicə İsmayılova</h1>") && az.contains("Azərbaycanca tərcümeyi-hal."))
        let anchor = try #require(en.firstMatch(of: /id="(e-[0-9a-f]+)">[^\n]*A first hearing/)?.1)
        #expect(az.contains("id=\"\(anchor)\">") && az.contains("İlk məhkəmə iclası."))
        // Derived entries in the page's words.
        #expect(ru.contains("Приговор: 7 лет 6 месяцев."))
        // name_native with its language.
        #expect(en.contains("<p class=\"native\" lang=\"az\">Xədicə İsmayılova</p>"))
    }

    @Test func untranslatedWordsAreMarkedWithTheirLanguage() throws {
        let site = try built()
        let ru = try site.read("ru/prisoners/khadija-ismayilova/index.html")
        // No Russian translation: the English words, marked, under a note in Russian.
        #expect(ru.contains("<h1 lang=\"en\">Khadija Ismayilova</h1>"))
        #expect(ru.contains("<p class=\"untranslated\">Ещё не переведено; показан текст на языке: английский.</p>"))
        #expect(ru.contains("<div lang=\"en\">\n<p>An English biography.</p>"))
        #expect(ru.contains("<span class=\"text\" lang=\"en\">A first hearing.</span>"))
        // The Azerbaijani translation leaves nothing untranslated: no note, no lang.
        let az = try site.read("az/prisoners/khadija-ismayilova/index.html")
        #expect(!az.contains("class=\"untranslated\"") && !az.contains("<h1 lang="))
        // A page translated into Russian only.
        #expect(try site.read("ru/methodology/index.html").contains("<h1>Методология</h1>"))
        #expect(try site.read("az/methodology/index.html").contains("<h1 lang=\"en\">Methodology</h1>"))
        // Its links lead within its language, and media to the one shared copy.
        #expect(try site.read("ru/methodology/index.html").contains("<a href=\"/monitor/ru/data/\">данные</a>"))
        let report = try site.read("az/articles/a-report/index.html")
        #expect(report.contains("<a href=\"/monitor/az/methodology/\">the methodology</a>"))
        #expect(report.contains("src=\"/monitor/media/court.png\""))
        #expect(site.exists("media/court.png") && !site.exists("az/media/court.png"))
    }

    @Test func everyHreflangPairIsSymmetric() throws {
        let site = try built()
        let tree = site.outputTree()
        var links: [String: [String: String]] = [:]  // page URL → hreflang → URL
        for (path, data) in tree where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let url = "https://example.org/monitor/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            for match in html.matches(of: /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/) {
                links[url, default: [:]][String(match.1)] = String(match.2)
            }
        }
        #expect(links.count > 30)
        var checked = 0
        for (page, alternates) in links {
            #expect(Set(alternates.keys) == ["en", "az", "ru", "x-default"], "\(page)")
            #expect(alternates.values.contains(page), "\(page) is not among its own alternates")
            for (code, target) in alternates where code != "x-default" {
                // The target exists and lists the same alternates: every pair both ways.
                #expect(links[target] == alternates, "\(page) → \(code) \(target)")
                checked += 1
            }
        }
        #expect(checked == links.count * 3)
        // A letter's own page of the index of names has none (letters differ between languages).
        #expect(tree.keys.filter { $0.hasPrefix("names/") && $0 != "names/index.html" }.allSatisfy { path in
            !String(decoding: tree[path]!, as: UTF8.self).contains("hreflang=\"az\" href")
        })
        // The 404 page's alternates are the other languages' 404 pages.
        #expect(links["https://example.org/monitor/404.html"]?["ru"] == "https://example.org/monitor/ru/404.html")
    }

    @Test func theSwitcherLeadsToTheSamePage() throws {
        let site = try built()
        let az = try site.read("az/prisoners/rauf-mirgadirov/index.html")
        #expect(az.contains("<nav class=\"languages\" aria-label=\"Dillər\">"))
        #expect(az.contains("<a href=\"/monitor/prisoners/rauf-mirgadirov/\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(az.contains("<a href=\"/monitor/az/prisoners/rauf-mirgadirov/\" lang=\"az\" hreflang=\"az\" aria-current=\"page\">Azərbaycanca</a>"))
        #expect(az.contains("<a href=\"/monitor/ru/prisoners/rauf-mirgadirov/\" lang=\"ru\" hreflang=\"ru\">Русский</a>"))
        // The stylesheet and the search of every language are the root's.
        #expect(az.contains("<link rel=\"stylesheet\" href=\"/monitor/style.css\">"))
        #expect(!site.exists("az/style.css") && !site.exists("az/data/prisoners.csv") && site.exists("az/data/index.html"))
    }

    @Test func listsCountAndNameInTheirLanguage() throws {
        let site = try built()
        let ru = try site.read("ru/index.html")
        // 6 people held: "6 человек" (many); the country in Russian.
        #expect(ru.contains("Сейчас под стражей или в заключении <strong>6</strong> человек."))
        #expect(ru.contains(">Азербайджан</a></th>"))
        let az = try site.read("az/countries/index.html")
        #expect(az.contains(">Azərbaycan</a></th>"))
        let list = try site.read("ru/prisoners/index.html")
        #expect(list.contains("В базе 6 человек"))
        // The name index of a language lists its spellings and the default language's.
        let names = try site.read("az/names/index.html")
        #expect(names.contains(">Xədicə İsmayılova</a>") && names.contains(">Khadija Ismayilova</a> → Xədicə İsmayılova"))
    }

    @Test func feedsSitemapAndDataKnowTheLanguages() throws {
        let site = try built()
        let feed = try site.read("az/prisoners/khadija-ismayilova/feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"az\">"))
        #expect(feed.contains("<title>Xədicə İsmayılova · Test monitoru</title>"))
        let english = try site.read("prisoners/khadija-ismayilova/feed.xml")
        let ids = { (xml: String) in Set(xml.matches(of: /<entry>\n<title>[^<]*<\/title>\n<id>([^<]+)<\/id>/).map { String($0.1) }) }
        #expect(!ids(feed).isEmpty && ids(feed).isDisjoint(with: ids(english)))
        #expect(ids(feed).allSatisfy { $0.hasPrefix("https://example.org/monitor/az/") })
        // One sitemap, every language, each page with its alternates; well-formed.
        let sitemap = try site.read("sitemap.xml")
        #expect(!site.exists("az/sitemap.xml"))
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<url><loc>https://example.org/monitor/ru/prisoners/rauf-mirgadirov/</loc>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"az\" href=\"https://example.org/monitor/az/prisoners/rauf-mirgadirov/\"/>"))
        let parser = XMLParser(data: Data(sitemap.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        // The open data once, with the translated names as columns.
        let csv = try site.read("data/prisoners.csv").split(whereSeparator: \.isNewline)
        #expect(csv[0].hasPrefix("slug,name,name_az,name_ru,aliases,"))
        #expect(csv.contains { $0.hasPrefix("khadija-ismayilova,Khadija Ismayilova,Xədicə İsmayılova,,") })
    }

    @Test func aOneLanguageSiteHasNoneOfIt() throws {
        let site = try TestSite()
        try site.prisoner("khadija-ismayilova", "name: Khadija Ismayilova\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.build()
        let page = try site.read("prisoners/khadija-ismayilova/index.html")
        #expect(!page.contains("hreflang") && !page.contains("class=\"languages\""))
        let sitemap = try site.read("sitemap.xml")
        let csv = try site.read("data/prisoners.csv")
        #expect(!sitemap.contains("xhtml"))
        #expect(!site.exists("az") && csv.hasPrefix("slug,name,aliases,"))
    }
}
