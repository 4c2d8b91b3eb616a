import DocketSupport

/// A generated file's translation into another language (`<slug>.<code>.md` beside it), written
/// when the corpus is made with languages (`docket-corpus --languages az,ru`): the name in that
/// language's spelling, an event text for every event the original writes and a title for every
/// source, in the original's order, and a body of the same length. The words are generated, not
/// translated: they exist to give a three-language build the same amount of text as a real one.
struct TranslationFileWriter {
    let language: String
    var random: SeededRandom

    /// A prisoner's translation: `name` and `aliases` as the language writes them.
    func prisoner(name: String, alias: String?, eventCount: Int, sourceCount: Int, words: Int) -> String {
        var yaml = "---\nname: \(YAMLText.quoted(spelled(name)))\n"
        if let alias { yaml += "aliases:\n  - \(YAMLText.quoted(spelled(alias)))\n" }
        return yaml + lists(eventCount: eventCount, sourceCount: sourceCount) + "---\n" + body(words: words, about: spelled(name))
    }

    /// A report's translation: `title` and `summary` in the language's words.
    func article(title: String, hasSummary: Bool, eventCount: Int, sourceCount: Int, words: Int, about name: String) -> String {
        var yaml = "---\ntitle: \(YAMLText.quoted(phrase(.title) + " " + spelled(name)))\n"
        if hasSummary { yaml += "summary: \(YAMLText.quoted(phrase(.summary) + " " + spelled(name) + "."))\n" }
        _ = title
        return yaml + lists(eventCount: eventCount, sourceCount: sourceCount) + "---\n" + body(words: words, about: spelled(name))
    }

    private func lists(eventCount: Int, sourceCount: Int) -> String {
        var yaml = ""
        if sourceCount > 0 {
            yaml += "sources:\n" + (1...sourceCount).map { "  - title: \(YAMLText.quoted(phrase(.source) + " \($0)"))\n" }.joined()
        }
        if eventCount > 0 {
            yaml += "events:\n" + (1...eventCount).map { "  - text: \(YAMLText.quoted(phrase(.event) + " \($0)."))\n" }.joined()
        }
        return yaml
    }

    private enum Phrase { case title, summary, source, event }

    private func phrase(_ phrase: Phrase) -> String {
        switch (language, phrase) {
        case ("ru", .title): "Новости по делу:"
        case ("ru", .summary): "Что произошло в деле:"
        case ("ru", .source): "Источник"
        case ("ru", .event): "Событие в деле, запись"
        case (_, .title): "İş üzrə xəbərlər:"
        case (_, .summary): "İşdə nə baş verdi:"
        case (_, .source): "Mənbə"
        case (_, .event): "İşdə hadisə, qeyd"
        }
    }

    /// The name in Cyrillic for Russian (letter by letter), as it is for Azerbaijani.
    func spelled(_ name: String) -> String {
        guard language == "ru" else { return name }
        var out = ""
        var rest = Substring(name)
        while let first = rest.first {
            if let (latin, cyrillic) = Self.digraphs.first(where: { rest.hasPrefix($0.0) }) {
                out += cyrillic
                rest = rest.dropFirst(latin.count)
            } else {
                out += Self.letters[first].map(String.init) ?? String(first)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    private static let digraphs: [(String, String)] = [
        ("Kh", "Х"), ("kh", "х"), ("Zh", "Ж"), ("zh", "ж"), ("Sh", "Ш"), ("sh", "ш"), ("Ch", "Ч"), ("ch", "ч"),
        ("Ya", "Я"), ("ya", "я"), ("Yu", "Ю"), ("yu", "ю"), ("Ye", "Е"), ("ye", "е"),
        ("J", "Дж"), ("j", "дж"), ("X", "Кс"), ("x", "кс"), ("Q", "К"), ("q", "к"), ("W", "В"), ("w", "в"),
        ("ü", "ю"), ("Ş", "Ш"), ("ş", "ш"), ("ı", "ы"),
    ]
    private static let letters: [Character: Character] = {
        let latin = Array("ABCDEFGHIJKLMNOPRSTUVYZabcdefghijklmnoprstuvyz")
        let cyrillic = Array("АБЦДЕФГХИДКЛМНОПРСТУВЙЗабцдефгхидклмнопрстувйз")
        return Dictionary(uniqueKeysWithValues: zip(latin, cyrillic))
    }()

    private func body(words: Int, about name: String) -> String {
        var prose = ProseWriter(random: random)
        return prose.body(words: words, about: name)
    }
}

/// A generated file's text, and the shape of it a translation follows.
struct GeneratedFile {
    let text: String
    /// The person's name (for a report, the first person it names).
    let name: String
    let alias: String?
    /// The events and sources the file writes, in order.
    let eventCount: Int
    let sourceCount: Int
    /// The body's length in words.
    let words: Int
    var title: String = ""
    var hasSummary = false

    /// The items of an `events:` list as the writers make it (each starts `  - date:`).
    static func items(in events: String) -> Int {
        events.split(separator: "\n").count { $0.hasPrefix("  - date:") }
    }
}
