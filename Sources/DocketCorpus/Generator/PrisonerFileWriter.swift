import DocketSupport

/// One prisoner file: front matter with every kind of field, and a biography.
struct PrisonerFileWriter {
    let generator: CorpusGenerator
    let number: Int
    var random: SeededRandom

    static let statuses = ["detained", "imprisoned", "released", "pardoned", "acquitted", "deceased"]
    static let statusWeights = [15, 40, 20, 10, 5, 10]

    func text() -> String { written().text }

    /// The file's text, and what a translation of it needs to know.
    func written() -> GeneratedFile {
        var random = self.random
        let identity = generator.identity(ofPrisoner: number)
        let slug = generator.slug(ofPrisoner: number)
        // The first files take every status in turn, so even a small corpus has them all.
        let status = number < Self.statuses.count ? Self.statuses[number] : weightedStatus(&random)

        var yaml = "---\nname: \(YAMLText.quoted(identity.name))\n"
        if let patronymic = identity.patronymic { yaml += "patronymic: \(YAMLText.quoted(patronymic))\n" }
        var aliases: [String] = []
        let other = identity.otherName
        if other != identity.name { aliases.append(other) }
        if random.chance(30) { aliases.append(identity.spelled(identity.family.0, identity.given.0)) }
        if !aliases.isEmpty { yaml += "aliases:\n" + aliases.map { "  - \(YAMLText.quoted($0))\n" }.joined() }
        if let native = NamePools.cyrillic[identity.given.0], random.chance(70) {
            yaml += "name_native: \(YAMLText.quoted(identity.spelled(native, identity.family.0)))\n"
        }
        yaml += "country: \(YAMLText.quoted(random.pick(NamePools.countries)))\n"
        yaml += "status: \(status)\n"
        if random.chance(85) { yaml += "profession: \(YAMLText.quoted(random.pick(NamePools.professions)))\n" }
        if random.chance(70) { yaml += "outlet: \(YAMLText.quoted(random.pick(NamePools.outlets)))\n" }

        let arrestYear = random.int(2000...2022)
        let hasArrest = random.chance(92)
        // The current (or only) detention's keys, written at the top level, or as the last item
        // of `detentions` for the few held before (`isHeldBefore`).
        var detention = ""
        if hasArrest { detention += "arrested: \(GeneratedDate.random(year: arrestYear, &random).text)\n" }
        if random.chance(80) {
            let charges = (0..<random.int(1...3)).map { _ in random.pick(NamePools.charges) }
            detention += "charges:\n" + Set(charges).sorted().map { "  - \(Self.charge($0, number: number))\n" }.joined()
        }
        if status != "detained" && status != "acquitted" && random.chance(85) {
            let term = term(&random, imprisonedSince: status == "imprisoned" ? arrestYear : nil)
            let dated = random.chance(90)
            let date = dated ? "    date: \(GeneratedDate.random(year: arrestYear + 1, &random).text)\n" : ""
            let court = random.chance(80) ? "    court: \(YAMLText.quoted(random.pick(NamePools.courts)))\n" : ""
            if hasChangedSentence {
                // A longer sentence first, then the drawn term as it stands after an appeal a year
                // later (a death sentence commuted to life, or 25 years reduced), so a term drawn
                // not to have ended still has not.
                let changed = min(arrestYear + 2, GeneratedDate.latest.year)
                detention += "sentence:\n  - term: \(term == "life" ? "death" : "25y")\n" + date + court
                detention += "  - change: \(term == "life" ? "commuted" : "reduced")\n    date: \(changed)\n    term: \(term)\n"
                    + (term == "life" ? "" : "    court: \"Court of Appeal\"\n")
            } else {
                detention += "sentence:\n    term: \(term)\n" + date + court
            }
        }
        if ["released", "pardoned", "acquitted"].contains(status) {
            detention += "released: \(GeneratedDate.random(year: arrestYear + random.int(2...3), &random).text)\n"
        }
        let lawyer = random.chance(60) ? "lawyer: \(YAMLText.quoted(random.pick(NamePools.lawyers)))\n" : ""
        let prison = random.chance(60) ? "prison: \(YAMLText.quoted(random.pick(NamePools.prisons)))\n" : ""
        if isHeldBefore {
            // An earlier detention, ended years before this one began.
            let earlier = "arrested: \(arrestYear - 5)\n" + "charges:\n  - \(Self.charge(NamePools.charges[number % NamePools.charges.count], number: number))\n"
                + "released: \(arrestYear - 3)\n" + "release_kind: \(Self.releaseKinds[number % Self.releaseKinds.count])\n"
            yaml += "detentions:\n" + Self.item(earlier) + Self.item(detention + prison) + lawyer
        } else {
            yaml += detention + lawyer + prison
        }
        if random.chance(75) { yaml += "updated: \(GeneratedDate.random(year: random.int(2018...2025), &random).text)\n" }

        let (sourcesYAML, titles) = SourcesAndEvents.sources(&random, count: random.int(0...3))
        yaml += sourcesYAML
        var events = ""
        for index in 0..<random.int(0...3) {
            // The first files cycle through every event kind.
            let kind = index == 0 ? SourcesAndEvents.kinds[number % SourcesAndEvents.kinds.count] : random.pick(SourcesAndEvents.kinds)
            var others: [String] = []
            if random.chance(10), generator.prisoners > 1 {
                let other = generator.namedPrisoner(&random)
                if other != number { others.append(generator.slug(ofPrisoner: other)) }
            }
            events += SourcesAndEvents.unique(SourcesAndEvents.event(kind: kind, year: arrestYear + random.int(0...3), prisoners: others,
                                             sourceTitles: titles, &random), after: events)
        }
        if kind(status) == "death" {
            events += SourcesAndEvents.event(kind: "death", year: arrestYear + 4, prisoners: [], sourceTitles: titles, &random)
        }
        if !events.isEmpty { yaml += "events:\n" + events }
        _ = slug
        yaml += "---\n"

        var prose = ProseWriter(random: random)
        let words = random.int(300...1200)
        return GeneratedFile(text: yaml + prose.body(words: words, about: identity.name), name: identity.name, alias: aliases.first,
                             eventCount: GeneratedFile.items(in: events), sourceCount: titles.count, words: words)
    }

    /// A few percent of people were held before (a second detention), and a few others had their
    /// sentence changed, chosen by number so the corpus stays the same for a seed.
    var isHeldBefore: Bool { number % 25 == 6 }
    var hasChangedSentence: Bool { number % 33 == 7 }
    static let releaseKinds = ["served", "pardoned", "amnestied", "conditional"]

    /// A charge as an item of `charges`: its article when it has one (`NamePools.chargeArticles`),
    /// with its text in every other file and from `content/charges.yml` in the rest, else the text.
    static func charge(_ text: String, number: Int) -> String {
        guard let index = NamePools.charges.firstIndex(of: text), let article = NamePools.chargeArticles[index] else {
            return YAMLText.quoted(text)
        }
        return number % 2 == 0 ? "{article: \"\(article)\", text: \(YAMLText.quoted(text))}" : "{article: \"\(article)\"}"
    }

    /// Keys written at the top level, as an item of a list under `detentions`.
    static func item(_ keys: String) -> String {
        var lines = keys.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        lines.removeLast()
        lines[0] = "  - " + lines[0].dropFirst(4)
        return lines.joined(separator: "\n") + "\n"
    }

    private func kind(_ status: String) -> String { status == "deceased" ? "death" : "" }

    private func weightedStatus(_ random: inout SeededRandom) -> String {
        var roll = random.int(1...Self.statusWeights.reduce(0, +))
        for (status, weight) in zip(Self.statuses, Self.statusWeights) {
            if roll <= weight { return status }
            roll -= weight
        }
        return Self.statuses[0]
    }

    /// A term; for someone still imprisoned, one that has not ended by the corpus's latest date
    /// (a held status after the term is a warning, `W006 term-ended`). The same draws either way.
    private func term(_ random: inout SeededRandom, imprisonedSince arrestYear: Int? = nil) -> String {
        let drawn: String = switch random.int(0...9) {
        case 0: "life"
        case 1: "\(random.int(3...11))m"
        case 2: "\(random.int(10...90))d"
        case 3, 4: "\(random.int(1...12))y\(random.int(1...11))m"
        default: "\(random.int(1...15))y"
        }
        guard let arrestYear, drawn != "life" else { return drawn }
        return "\(GeneratedDate.latest.year + 2 - arrestYear)y"
    }
}
