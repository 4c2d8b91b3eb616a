/// Markdown bodies of a given length: headings, paragraphs with emphasis and links,
/// bullet and numbered lists, quotes and the odd bit of code.
struct ProseWriter {
    var random: SeededRandom
    private(set) var text = ""
    private var words = 0

    init(random: SeededRandom) { self.random = random }

    /// A body of about `target` words (a little over: the last block is finished).
    mutating func body(words target: Int, about name: String?) -> String {
        text.reserveCapacity(target * 7)
        paragraph(mentioning: name)
        while words < target {
            switch random.int(0...9) {
            case 0: heading()
            case 1: bulletList()
            case 2: numberedList()
            case 3: quote()
            default: paragraph(mentioning: random.chance(20) ? name : nil)
            }
        }
        return text
    }

    private mutating func sentence(mentioning name: String? = nil) -> String {
        let count = random.int(6...22)
        var parts: [String] = []
        parts.reserveCapacity(count + 1)
        for index in 0..<count {
            var word = random.pick(NamePools.words)
            if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            switch random.int(0...40) {
            case 0: word = "*\(word)*"
            case 1: word = "**\(word)**"
            case 2: word = "[\(word)](https://\(random.pick(NamePools.hosts))/news/\(random.int(1000...99999)))"
            case 3 where index > 0: word = "\"\(word)\""
            case 4 where index > 0: word = "`\(word)`"
            default: break
            }
            parts.append(word)
        }
        if let name { parts.insert(name, at: random.int(1...count)) }
        words += parts.count
        let end = random.chance(10) ? ";" : random.chance(10) ? "?" : "."
        return parts.joined(separator: " ") + (end == ";" ? ", " + (random.pick(NamePools.words)) + " " + random.pick(NamePools.words) + "." : end)
    }

    private mutating func paragraph(mentioning name: String?) {
        var sentences: [String] = []
        for index in 0..<random.int(2...6) { sentences.append(sentence(mentioning: index == 0 ? name : nil)) }
        text += sentences.joined(separator: " ") + "\n\n"
    }

    private mutating func heading() {
        let level = random.chance(70) ? "##" : "###"
        var title = random.pick(NamePools.words)
        title = title.prefix(1).uppercased() + title.dropFirst()
        for _ in 0..<random.int(1...5) { title += " " + random.pick(NamePools.words) }
        words += 3
        text += "\(level) \(title)\n\n"
    }

    private mutating func bulletList() {
        for _ in 0..<random.int(2...5) { text += "- " + sentence() + "\n" }
        text += "\n"
    }

    private mutating func numberedList() {
        for number in 1...random.int(2...5) { text += "\(number). " + sentence() + "\n" }
        text += "\n"
    }

    private mutating func quote() {
        text += "> " + sentence() + " " + sentence() + "\n"
        if random.chance(50) { text += ">\n> — " + random.pick(NamePools.publishers) + "\n" }
        text += "\n"
    }
}
