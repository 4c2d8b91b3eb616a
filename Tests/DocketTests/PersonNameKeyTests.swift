import DocketEditing
import DocketSupport
import Foundation
import Testing
@testable import DocketModel

/// Part 5 of issue 21: names folded to a key, so that one person written twice is found.
@Suite struct PersonNameKeyTests {
    private func meet(_ names: String...) -> Bool {
        let keys = names.map(PersonNameKey.key)
        return keys.allSatisfy { $0 != nil && $0 == keys[0] }
    }

    @Test func spellingsOfOneNameMeet() {
        #expect(meet("Tofiq Yaqublu", "Tofig Yagublu", "Тофиг Ягублу", "TOFIQ YAQUBLU", "Yagublu Tofig"))
        #expect(meet("Gilal Mamedov", "Hilal Mammadov", "Hilal Məmmədov", "Гилал Мамедов"))
        #expect(meet("Parviz Gashimli", "Parviz Hashimli", "Pərviz Həşimli", "Парвиз Гашимли"))
        #expect(meet("Khadija Ismayilova", "Xədicə İsmayılova", "Хадиджа Исмаилова", "Хадиджа Исмайлова"))
        #expect(meet("Rasul Jafarov", "Rəsul Cəfərov", "Расул Джафаров", "Rasoul Dzhafarov"))
        #expect(meet("Intigam Aliyev", "İntiqam Əliyev", "Интигам Алиев"))
        #expect(meet("Mehman Huseynov", "Mehman Hüseynov", "Мехман Гусейнов"))
        #expect(meet("Yevgeny Orlov", "Evgeniy Orlov", "Евгений Орлов"))
        #expect(meet("Ilgar Mammadov", "İlqar Məmmədov"))
        #expect(meet("Afgan Mukhtarli", "Əfqan Muxtarlı"))
        #expect(meet("Anar O'Neil", "Anar ONeil", "Anar O’Neil"))
    }

    @Test func differentPeopleStayApart() {
        #expect(!meet("Tofig Yagublu", "Tofig Yusifov"))
        #expect(!meet("Anar Mammadli", "Anar Mammadov"))
        #expect(!meet("Ilgar Mammadov", "Ilkin Mammadov"))
        #expect(!meet("Rasul Jafarov", "Rauf Jafarov"))
        #expect(!meet("Emin Huseynov", "Mehman Huseynov"))
        #expect(!meet("Leyla Yunus", "Arif Yunus"))
        #expect(!meet("Khadija Ismayilova", "Khadija Ismayilov"))
        #expect(!meet("Seymur Hazi", "Seymur Haziyev"))
        #expect(!meet("Nijat Aliyev", "Nijat Alizada"))
    }

    @Test func oneWordHasNoKey() {
        #expect(PersonNameKey.key("Ali") == nil)
        #expect(PersonNameKey.key("  ") == nil)
        #expect(PersonNameKey.key("刘晓波") == nil)
        #expect(PersonNameKey.key("Tofiq Yaqublu") == "iagublu tofig")
    }

    @Test func theFoldRules() {
        #expect(PersonNameKey.fold("dzhafarov") == PersonNameKey.fold("jafarov"))
        #expect(PersonNameKey.fold("khadija") == PersonNameKey.fold("xadija"))
        #expect(PersonNameKey.fold("mammadov") == "mamadov")
        #expect(PersonNameKey.fold("shahin") != PersonNameKey.fold("sahin"))  // ş and s are different letters
        #expect(PersonNameKey.fold("chingiz") != PersonNameKey.fold("jingiz"))
    }

    /// `docket new`'s slugs come from the same romanisation, and are what they were.
    @Test func slugsAreTheRomanisedWords() {
        for name in ["Xədicə İsmayılova", "Щербаков Юрий Ёлкин", "Anar O'Neil", "Çağdaş Öztürk", "Съезд объём", "Ǆemal Đokić"] {
            #expect(Slugger.slug(name) == Romanisation.words(name).joined(separator: "-"))
        }
        #expect(Romanisation.words("Съезд объём") == ["sezd", "obyom"])
    }

    // MARK: - The warning

    @Test func twoFilesForOnePersonAreAWarningAtBothLines() throws {
        let site = try TestSite()
        try site.prisoner("rauf-qasimov", "name: Rauf Qasımov\ncountry: Azerbaijan\nstatus: imprisoned")
        try site.prisoner("rauf-gasymov", "name: Rauf Gasymov\ncountry: Azerbaijan\nstatus: detained\naliases:\n  - R. G.\n  - Рауф Гасымов")
        try site.prisoner("ruslan-gasymov", "name: Ruslan Gasymov\ncountry: Azerbaijan\nstatus: detained")
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [
            "content/prisoners/rauf-qasimov.md:2:7: warning: \"Rauf Qasımov\" meets \"Rauf Gasymov\" in content/prisoners/rauf-gasymov.md:2 "
                + "once spelling is set aside; if this is the same person, keep one file and put the other spellings in its aliases "
                + "[W005 duplicate-person]",
        ])
        #expect(outcome.site?.prisoners.count == 3)  // a warning: the site still builds
    }

    @Test func anAliasMeetingAnotherFilesNameIsFoundAtTheAlias() throws {
        let site = try TestSite()
        try site.prisoner("a-first", "name: Samir Valiyev\ncountry: Azerbaijan\nstatus: detained")
        try site.prisoner("b-second", "name: S. Valiev\ncountry: Azerbaijan\nstatus: detained\naliases: [Самир Велиев]\nname_native: Samir Vəliyev")
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/b-second.md:5:11: warning: \"Самир Велиев\" meets \"Samir Valiyev\" in content/prisoners/a-first.md:2 "
                + "once spelling is set aside; if this is the same person, keep one file and put the other spellings in its aliases "
                + "[W005 duplicate-person]",
        ])
    }

    @Test func aFilesOwnSpellingsAndOneWordAliasesAreNotDuplicates() throws {
        let site = try TestSite()
        try site.prisoner("samir-valiyev", "name: Samir Valiyev\ncountry: Azerbaijan\nstatus: detained\naliases: [Samir Vəliyev, Samir]\nname_native: Самир Велиев")
        try site.prisoner("samir-aliyev", "name: Samir Aliyev\ncountry: Azerbaijan\nstatus: detained\naliases: [Samir]")
        #expect(rendered(site.load().diagnostics) == [])
    }

    // MARK: - docket new

    private let today = try! PartialDate(parsing: "2016-01-15")

    @Test func newRefusesAPersonWhoseNameMeetsAnExistingOne() throws {
        let site = try TestSite()
        try site.prisoner("sub/rauf-qasimov", "name: Rauf Qasımov\ncountry: Azerbaijan\nstatus: imprisoned\naliases: [Рауф Гасымов]")
        let request = NewContent.Request(kind: .prisoner, title: " Rauf Gasimov ", date: today)
        #expect(throws: NewContent.Failure.samePerson(name: "Rauf Gasimov", existing: "Rauf Qasımov",
                                                      path: "content/prisoners/sub/rauf-qasimov.md", line: 2)) {
            try NewContent.create(request, siteDirectory: site.root)
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/prisoners/rauf-gasimov.md").path))
        #expect(NewContent.Failure.samePerson(name: "Rauf Gasimov", existing: "Rauf Qasımov", path: "content/prisoners/sub/rauf-qasimov.md", line: 2)
            .description == "\"Rauf Gasimov\" meets \"Rauf Qasımov\" in content/prisoners/sub/rauf-qasimov.md:2 once spelling is set aside; "
            + "nothing was written (if this is the same person, edit that file; if it is someone else of the same name, add --namesake)")

        var namesake = request
        namesake.namesake = true
        #expect(try NewContent.create(namesake, siteDirectory: site.root) == "content/prisoners/rauf-gasimov.md")
        // Someone else altogether is created as before.
        #expect(try NewContent.create(NewContent.Request(kind: .prisoner, title: "Ruslan Qasımov", date: today), siteDirectory: site.root)
                == "content/prisoners/ruslan-qasimov.md")
    }

    @Test func newReadsNamesFromFilesWithOtherProblems() throws {
        let site = try TestSite()
        try site.prisoner("broken", "name: Rauf Qasımov\nstatus: unknown-status\naliases: [Рауф Гасымов]")
        #expect(throws: NewContent.Failure.samePerson(name: "Рауф Гасымов", existing: "Rauf Qasımov", path: "content/prisoners/broken.md", line: 2)) {
            try NewContent.create(NewContent.Request(kind: .prisoner, title: "Рауф Гасымов", date: today), siteDirectory: site.root)
        }
    }
}
