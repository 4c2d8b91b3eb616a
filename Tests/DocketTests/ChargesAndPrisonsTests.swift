import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Charges by article (`content/charges.yml`) and prisons from a list (`content/prisons.yml`):
/// the three forms of a charge, the lists' own errors at their lines, matching a prison by slug,
/// name or alias, and the prison pages.
@Suite struct ChargesAndPrisonsTests {
    static let head = "name: Aydın Nümunəli\ncountry: Azerbaijan\nstatus: imprisoned\n"

    static let chargesYML = """
    "234.4.3": Illegal drugs with intent to sell
    220.1: Organising mass disorder
    "179.3.2": Embezzlement on a large scale
    Code of Administrative Offences:
      "535.1": Resisting a police officer

    """

    static let prisonsYML = """
    kurdakhani-pretrial:
      name: Baku Pre-trial Detention Centre No. 1
      place: Kürdəxanı, Baku
      kind: pre-trial
      aliases: [Kurdakhani, "Bakı İstintaq Təcridxanası № 1"]
    prison-12:
      name: Prison No. 12
      place: Baku
      kind: prison

    """

    private func site(charges: String? = nil, prisons: String? = nil) throws -> TestSite {
        let site = try TestSite()
        if let charges { try site.write("content/charges.yml", charges) }
        if let prisons { try site.write("content/prisons.yml", prisons) }
        return site
    }

    private func problems(_ frontMatter: String, charges: String? = nil, prisons: String? = nil) throws -> [String] {
        let site = try site(charges: charges, prisons: prisons)
        try site.prisoner("x", Self.head + frontMatter)
        return rendered(site.load().diagnostics)
    }

    private func prisoner(_ frontMatter: String, charges: String? = nil, prisons: String? = nil) throws -> Prisoner? {
        let site = try site(charges: charges, prisons: prisons)
        try site.prisoner("x", Self.head + frontMatter)
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        return outcome.site?.prisoners.first
    }

    // MARK: Charges

    @Test func theThreeFormsOfACharge() throws {
        let found = try prisoner("""
        charges:
          - Hooliganism
          - article: 220.1
            text: Mass disorder in Ismayilli
          - article: "234.4.3"
          - {article: 535.1, code: Code of Administrative Offences}
        """, charges: Self.chargesYML)
        #expect(found?.charges == [
            Charge(text: "Hooliganism"),
            Charge(article: "220.1", text: "Mass disorder in Ismayilli"),
            Charge(article: "234.4.3", text: "Illegal drugs with intent to sell"),
            Charge(article: "535.1", code: "Code of Administrative Offences", text: "Resisting a police officer"),
        ])
        #expect(found?.charges[2].display == "Article 234.4.3 of the Criminal Code — Illegal drugs with intent to sell")
        #expect(found?.charges[3].articleLabel == "535.1 (Code of Administrative Offences)")
    }

    /// `220.1` and `220.10` unquoted are the text written, never the float YAML could read.
    @Test func anUnquotedNumberIsTheArticleAsWritten() throws {
        let found = try prisoner("charges:\n  - article: 220.10\n  - article: 179\n  - article: 220.1")
        #expect(found?.charges.map(\.article) == ["220.10", "179", "220.1"])
        #expect(found?.charges.map(\.display) == ["Article 220.10 of the Criminal Code", "Article 179 of the Criminal Code",
                                                  "Article 220.1 of the Criminal Code"])
    }

    @Test func articleNumbersAreCheckedForShape() throws {
        #expect(try problems("charges:\n  - article: 234..4\n  - article: art. 234\n  - article: \".1\"\n  - article: 234.4.3.") == [
            "content/prisoners/x.md:6:14: error: \"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \"234..4\" [E027 invalid-value]",
            "content/prisoners/x.md:7:14: error: \"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \"art. 234\" [E027 invalid-value]",
            "content/prisoners/x.md:8:14: error: \"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \".1\" [E027 invalid-value]",
            "content/prisoners/x.md:9:14: error: \"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \"234.4.3.\" [E027 invalid-value]",
        ])
        // Codes numbered the Soviet way write 57-1; a hyphen is a separator like a dot.
        #expect(try problems("charges:\n  - article: 57-1\n  - article: 70-2.3\n  - article: 57-\n  - article: 57.-1") == [
            "content/prisoners/x.md:8:14: error: \"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \"57-\" [E027 invalid-value]",
            "content/prisoners/x.md:9:14: error: \"article\" must be an article number, digits separated by single dots or hyphens (like 234.4.3, 220.1 or 57-1), not \"57.-1\" [E027 invalid-value]",
        ])
        #expect(try problems("charges:\n  - text: Hooliganism\n  - artcle: 1\n  - [a]") == [
            "content/prisoners/x.md:6:5: error: missing required key \"article\" in item 1 of \"charges\" [E021 missing-key]",
            "content/prisoners/x.md:7:5: error: missing required key \"article\" in item 2 of \"charges\" [E021 missing-key]",
            "content/prisoners/x.md:7:5: error: unknown key \"artcle\" in item 2 of \"charges\"; did you mean \"article\"? [E020 unknown-key]",
            "content/prisoners/x.md:8:5: error: each item of \"charges\" must be text or an article (article: 234.4.3), not a list [E022 wrong-type]",
        ])
    }

    @Test func anArticleMissingFromTheListIsAWarningWithTheNearestOne() throws {
        #expect(try problems("charges:\n  - article: 234.4.4\n  - article: 99\n    text: Something else\n  - article: 220.1\n    code: Code of Administrative Ofences",
                             charges: Self.chargesYML) == [
            "content/prisoners/x.md:6:14: warning: article 234.4.4 of the Criminal Code is not in content/charges.yml; did you mean 234.4.3 (Illegal drugs with intent to sell)? [W010 unknown-article]",
            "content/prisoners/x.md:7:14: warning: article 99 of the Criminal Code is not in content/charges.yml; add it there with what it is [W010 unknown-article]",
            "content/prisoners/x.md:9:14: warning: article 220.1 of the Code of Administrative Ofences is not in content/charges.yml; did you mean the code \"Code of Administrative Offences\"? [W010 unknown-article]",
        ])
    }

    @Test func withoutTheListAnArticleAloneIsFine() throws {
        let site = try site()
        try site.prisoner("x", Self.head + "charges:\n  - article: 234.4.3\n  - Tax evasion")
        #expect(try site.build().succeeded)
        let page = try site.read("prisoners/x/index.html")
        #expect(page.contains("<dt>Charges</dt><dd><ul><li><a href=\"/charges/criminal-code-234-4-3/\">Article 234.4.3 of the Criminal Code</a></li><li>Tax evasion</li></ul></dd>"))
    }

    @Test func chargesYMLErrorsAreAtTheirLines() throws {
        let site = try site(charges: """
        "234.4.3": Illegal drugs
        art. 220: Mass disorder
        "179..2": Embezzlement
        "220.1": [a, b]
        Code of Administrative Offences:
          "535.1": Resisting
          x1: Y
        "221": ""

        """)
        try site.prisoner("x", Self.head + "charges:\n  - article: 1")
        #expect(rendered(site.load().diagnostics) == [
            "content/charges.yml:2:1: error: \"art. 220\" is not an article number: write digits separated by single dots or hyphens, like 234.4.3, 220.1 or 57-1 (another code's articles go under its name: \"art. 220\": then \"535.1\": …, indented) [E027 invalid-value]",
            "content/charges.yml:3:1: error: \"179..2\" is not an article number: write digits separated by single dots or hyphens, like 234.4.3, 220.1 or 57-1 (another code's articles go under its name: \"179..2\": then \"535.1\": …, indented) [E027 invalid-value]",
            "content/charges.yml:4:10: error: \"220.1\" in charges.yml must be the article's text, or a code's articles as a mapping, not a list [E022 wrong-type]",
            "content/charges.yml:7:3: error: \"x1\" is not an article number: write digits separated by single dots or hyphens, like 234.4.3, 220.1 or 57-1 [E027 invalid-value]",
            "content/charges.yml:8:8: error: \"221\" is empty [E023 empty-value]",
        ])
        try site.write("content/charges.yml", "- 234.4.3\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/charges.yml:1:1: error: charges.yml must be a mapping of article numbers to what they are (\"234.4.3\": Illegal drugs with intent to sell), not a list [E022 wrong-type]",
        ])
        try site.write("content/charges.yml", "\"1\": A\nCriminal Code:\n  \"1\": B\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/charges.yml:3:3: warning: article 1 of the Criminal Code is named twice in charges.yml; the first is kept [W002 duplicate-entry]",
        ])
        try site.write("content/charges.yml", String(repeating: "\"1\": A long text naming the article, again and again\n", count: 6000))
        #expect(rendered(site.load().diagnostics) == [
            "content/charges.yml:1:1: error: the file is 310 KiB; a list may be at most 256 KiB [E014 front-matter-too-large]",
        ])
        try site.write("content/charges.yml", "\"1\": A\n  b: c\n")
        #expect(rendered(site.load().diagnostics).first?.hasPrefix("content/charges.yml:2:4: error:") == true)
    }

    @Test func openDataHasAnArticlesColumnOnceAChargeNamesOne() throws {
        let site = try site(charges: Self.chargesYML)
        try site.prisoner("x", Self.head + "charges:\n  - Hooliganism\n  - article: 234.4.3\n  - {article: 535.1, code: Code of Administrative Offences, text: Resisting arrest}")
        #expect(try site.build().succeeded)
        let csv = try site.read("data/prisoners.csv").components(separatedBy: "\r\n")
        #expect(csv.first?.contains(",arrested,charges,articles,sentence_term,") == true)
        #expect(csv.dropFirst().first?.contains(",Hooliganism; Article 234.4.3 of the Criminal Code — Illegal drugs with intent to sell; Article 535.1 of the Code of Administrative Offences — Resisting arrest,234.4.3; 535.1 (Code of Administrative Offences),") == true)
        let json = try JSONSerialization.jsonObject(with: Data(try site.read("data/prisoners.json").utf8)) as? [String: Any]
        let row = (json?["prisoners"] as? [[String: Any]])?.first
        #expect(row?["articles"] as? [[String: String]] == [
            ["code": "Criminal Code", "article": "234.4.3", "text": "Illegal drugs with intent to sell"],
            ["code": "Code of Administrative Offences", "article": "535.1", "text": "Resisting arrest"],
        ])
        #expect(try site.read("data/index.html").contains("<code>articles</code>"))

        let plain = try TestSite()
        try plain.prisoner("x", Self.head + "charges: [Hooliganism]")
        #expect(try plain.build().succeeded)
        #expect(try plain.read("data/prisoners.csv").hasPrefix(OpenData.prisonerCSVColumns.joined(separator: ",") + "\r\n"))
        #expect(!(try plain.read("data/prisoners.json").contains("articles")))
    }

    // MARK: Prisons

    @Test func aPrisonIsFoundBySlugNameOrAliasInAnyCaseAndSpelling() throws {
        for written in ["kurdakhani-pretrial", "Baku Pre-trial Detention Centre No. 1", "baku pre-trial detention centre no 1",
                        "KURDAKHANI", "Bakı İstintaq Təcridxanası № 1", "baki istintaq tecridxanasi 1"] {
            let found = try prisoner("prison: \(written)", prisons: Self.prisonsYML)
            #expect(found?.prison == "Baku Pre-trial Detention Centre No. 1", "\(written)")
            #expect(found?.prisonSlug == "kurdakhani-pretrial", "\(written)")
        }
    }

    @Test func withoutTheListAPrisonIsFreeText() throws {
        let found = try prisoner("prison: Somewhere Unknown")
        #expect(found?.prison == "Somewhere Unknown")
        #expect(found?.prisonSlug == nil)
    }

    @Test func anUnknownPrisonIsAWarningWithASuggestion() throws {
        #expect(try problems("prison: Prison No 21", prisons: Self.prisonsYML) == [
            "content/prisoners/x.md:5:9: warning: prison \"Prison No 21\" is not in content/prisons.yml, so it is shown as written, with no page; did you mean \"Prison No. 12\" (prison-12)? [W011 unknown-prison]",
        ])
        #expect(try problems("prison: Gobustan", prisons: Self.prisonsYML) == [
            "content/prisoners/x.md:5:9: warning: prison \"Gobustan\" is not in content/prisons.yml, so it is shown as written, with no page; add it there (with its name, place and kind), or write a slug, name or alias from it [W011 unknown-prison]",
        ])
    }

    @Test func anUnknownPrisonFailsCheckUnderStrict() throws {
        let site = try site(prisons: Self.prisonsYML)
        try site.prisoner("x", Self.head + "prison: Gobustan")
        let plain = try DocketProcess.run(["check", "--site", site.root.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("warning: prison \"Gobustan\" is not in content/prisons.yml"))
        let strict = try DocketProcess.run(["check", "--site", site.root.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/prisoners/x.md:5:9: error: prison \"Gobustan\" is not in content/prisons.yml"))
        #expect(strict.stderr.contains("[W011 unknown-prison]"))
    }

    @Test func prisonsYMLErrorsAreAtTheirLines() throws {
        let site = try site(prisons: """
        Prison 12:
          name: Prison No. 12
          kind: prison
        gobustan:
          name: Gobustan Prison
          kind: jail
          palce: Gobustan
        zabrat:
          place: Zabrat
          kind: pre-trial
        prison-12:
          name: Prison No. 12 (Baku)
          kind: prison
          aliases: [Gobustan Prison]

        """)
        try site.prisoner("x", Self.head)
        #expect(rendered(site.load().diagnostics) == [
            "content/prisons.yml:1:1: error: \"Prison 12\" is not a valid prison slug; use lowercase ASCII letters, digits and single hyphens (like baku-pretrial-1) [E033 invalid-slug]",
            "content/prisons.yml:6:9: error: unknown prison kind \"jail\"; expected one of pre-trial, prison, colony, police, psychiatric, other [E024 unknown-value]",
            "content/prisons.yml:7:3: error: unknown key \"palce\" in prison \"gobustan\"; did you mean \"place\"? [E020 unknown-key]",
            "content/prisons.yml:9:3: error: missing required key \"name\" in prison \"zabrat\" [E021 missing-key]",
        ])
        try site.write("content/prisons.yml", "a:\n  name: Prison A\n  kind: prison\nb:\n  name: Prison B\n  kind: colony\n  aliases: [\"PRISON  a\"]\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisons.yml:7:13: warning: \"PRISON  a\" is already a name of prison \"a\" (Prison A); it stays that prison's [W002 duplicate-entry]",
        ])
    }

    @Test func prisonPagesListInmatesNowAndBefore() throws {
        let site = try site(prisons: Self.prisonsYML + "odd:\n  name: \"<b>Odd</b> & Co\"\n  kind: other\n")
        try site.prisoner("aydin-numuneli", Self.head + "prison: Kurdakhani")
        try site.prisoner("sevda-misalova", "name: Sevda Misalova\ncountry: Azerbaijan\nstatus: released\nprison: kurdakhani-pretrial")
        try site.prisoner("hidden", "name: Hidden Person\ncountry: Azerbaijan\nstatus: detained\nprison: Prison No. 12\ndraft: true")
        try site.prisoner("elsewhere", "name: Someone Else\ncountry: Azerbaijan\nstatus: detained\nprison: odd")
        #expect(try site.build().succeeded)

        let list = try site.read("prisons/index.html")
        #expect(list.contains("<tr><th scope=\"row\"><a href=\"/prisons/kurdakhani-pretrial/\">Baku Pre-trial Detention Centre No. 1</a></th><td>Kürdəxanı, Baku</td><td>Pre-trial detention centre</td><td>1</td><td>2</td></tr>"))
        #expect(list.contains("<a href=\"/prisons/prison-12/\">Prison No. 12</a></th><td>Baku</td><td>Prison</td><td>0</td><td>0</td></tr>"))
        #expect(list.contains("<a href=\"/prisons/odd/\">&lt;b&gt;Odd&lt;/b&gt; &amp; Co</a>"))
        #expect(!list.contains("<b>"))

        let page = try site.read("prisons/kurdakhani-pretrial/index.html")
        #expect(page.contains("<h1>Baku Pre-trial Detention Centre No. 1</h1>"))
        #expect(page.contains("<dt>Kind</dt><dd>Pre-trial detention centre</dd>\n<dt>Place</dt><dd>Kürdəxanı, Baku</dd>\n<dt>Also written</dt><dd>Kurdakhani · Bakı İstintaq Təcridxanası № 1</dd>"))
        let now = try #require(page.range(of: "<h2 id=\"held-now\">"))
        let before = try #require(page.range(of: "<h2 id=\"held-before\">"))
        let aydin = try #require(page.range(of: "<a href=\"/prisoners/aydin-numuneli/\">Aydın Nümunəli</a>"))
        let sevda = try #require(page.range(of: "<a href=\"/prisoners/sevda-misalova/\">Sevda Misalova</a>"))
        #expect(now.lowerBound < aydin.lowerBound && aydin.lowerBound < before.lowerBound && before.lowerBound < sevda.lowerBound)
        #expect(page.contains("<a href=\"/prisons/\">All prisons</a>"))

        let twelve = try site.read("prisons/prison-12/index.html")
        #expect(!twelve.contains("Hidden Person"))
        #expect(twelve.contains("No one in this monitor is held here now."))

        let person = try site.read("prisoners/aydin-numuneli/index.html")
        #expect(person.contains("<dt>Prison</dt><dd><a href=\"/prisons/kurdakhani-pretrial/\">Baku Pre-trial Detention Centre No. 1</a></dd>"))
        #expect(try site.read("prisoners/index.html").contains("<a href=\"/countries/\">By country</a> · <a href=\"/prisons/\">By prison</a>.</p>"))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/prisons/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/prisons/prison-12/</loc>"))

        #expect(try site.build(includeDrafts: true).succeeded)
        #expect(try site.read("prisons/prison-12/index.html").contains("<a href=\"/prisoners/hidden/\">Hidden Person</a>"))
    }

    /// Each item of `detentions` reads its charges and prison the same way: articles from the
    /// list, warnings at their lines, and a prison page listing an earlier detention under "before".
    @Test func detentionsReadChargesAndPrisonsTheSameWay() throws {
        let site = try site(charges: Self.chargesYML, prisons: Self.prisonsYML)
        try site.prisoner("x", Self.head + """
        detentions:
          - arrested: 2013-02-04
            charges: [{article: 220.1}]
            prison: Kurdakhani
            released: 2014-03-01
            release_kind: pardoned
          - arrested: 2015-06-01
            charges: [{article: 234.4.4}, Hooliganism]
            prison: Prison No 21
        """)
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/x.md:12:25: warning: article 234.4.4 of the Criminal Code is not in content/charges.yml; did you mean 234.4.3 (Illegal drugs with intent to sell)? [W010 unknown-article]",
            "content/prisoners/x.md:13:13: warning: prison \"Prison No 21\" is not in content/prisons.yml, so it is shown as written, with no page; did you mean \"Prison No. 12\" (prison-12)? [W011 unknown-prison]",
        ])
        try site.prisoner("x", Self.head + """
        detentions:
          - arrested: 2013-02-04
            charges: [{article: 220.1}]
            prison: Kurdakhani
            released: 2014-03-01
          - arrested: 2015-06-01
            charges: [Hooliganism]
            prison: prison-12
        """)
        let detentions = try #require(site.load().site?.prisoners.first?.detentions)
        #expect(detentions.map(\.prisonSlug) == ["kurdakhani-pretrial", "prison-12"])
        #expect(detentions.first?.charges == [Charge(article: "220.1", text: "Organising mass disorder")])
        #expect(try site.build().succeeded)
        let person = try site.read("prisoners/x/index.html")
        #expect(person.contains("; charges: <a href=\"/charges/criminal-code-220-1/\">Article 220.1 of the Criminal Code</a> — Organising mass disorder; <a href=\"/prisons/kurdakhani-pretrial/\">Baku Pre-trial Detention Centre No. 1</a>"))
        #expect(person.contains("<dt>Prison</dt><dd><a href=\"/prisons/prison-12/\">Prison No. 12</a></dd>"))
        let earlier = try site.read("prisons/kurdakhani-pretrial/index.html")
        #expect(earlier.contains("0 people in this monitor held here now; 1 person held here before."))
        #expect(try site.read("prisons/prison-12/index.html").contains("1 person in this monitor held here now; 0 people held here before."))
    }

    @Test func withoutTheListsNoPrisonPagesAndNothingChanges() throws {
        let site = try site()
        try site.prisoner("x", Self.head + "prison: Prison No. 12\ncharges: [Tax evasion]")
        #expect(try site.build().succeeded)
        #expect(!site.exists("prisons/index.html"))
        #expect(try site.read("prisoners/x/index.html").contains("<dt>Prison</dt><dd>Prison No. 12</dd>"))
        #expect(!(try site.read("sitemap.xml").contains("prisons")))
        #expect(!(try site.read("prisoners/index.html").contains("By prison")))
    }

    /// The build cache counts both lists among the content: changing one rebuilds.
    @Test func aChangedListIsNotAnUnchangedBuild() throws {
        let site = try site(charges: Self.chargesYML, prisons: Self.prisonsYML)
        try site.prisoner("x", Self.head + "prison: prison-12\ncharges:\n  - article: 220.1")
        var options = SiteBuilder.Options(siteDirectory: site.root, outputDirectory: site.output, asOf: try PartialDate(parsing: "2016-01-15"))
        options.recentChangeSeconds = -10
        #expect(try SiteBuilder(options: options).build().succeeded)
        #expect(BuildCache(options: options).unchangedBuild() != nil)
        try site.write("content/prisons.yml", Self.prisonsYML.replacingOccurrences(of: "name: Prison No. 12", with: "name: Prison Number Twelve"))
        #expect(BuildCache(options: options).unchangedBuild() == nil)
        #expect(try SiteBuilder(options: options).build().succeeded)
        #expect(try site.read("prisoners/x/index.html").contains("<a href=\"/prisons/prison-12/\">Prison Number Twelve</a>"))
        try site.write("content/charges.yml", "\"220.1\": Mass disorder\n")
        #expect(BuildCache(options: options).unchangedBuild() == nil)
        #expect(try SiteBuilder(options: options).build().succeeded)
        #expect(try site.read("prisoners/x/index.html").contains("<li><a href=\"/charges/criminal-code-220-1/\">Article 220.1 of the Criminal Code</a> — Mass disorder</li>"))
    }

    /// A link in a body to `/prisons/…` is checked like one to a prisoner: the list and listed prisons only.
    @Test func linksToPrisonPagesAreChecked() throws {
        let site = try site(prisons: Self.prisonsYML)
        try site.prisoner("x", Self.head + "prison: prison-12", body: "[a](/prisons/) [b](/prisons/prison-12/) [c](/prisons/prison-21/) [d](/prisons/prison-12/x/)")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/x.md:7:41: error: link to /prisons/prison-21/: no prison \"prison-21\"; did you mean \"prison-12\"?; expected the slug of a prison in content/prisons.yml [E037 broken-link]",
            "content/prisoners/x.md:7:66: error: link to /prisons/prison-12/x/: no page of this site is there [E037 broken-link]",
        ])
    }

    @Test func aPageCannotBeCalledPrisons() throws {
        let site = try TestSite()
        try site.write("content/pages/prisons.md", "---\ntitle: T\n---\n")
        #expect(rendered(site.load().diagnostics) == [
            "content/pages/prisons.md:1:1: error: a page cannot be called \"prisons\": /prisons/ is used by the site itself; rename the file [E034 reserved-slug]",
        ])
    }
}
