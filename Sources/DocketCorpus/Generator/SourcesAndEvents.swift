import DocketSupport

/// The `sources` and `events` lists both kinds of file share.
enum SourcesAndEvents {
    static let kinds = [
        "arrest", "charge", "detention-extended", "hearing", "trial", "sentence", "appeal", "transfer", "hunger-strike",
        "visit-denied", "health", "release", "pardon", "amnesty", "acquittal", "death", "award", "statement",
        "legislation", "other",
    ]

    /// 1 to `most` sources; returns their YAML and titles.
    static func sources(_ random: inout SeededRandom, count: Int) -> (yaml: String, titles: [String]) {
        guard count > 0 else { return ("", []) }
        var yaml = "sources:\n"
        var titles: [String] = []
        for index in 0..<count {
            let host = random.int(0...(NamePools.hosts.count - 1))
            let title = "\(NamePools.publishers[host]) report \(index + 1)"
            titles.append(title)
            yaml += "  - title: \(YAMLText.quoted(title))\n"
            yaml += "    url: https://\(NamePools.hosts[host])/\(random.int(2000...2025))/\(random.int(10000...999999))\n"
            if random.chance(70) { yaml += "    publisher: \(YAMLText.quoted(NamePools.publishers[host]))\n" }
            if random.chance(60) { yaml += "    date: \(GeneratedDate.random(year: random.int(2005...2025), &random).text)\n" }
        }
        return (yaml, titles)
    }

    /// `event`, unless the file's events already hold one with the same date, kind and text
    /// (Docket would warn about the repeat, and a warning keeps the build cache off).
    static func unique(_ event: String, after events: String) -> String {
        let head = event.split(separator: "\n").prefix(3).joined(separator: "\n")
        return events.contains(head) ? "" : event
    }

    /// One event item; `prisoners` are extra slugs to name.
    static func event(kind: String, year: Int, prisoners: [String], sourceTitles: [String], _ random: inout SeededRandom) -> String {
        let date = GeneratedDate.random(year: year, &random, dayPercent: 55, monthPercent: 30)
        var text = eventText(kind, &random)
        if random.chance(25) { text = text.replacingFirst("the", with: "*the*") }
        var yaml = "  - date: \(date.text)\n    kind: \(kind)\n    text: \(YAMLText.quoted(text))\n"
        if !prisoners.isEmpty { yaml += "    prisoners: [\(prisoners.joined(separator: ", "))]\n" }
        if !sourceTitles.isEmpty, random.chance(50) {
            yaml += "    source: \(YAMLText.quoted(random.pick(sourceTitles)))\n"
        } else if random.chance(20) {
            yaml += "    source: https://\(random.pick(NamePools.hosts))/event/\(random.int(1000...99999))\n"
        }
        return yaml
    }

    private static func eventText(_ kind: String, _ random: inout SeededRandom) -> String {
        let court = random.pick(NamePools.courts)
        switch kind {
        case "arrest": return "Detained by police after the publication of an investigation."
        case "charge": return "Charged with \(random.pick(NamePools.charges).lowercased())."
        case "detention-extended": return "\(court) extends pre-trial detention by \(random.int(1...4)) months."
        case "hearing": return "A hearing at \(court) is postponed for the \(random.int(2...9))th time."
        case "trial": return "The trial opens at \(court); the press is kept out of the room."
        case "sentence": return "Sentenced by \(court) to \(random.int(2...12)) years."
        case "appeal": return "The appeal is rejected; the sentence is upheld."
        case "transfer": return "Transferred to \(random.pick(NamePools.prisons))."
        case "hunger-strike": return "Begins a hunger strike in protest at prison conditions."
        case "visit-denied": return "The lawyer \(random.pick(NamePools.lawyers)) is refused a visit."
        case "health": return "Family reports that the prisoner's health has worsened and treatment is denied."
        case "release": return "Released after serving the sentence."
        case "pardon": return "Freed under a presidential pardon decree."
        case "amnesty": return "An amnesty law frees \(random.int(20...900)) prisoners, none of them journalists."
        case "acquittal": return "Acquitted on appeal by the Supreme Court."
        case "death": return "Dies in custody; the authorities give no cause."
        case "award": return "Receives an international press freedom award in absentia."
        case "statement": return "Through the lawyers, asks to be **acquitted** rather than pardoned."
        case "legislation": return "Parliament adopts amendments tightening the law on foreign funding of media."
        default: return "The case is raised at the [Council of Europe](https://www.coe.int/)."
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
