import Foundation
import Testing
@testable import DocketModel
import Templates

/// `country:` from a list: ISO 3166-1 (from Foundation's Locale) and the places site.yml declares.
@Suite struct CountryTests {
    func resolved(_ text: String, declared: [DeclaredCountry] = []) -> Country? {
        if case .success(let country) = CountryList(declared: declared).resolve(text) { return country }
        return nil
    }

    func problem(_ text: String, declared: [DeclaredCountry] = []) -> CountryList.Problem? {
        if case .failure(let problem) = CountryList(declared: declared).resolve(text) { return problem }
        return nil
    }

    /// ICU on this toolchain has the names the sample content and the issue rely on. A toolchain
    /// whose CLDR renames one of them would change a page's address: this test says so first.
    @Test func icuGivesTheCommonEnglishNames() {
        let expected = [
            "AZ": "Azerbaijan", "RU": "Russia", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "TR": "Türkiye",
            "BY": "Belarus", "GE": "Georgia", "KP": "North Korea", "XK": "Kosovo", "CI": "Côte d’Ivoire",
        ]
        for (code, name) in expected {
            #expect(resolved(code) == Country(name: name, code: code), "\(code)")
            #expect(resolved(name) == Country(name: name, code: code), "\(name)")
        }
        let codes = CountryList.isoCountries.compactMap(\.code)
        // The 249 codes of ISO 3166-1, and Kosovo's user-assigned XK.
        #expect(codes.count == 250)
        #expect(Set(codes).isDisjoint(with: ["EU", "UN", "EZ", "QO", "AC", "IC", "TA", "DG", "EA", "CP", "CQ", "ZZ"]))
    }

    @Test func everyAcceptedFormInAnyCaseShowsTheCommonName() {
        let russia = Country(name: "Russia", code: "RU")
        for text in ["Russia", "russia", "RUSSIA", "Russian Federation", "russian federation", "RU", "ru", "Ru"] {
            #expect(resolved(text) == russia, "\(text)")
        }
        let turkiye = Country(name: "Türkiye", code: "TR")
        for text in ["Türkiye", "türkiye", "Turkiye", "TÜRKIYE", "Turkey", "turkey", "TR", "tr"] {
            #expect(resolved(text) == turkiye, "\(text)")
        }
        #expect(resolved("Syrian Arab Republic") == Country(name: "Syria", code: "SY"))
        #expect(resolved("Iran (Islamic Republic of)") == Country(name: "Iran", code: "IR"))
        #expect(resolved("Viet Nam") == Country(name: "Vietnam", code: "VN"))
        #expect(resolved("Burma") == Country(name: "Myanmar (Burma)", code: "MM"))
        #expect(resolved("Myanmar") == Country(name: "Myanmar (Burma)", code: "MM"))
        #expect(resolved("Czech Republic") == Country(name: "Czechia", code: "CZ"))
        #expect(resolved("Ivory Coast")?.code == "CI")
        // Punctuation, "&" and "St." are read as their words.
        #expect(resolved("Cote d'Ivoire")?.code == "CI")
        #expect(resolved("Bosnia and Herzegovina") == Country(name: "Bosnia & Herzegovina", code: "BA"))
        #expect(resolved("Saint Lucia") == Country(name: "St. Lucia", code: "LC"))
        #expect(resolved("  United   Kingdom ") == Country(name: "United Kingdom", code: "GB"))
        #expect(resolved("UK")?.code == "GB")
        // "Congo" alone is ISO's name of the Republic of the Congo.
        #expect(resolved("Congo")?.code == "CG")
        #expect(resolved("Democratic Republic of the Congo")?.code == "CD")
    }

    @Test func anUnknownNameSuggestsTheNearestCountry() {
        #expect(problem("Azerbajan") == .unknown(suggestion: "Azerbaijan"))
        #expect(problem("azerbajan") == .unknown(suggestion: "Azerbaijan"))
        #expect(problem("Russian Federaton") == .unknown(suggestion: "Russia"))
        #expect(problem("Kazakstan") == .unknown(suggestion: "Kazakhstan"))
        #expect(problem("Atlantis") == .unknown(suggestion: nil))
        // Groupings ICU knows are not countries, and a code ISO does not assign is no code.
        #expect(problem("EU") == .unknown(suggestion: nil))
        #expect(problem("QQ") == .unknown(suggestion: nil))
        #expect(problem("Azerbajan")?.message("Azerbajan") == "unknown country \"Azerbajan\"; did you mean \"Azerbaijan\"?")
        #expect(problem("Azerbajan")?.code == .unknownCountry)
    }

    @Test func aNameMixingScriptsNamesTheOddCharacter() throws {
        let cyrillicA = "\u{0410}zerbaijan"
        let found = try #require(problem(cyrillicA))
        #expect(found == .mixedScripts(character: "\u{0410}", position: 1, script: "Cyrillic", mainScript: "Latin", suggestion: "Azerbaijan"))
        #expect(found.code == .mixedScripts)
        #expect(found.message(cyrillicA) == "\"country\" mixes scripts: character 1 of \"\u{0410}zerbaijan\" is U+0410 CYRILLIC CAPITAL LETTER A, a Cyrillic letter in a Latin name; did you mean \"Azerbaijan\"?")
        // A Greek omicron in the middle; a Latin letter in a Cyrillic word, which has no Latin twin to suggest.
        #expect(problem("Ge\u{03BF}rgia") == .mixedScripts(character: "\u{03BF}", position: 3, script: "Greek", mainScript: "Latin", suggestion: "Georgia"))
        #expect(problem("P\u{043E}\u{0441}\u{0441}\u{0438}\u{044F}") == .mixedScripts(character: "P", position: 1, script: "Latin", mainScript: "Cyrillic", suggestion: nil))
        // Accented Latin letters are Latin; a name in one other script is simply unknown.
        #expect(resolved("Türkiye") != nil)
        #expect(problem("Азербайджан") == .unknown(suggestion: nil))
    }

    @Test func declaredPlacesAreCountriesWithoutACode() {
        let declared = [DeclaredCountry(name: "Nagorno-Karabakh", slug: "karabakh"), DeclaredCountry(name: "Crimea")]
        #expect(resolved("Nagorno-Karabakh", declared: declared) == Country(name: "Nagorno-Karabakh", code: nil))
        #expect(resolved("nagorno karabakh", declared: declared) == Country(name: "Nagorno-Karabakh", code: nil))
        #expect(resolved("CRIMEA", declared: declared) == Country(name: "Crimea", code: nil))
        #expect(problem("Nagorno-Karabah", declared: declared) == .unknown(suggestion: "Nagorno-Karabakh"))
        #expect(problem("Crimea") == .unknown(suggestion: nil))
    }

    @Test func siteYMLDeclaresPlaces() throws {
        let site = try TestSite(siteYML: TestSite.siteYML + "\ncountries:\n  - name: Nagorno-Karabakh\n    slug: karabakh\n  - name: Crimea\n")
        try site.prisoner("a", "name: Test Person\ncountry: nagorno-karabakh\nstatus: imprisoned")
        try site.prisoner("b", "name: Other Person\ncountry: Crimea\nstatus: detained")
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let config = try #require(outcome.site?.config)
        #expect(config.countries == [DeclaredCountry(name: "Nagorno-Karabakh", slug: "karabakh"), DeclaredCountry(name: "Crimea", slug: "crimea")])
        #expect(outcome.site?.prisoners.map(\.country) == ["Nagorno-Karabakh", "Crimea"])
        #expect(outcome.site?.prisoners.map(\.countryCode) == [nil, nil])
    }

    @Test func prisonerFilesReportAtTheValue() throws {
        let site = try TestSite()
        try site.prisoner("a", "name: Test Person\nstatus: imprisoned\ncountry: Azerbajan")
        try site.prisoner("b", "name: Other Person\ncountry: \"\u{0410}zerbaijan\"\nstatus: imprisoned")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/a.md:4:10: error: unknown country \"Azerbajan\"; did you mean \"Azerbaijan\"? [E041 unknown-country]",
            "content/prisoners/b.md:3:10: error: \"country\" mixes scripts: character 1 of \"\u{0410}zerbaijan\" is U+0410 CYRILLIC CAPITAL LETTER A, a Cyrillic letter in a Latin name; did you mean \"Azerbaijan\"? [E042 mixed-scripts]",
        ])
    }

    /// The slips of the issue, all on one page: every spelling of a country is one country.
    @Test func theCountryPagesHoldEverySpellingOnce() throws {
        let site = try TestSite(siteYML: TestSite.siteYML + "\ncountries:\n  - name: Nagorno-Karabakh\n    slug: karabakh\n")
        try site.prisoner("a", "name: Person A\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.prisoner("b", "name: Person B\ncountry: azerbaijan\nstatus: imprisoned")
        try site.prisoner("c", "name: Person C\ncountry: AZ\nstatus: detained")
        try site.prisoner("d", "name: Person D\ncountry: Turkey\nstatus: imprisoned")
        try site.prisoner("e", "name: Person E\ncountry: Turkmenistan\nstatus: imprisoned")
        try site.prisoner("f", "name: Person F\ncountry: Nagorno-Karabakh\nstatus: imprisoned")
        try site.build()

        let countries = try site.read("countries/index.html")
        let links = attributeValues(countries, names: ["href"]).filter { $0.hasPrefix("/countries/") && $0 != "/countries/" }
        // Türkiye sorts as Turkiye, before Turkmenistan.
        #expect(links == ["/countries/azerbaijan/", "/countries/karabakh/", "/countries/turkiye/", "/countries/turkmenistan/"])
        #expect(countries.contains("<a href=\"/countries/azerbaijan/\">Azerbaijan</a></th><td>3</td><td>3</td>"))
        #expect(countries.contains(">Türkiye</a>"))
        #expect(!countries.contains("Turkey"))
        #expect(!site.exists("countries/azerbaijan-2/index.html"))
        #expect(!site.exists("countries/turkey/index.html"))
        #expect(try site.read("countries/karabakh/index.html").contains("<h1>Nagorno-Karabakh</h1>"))
        #expect(try site.read("countries/turkiye/index.html").contains("<h1>Türkiye</h1>"))
        let page = try site.read("prisoners/c/index.html")
        #expect(page.contains("<a href=\"/countries/azerbaijan/\">Azerbaijan</a>"))

        let csv = try site.read("data/prisoners.csv").split(separator: "\r\n").map(String.init)
        #expect(csv[0].hasPrefix("slug,name,aliases,name_native,country,country_code,status,"))
        #expect(csv[3].hasPrefix("c,Person C,,,Azerbaijan,AZ,detained,"))
        #expect(csv[4].hasPrefix("d,Person D,,,Türkiye,TR,imprisoned,"))
        #expect(csv[6].hasPrefix("f,Person F,,,Nagorno-Karabakh,,imprisoned,"))
        let json = try JSONSerialization.jsonObject(with: Data(site.read("data/prisoners.json").utf8)) as? [String: Any]
        let rows = try #require(json?["prisoners"] as? [[String: Any]])
        #expect(rows.map { $0["country_code"] as? String } == ["AZ", "AZ", "AZ", "TR", "TM", nil])
        #expect(try site.read("data/index.html").contains("<code>country_code</code></th><td>ISO 3166-1 alpha-2 (AZ); empty for a place outside ISO 3166-1</td>"))
    }

    /// `docket new --country` writes the name pages show, and refuses what check would refuse.
    @Test func newWritesTheCommonNameAndRefusesAnUnknownOne() throws {
        let site = try TestSite(siteYML: TestSite.siteYML + "\ncountries:\n  - name: Nagorno-Karabakh\n")
        let made = try DocketProcess.run(["new", "prisoner", "Ayla Nümunəli", "--country", "turkey", "--site", site.root.path])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/prisoners/ayla-numuneli.md"), encoding: .utf8)
        #expect(text.contains("\ncountry: \"Türkiye\"\n"))
        let declared = try DocketProcess.run(["new", "prisoner", "Ruslan Nümunəli", "--country", "nagorno-karabakh", "--site", site.root.path])
        #expect(declared.status == 0, "\(declared.stderr)")
        let other = try String(contentsOf: site.root.appendingPathComponent("content/prisoners/ruslan-numuneli.md"), encoding: .utf8)
        #expect(other.contains("\ncountry: \"Nagorno-Karabakh\"\n"))

        let refused = try DocketProcess.run(["new", "prisoner", "Elvin Nümunəli", "--country", "Azerbajan", "--site", site.root.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--country: unknown country \"Azerbajan\"; did you mean \"Azerbaijan\"?"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/prisoners/elvin-numuneli.md").path))
    }
}
