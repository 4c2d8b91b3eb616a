import Foundation
import Testing
@testable import DocketBuilder
@testable import DocketCorpus
@testable import DocketModel

@Suite struct CorpusGeneratorTests {
    private func generated(prisoners: Int = 30, articles: Int = 30, seed: UInt64 = 7) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-corpus-\(UUID().uuidString)")
        try CorpusGenerator(prisoners: prisoners, articles: articles, seed: seed).write(to: folder)
        return folder
    }

    @Test func generatedCorpusLoadsWithoutErrors() throws {
        let folder = try generated()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = SiteLoader(siteDirectory: folder).load()
        #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        // Every article a charge cites and every prison named is in the generated lists.
        #expect(outcome.diagnostics.filter { $0.code == .unknownArticle || $0.code == .unknownPrison }.map(\.description) == [])
        let site = try #require(outcome.site)
        let charges = site.prisoners.flatMap { $0.detentions.flatMap(\.charges) }
        #expect(charges.contains { $0.article != nil && $0.text != nil } && charges.contains { $0.article == nil })
        #expect(site.prisoners.contains { $0.prisonSlug != nil })
        #expect(site.prisoners.count == 30)
        #expect(site.articles.count == 30)
        #expect(Set(site.prisoners.map(\.status)) == Set(PrisonerStatus.allCases))
        let kinds = Set((site.prisoners.flatMap(\.events) + site.articles.flatMap(\.events)).map(\.kind))
        #expect(kinds == Set(EventKind.allCases))
        // A few are held a second time, and a few have a sentence changed on appeal.
        #expect(site.prisoners.contains { $0.detentions.count == 2 && $0.previousDetentions.first?.releaseKind != nil })
        #expect(site.prisoners.contains { !($0.sentence?.changes.isEmpty ?? true) })
    }

    /// Namesakes get a patronymic, so the generated monitor has no two files `check` takes for
    /// one person (a warning would also keep the build cache from being recorded).
    @Test func namesakesAreToldApart() throws {
        let generator = CorpusGenerator(prisoners: 3000, articles: 1, seed: 1)
        var names: [(file: String, names: [PersonName])] = []
        for number in 0..<3000 {
            let (path, text) = generator.prisonerFile(number)
            let result = PrisonerDecoder.decode(bytes: Array(text.utf8), path: "content/" + path)
            names.append(("content/" + path, result.names))
        }
        #expect(DuplicatePeople.check(names).map(\.description).prefix(3) == [])
        #expect(generator.patronymics.contains { $0 != nil })
        // Written as the field, not in the name: every file has one, the first of a name the first father's.
        let first = try #require(generator.patronymics.firstIndex { $0 != nil })
        let (_, text) = generator.prisonerFile(first)
        #expect(text.contains("\npatronymic: \"\(generator.patronymics[first]!)\"\n"))
        #expect(!text.contains(" oglu ") && generator.patronymics[first] == NamePools.fathers[0] + " oglu")
        #expect(generator.slug(ofPrisoner: 2999).hasSuffix("-3000"))
    }

    /// With languages, each file has a translation per language, with one event text for each
    /// event the original writes and one title for each source, in the same order; the English
    /// files are the same bytes as without.
    @Test func translationsFollowTheOriginalsShape() throws {
        let plain = CorpusGenerator(prisoners: 40, articles: 40, seed: 3)
        let generator = CorpusGenerator(prisoners: 40, articles: 40, seed: 3, languages: ["az", "ru"])
        #expect(generator.siteFile.hasSuffix("languages:\n  - en\n  - az\n  - ru\n"))
        func items(_ text: String, _ prefix: String) -> Int { text.split(separator: "\n").count { $0.hasPrefix(prefix) } }
        for number in 0..<40 {
            let files = generator.prisonerFiles(number)
            #expect(files.map(\.0) == ["", ".az", ".ru"].map { "prisoners/\(generator.slug(ofPrisoner: number))\($0).md" })
            #expect(files[0] == plain.prisonerFile(number))
            let original = PrisonerDecoder.decode(bytes: Array(files[0].1.utf8), path: "content/" + files[0].0)
            let record = try #require(original.prisoner)
            for (_, translation) in files.dropFirst() {
                #expect(items(translation, "  - text:") == record.events.count { !$0.isDerived })
                #expect(items(translation, "  - title:") == record.sources.count)
            }
            #expect(files[2].1.contains { ("А"..."я").contains($0) }, "the Russian name is in Cyrillic")
            let reports = generator.articleFiles(number)
            #expect(reports[0] == plain.articleFile(number))
            #expect(reports.count == 3)
        }
    }

    @Test func sameSeedGivesSameBytes() throws {
        let generator = CorpusGenerator(prisoners: 30, articles: 30, seed: 11)
        for number in 0..<30 {
            #expect(generator.prisonerFile(number) == CorpusGenerator(prisoners: 30, articles: 30, seed: 11).prisonerFile(number))
            #expect(generator.articleFile(number) == CorpusGenerator(prisoners: 30, articles: 30, seed: 11).articleFile(number))
        }
        let first = try generated(seed: 11)
        let second = try generated(seed: 11)
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let names = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
        #expect(names == (try FileManager.default.subpathsOfDirectory(atPath: second.path).sorted()))
        for name in names where name.hasSuffix(".md") || name.hasSuffix(".yml") {
            #expect(FileManager.default.contents(atPath: first.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: second.appendingPathComponent(name).path), "\(name) differs")
        }
        #expect(CorpusGenerator(prisoners: 30, articles: 30, seed: 12).prisonerFile(3) != generator.prisonerFile(3))
    }

    @Test func bodiesHaveTheirWordCounts() {
        let generator = CorpusGenerator(prisoners: 50, articles: 50, seed: 3)
        for number in 0..<50 {
            let text = generator.articleFile(number).1
            let body = text.components(separatedBy: "\n---\n").last ?? ""
            let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            #expect(words >= 300 && words <= 1_400, "report \(number) has \(words) words")
        }
    }
}
