import DocketSupport

/// One report: title, full date, the prisoners it names (popular ones often), tags,
/// sources, events, and a body.
struct ArticleFileWriter {
    let generator: CorpusGenerator
    let number: Int
    var random: SeededRandom

    init(generator: CorpusGenerator, number: Int, random: SeededRandom) {
        self.generator = generator
        self.number = number
        self.random = random
    }

    static let headlines = [
        "Court extends detention of %", "Appeal rejected for %", "% begins hunger strike",
        "Lawyer denied access to %", "New charges brought against %", "% transferred to a distant colony",
        "Verdict expected in the case of %", "Rights groups call for the release of %", "% freed under pardon",
        "Health of % worsens in custody",
    ]

    var slug: String { "report-\(number + 1)" }

    func text() -> String { written().text }

    /// The file's text, and what a translation of it needs to know.
    func written() -> GeneratedFile {
        var random = self.random
        var named: [Int] = []
        for _ in 0..<random.int(1...4) {
            let prisoner = generator.namedPrisoner(&random)
            if !named.contains(prisoner) { named.append(prisoner) }
        }
        let slugs = named.map { generator.slug(ofPrisoner: $0) }
        let firstName = generator.identity(ofPrisoner: named[0]).name
        let title = random.pick(Self.headlines).replacingFirst("%", with: firstName) + (random.chance(15) ? ": \"we will not be silenced\"" : "")
        let (year, month) = GeneratedDate.clamped(year: random.int(2005...2025), month: random.int(1...12))
        let date = GeneratedDate(year: year, month: month, day: random.int(1...28))

        var yaml = "---\ntitle: \(YAMLText.quoted(title))\ndate: \(date.text)\n"
        let hasSummary = random.chance(80)
        if hasSummary {
            yaml += "summary: \(YAMLText.quoted("\(firstName)'s case: what happened at the latest hearing & what comes next."))\n"
        }
        if random.chance(70) { yaml += "author: \(YAMLText.quoted(random.pick(NamePools.authors)))\n" }
        yaml += "prisoners:\n" + slugs.map { "  - \($0)\n" }.joined()
        let tagCount = random.int(0...3)
        if tagCount > 0 {
            let tags = Set((0..<tagCount).map { _ in random.pick(NamePools.tags) }).sorted()
            yaml += "tags:\n" + tags.map { "  - \(YAMLText.quoted($0))\n" }.joined()
        }
        let (sourcesYAML, titles) = SourcesAndEvents.sources(&random, count: random.int(0...2))
        yaml += sourcesYAML
        var events = ""
        for _ in 0..<random.int(0...3) {
            let kind = random.pick(SourcesAndEvents.kinds)
            let people = kind == "legislation" || kind == "amnesty" ? [] : Array(slugs.prefix(random.int(1...slugs.count)))
            events += SourcesAndEvents.unique(SourcesAndEvents.event(kind: kind, year: date.year - random.int(0...1), prisoners: people,
                                             sourceTitles: titles, &random), after: events)
        }
        if !events.isEmpty { yaml += "events:\n" + events }
        yaml += "---\n"
        var prose = ProseWriter(random: random)
        let words = random.int(300...1200)
        return GeneratedFile(text: yaml + prose.body(words: words, about: firstName), name: firstName, alias: nil,
                             eventCount: GeneratedFile.items(in: events), sourceCount: titles.count, words: words,
                             title: title, hasSummary: hasSummary)
    }
}
