import DocketSupport
import Dispatch
import Foundation

/// A synthetic monitor in our content format, the same bytes for the same seed and sizes:
/// `content/site.yml`, `content/prisoners/*.md` and `content/articles/*.md`.
///
/// Each file is generated from its own random stream (seed, kind, number), so files can be
/// generated in any order and on any number of threads.
public struct CorpusGenerator: Sendable {
    public let prisoners: Int
    public let articles: Int
    public let seed: UInt64
    /// Languages besides English (`az`, `ru`): site.yml declares them, and every prisoner and
    /// report gets a translation into each (`TranslationFileWriter`). None: one language, as before.
    public let languages: [String]

    /// The first prisoners are "popular": named by a large share of the articles.
    static let popularCount = 8

    /// Every prisoner's patronymic (`Kamran oglu`), written as `patronymic:`: the first of a
    /// given and family name gets the first father's name, the next namesake the second, and so
    /// on, so a generated monitor holds no two files that `docket check` would take for one
    /// person (namesakes with different patronymics are two people, while one without a
    /// patronymic would still meet the others). Each depends only on the files before it, so a
    /// monitor made larger keeps the files it had.
    let patronymics: [String?]

    public init(prisoners: Int, articles: Int, seed: UInt64 = 1, languages: [String] = []) {
        self.prisoners = max(1, prisoners)
        self.articles = max(0, articles)
        self.seed = seed
        self.languages = languages
        var seen: [String: Int] = [:]
        var patronymics: [String?] = []
        patronymics.reserveCapacity(self.prisoners)
        for number in 0..<self.prisoners {
            var random = Self.stream(seed: seed, kind: 0, number)
            let pair = "\(random.pick(NamePools.givenNames).0) \(random.pick(NamePools.familyNames).0)"
            let earlier = seen[pair, default: 0]
            seen[pair] = earlier + 1
            patronymics.append(NamePools.fathers[earlier % NamePools.fathers.count] + " oglu")
        }
        self.patronymics = patronymics
    }

    public static let siteYML = """
    title: Synthetic Press Freedom Monitor
    base_url: https://monitor.example.org/
    language: en
    description: A generated monitor for benchmarks and tests; every name and fact in it is invented.

    """

    /// site.yml, declaring `languages` when the corpus has more than English.
    public var siteFile: String {
        guard !languages.isEmpty else { return Self.siteYML }
        return Self.siteYML + "languages:\n  - en\n" + languages.map { "  - \($0)\n" }.joined()
    }

    /// `content/prisons.yml`: the prisons the files name, so each has its page.
    public static var prisonsYML: String {
        zip(NamePools.prisonEntries, NamePools.prisons).map { entry, name in
            "\(entry.slug):\n  name: \(YAMLText.quoted(name))\n  kind: \(entry.kind)\n  place: \(YAMLText.quoted(entry.place))\n"
        }.joined()
    }

    /// `content/charges.yml`: the articles the files' charges cite, each with its text.
    public static var chargesYML: String {
        zip(NamePools.chargeArticles, NamePools.charges).compactMap { article, text in
            article.map { "\"\($0)\": \(YAMLText.quoted(text))\n" }
        }.joined()
    }

    /// Writes the corpus under `directory` (which may exist; `content/` in it is replaced).
    public func write(to directory: URL) throws {
        let fileManager = FileManager.default
        let content = directory.appendingPathComponent("content")
        try? fileManager.removeItem(at: content)
        try fileManager.createDirectory(at: content.appendingPathComponent("prisoners"), withIntermediateDirectories: true)
        try fileManager.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data(siteFile.utf8).write(to: content.appendingPathComponent("site.yml"))
        try Data(Self.prisonsYML.utf8).write(to: content.appendingPathComponent("prisons.yml"))
        try Data(Self.chargesYML.utf8).write(to: content.appendingPathComponent("charges.yml"))

        let total = prisoners + articles
        DispatchQueue.concurrentPerform(iterations: max(1, min(total, 64))) { worker in
            var number = worker
            while number < total {
                for (path, text) in number < prisoners ? prisonerFiles(number) : articleFiles(number - prisoners) {
                    _ = fileManager.createFile(atPath: content.appendingPathComponent(path).path, contents: Data(text.utf8))
                }
                number += 64
            }
        }
        // Every file is there (counted once all threads are done; every name is distinct).
        for (folder, expected) in [("prisoners", prisoners), ("articles", articles)] {
            let path = content.appendingPathComponent(folder).path
            let written = (try? fileManager.contentsOfDirectory(atPath: path).count) ?? 0
            if written != expected * (1 + languages.count) { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        }
    }

    /// `prisoners/<slug>.md` and its text.
    public func prisonerFile(_ number: Int) -> (String, String) {
        let writer = PrisonerFileWriter(generator: self, number: number, random: random(kind: 1, number))
        return ("prisoners/\(slug(ofPrisoner: number)).md", writer.text())
    }

    /// `prisoners/<slug>.md` and its translations (`prisoners/<slug>.az.md`), with their text.
    func prisonerFiles(_ number: Int) -> [(String, String)] {
        let written = PrisonerFileWriter(generator: self, number: number, random: random(kind: 1, number)).written()
        let slug = slug(ofPrisoner: number)
        return [("prisoners/\(slug).md", written.text)] + languages.enumerated().map { index, language in
            let writer = TranslationFileWriter(language: language, random: random(kind: 3 + UInt64(index), number))
            return ("prisoners/\(slug).\(language).md", writer.prisoner(name: written.name, alias: written.alias, eventCount: written.eventCount,
                                                                      sourceCount: written.sourceCount, words: written.words))
        }
    }

    /// `articles/<slug>.md` and its translations, with their text.
    func articleFiles(_ number: Int) -> [(String, String)] {
        let writer = ArticleFileWriter(generator: self, number: number, random: random(kind: 2, number))
        let written = writer.written()
        return [("articles/\(writer.slug).md", written.text)] + languages.enumerated().map { index, language in
            let translator = TranslationFileWriter(language: language, random: random(kind: 13 + UInt64(index), number))
            return ("articles/\(writer.slug).\(language).md", translator.article(title: written.title, hasSummary: written.hasSummary,
                                                                              eventCount: written.eventCount, sourceCount: written.sourceCount,
                                                                              words: written.words, about: written.name))
        }
    }

    /// `articles/<slug>.md` and its text.
    public func articleFile(_ number: Int) -> (String, String) {
        let writer = ArticleFileWriter(generator: self, number: number, random: random(kind: 2, number))
        return ("articles/\(writer.slug).md", writer.text())
    }

    // MARK: - Identities every file can compute for any prisoner

    struct Identity {
        let given: (String, String)
        let family: (String, String)
        /// Written as its own key.
        var patronymic: String? = nil
        /// Given name, family name.
        var name: String { spelled(given.0, family.0) }
        /// The same in the other transliteration.
        var otherName: String { spelled(given.1, family.1) }

        func spelled(_ given: String, _ family: String) -> String {
            "\(given) \(family)"
        }
    }

    func identity(ofPrisoner number: Int) -> Identity {
        var random = random(kind: 0, number)
        return Identity(given: random.pick(NamePools.givenNames), family: random.pick(NamePools.familyNames),
                        patronymic: number < patronymics.count ? patronymics[number] : nil)
    }

    /// The slug comes from the given and family name, and the file's number.
    func slug(ofPrisoner number: Int) -> String {
        let identity = identity(ofPrisoner: number)
        return Self.slugify("\(identity.given.0) \(identity.family.0)") + "-\(number + 1)"
    }

    /// A prisoner for an article to name: popular ones a third of the time.
    func namedPrisoner(_ random: inout SeededRandom) -> Int {
        if random.chance(33) { return random.int(0...(min(Self.popularCount, prisoners) - 1)) }
        return random.int(0...(prisoners - 1))
    }

    static func slugify(_ text: String) -> String {
        var out = ""
        var lastWasHyphen = true
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                out += "-"
                lastWasHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    func random(kind: UInt64, _ number: Int) -> SeededRandom {
        Self.stream(seed: seed, kind: kind, number)
    }

    static func stream(seed: UInt64, kind: UInt64, _ number: Int) -> SeededRandom {
        var mixer = SeededRandom(seed: seed ^ (kind &* 0xA24B_AED4_963E_E407) ^ (UInt64(number) &* 0x9FB2_1C65_1E98_DF25))
        return SeededRandom(seed: mixer.next())
    }
}

