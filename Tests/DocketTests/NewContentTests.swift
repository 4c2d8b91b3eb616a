import DocketEditing
import DocketSupport
import Foundation
import Testing
@testable import DocketModel

@Suite struct NewContentTests {
    private let today = try! PartialDate(parsing: "2016-01-15")

    private func prisoner(_ name: String, country: String? = "Azerbaijan", status: PrisonerStatus? = .imprisoned,
                          slug: String? = nil) -> NewContent.Request {
        NewContent.Request(kind: .prisoner, title: name, slug: slug, country: country, status: status, date: today)
    }

    @Test func createsAPrisonerFileThatLoadsWithoutProblems() throws {
        let site = try TestSite()
        let path = try NewContent.create(prisoner("Xədicə İsmayılova"), siteDirectory: site.root)
        #expect(path == "content/prisoners/xedice-ismayilova.md")
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        let person = try #require(outcome.site?.prisoners.first)
        #expect(person.slug == "xedice-ismayilova")
        #expect(person.name == "Xədicə İsmayılova")
        #expect(person.country == "Azerbaijan")
        #expect(person.status == .imprisoned)
    }

    @Test func theFileNamesTheOptionalKeysInComments() {
        let text = NewContent.text(prisoner("Gilal Mamedov"))
        #expect(text.hasPrefix("---\nname: \"Gilal Mamedov\"\ncountry: \"Azerbaijan\"\nstatus: imprisoned"))
        for key in ["aliases", "name_native", "arrested", "charges", "sentence", "sources", "events", "draft"] {
            #expect(text.contains("#") && text.contains(key), "\(key)")
        }
    }

    /// Every key a prisoner's or a report's front matter may have is named in the new file, in
    /// its comment or as a line of its own, so a new field cannot be left out of `docket new`.
    @Test func theCommentNamesEveryKeyOfItsKind() {
        let kinds: [(NewContent.Request, [String])] = [
            (prisoner("Gilal Mamedov"), PrisonerDecoder.keys),
            (NewContent.Request(kind: .article, title: "A report", date: today), ArticleDecoder.keys),
        ]
        for (request, keys) in kinds {
            let text = NewContent.text(request)
            let named = Set(text.split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init))
            for key in keys {
                #expect(named.contains(key), "docket new \(request.kind) does not name \(key)")
            }
        }
    }

    @Test func missingCountryAndStatusAreMarkedAndCheckReportsThem() throws {
        let site = try TestSite()
        try NewContent.create(prisoner("Гилал Мамедов", country: nil, status: nil), siteDirectory: site.root)
        #expect(rendered(site.load().diagnostics) == [
            "content/prisoners/gilal-mamedov.md:3:1: error: missing required key \"country\" in prisoner front matter [E021 missing-key]",
            "content/prisoners/gilal-mamedov.md:4:1: error: missing required key \"status\" in prisoner front matter [E021 missing-key]",
        ])
        let text = try String(contentsOf: site.root.appendingPathComponent("content/prisoners/gilal-mamedov.md"), encoding: .utf8)
        #expect(text.contains("country:    # REQUIRED"))
    }

    @Test func quotesAndColonsInANameStayText() throws {
        let site = try TestSite()
        try NewContent.create(prisoner("Ali \"Baba\": #1 \\ x"), siteDirectory: site.root)
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        #expect(outcome.site?.prisoners.first?.name == "Ali \"Baba\": #1 \\ x")
    }

    @Test func createsADatedArticleThatLoads() throws {
        let site = try TestSite()
        let request = NewContent.Request(kind: .article, title: "Journalists sentenced in Baku", date: today)
        let path = try NewContent.create(request, siteDirectory: site.root)
        #expect(path == "content/articles/2016-01-15-journalists-sentenced-in-baku.md")
        let outcome = site.load()
        #expect(rendered(outcome.diagnostics) == [])
        #expect(outcome.site?.articles.first?.title == "Journalists sentenced in Baku")
    }

    @Test func refusesToOverwriteAnExistingFile() throws {
        let site = try TestSite()
        try site.prisoner("xedice-ismayilova", "name: Original\ncountry: Azerbaijan\nstatus: released")
        #expect(throws: NewContent.Failure.exists(path: "content/prisoners/xedice-ismayilova.md")) {
            try NewContent.create(prisoner("Xədicə İsmayılova"), siteDirectory: site.root)
        }
        let text = try String(contentsOf: site.root.appendingPathComponent("content/prisoners/xedice-ismayilova.md"), encoding: .utf8)
        #expect(text.contains("name: Original"))
    }

    /// A file where the kind's folder should be: the typed error names that folder and the
    /// system's reason, and nothing is written.
    @Test func aFileInTheWayOfTheFolderIsNamed() throws {
        let site = try TestSite()
        let folder = site.root.appendingPathComponent("content/prisoners")
        try FileManager.default.removeItem(at: folder)
        try site.write("content/prisoners", "not a folder")
        let blocked = FileSystemError(.create, folder.path, code: EEXIST)
        #expect(throws: NewContent.Failure.cannotWrite(path: "content/prisoners/xedice-ismayilova.md", blocked)) {
            try NewContent.create(prisoner("Xədicə İsmayılova"), siteDirectory: site.root)
        }
        #expect(NewContent.Failure.cannotWrite(path: "content/prisoners/xedice-ismayilova.md", blocked).description
                == "cannot write content/prisoners/xedice-ismayilova.md: cannot create \(folder.path): \(String(cString: strerror(EEXIST)))")
    }

    @Test func detectsTheSameSlugInASubfolder() throws {
        let site = try TestSite()
        try site.write("content/prisoners/2014/xedice-ismayilova.md", "---\nname: X\ncountry: Yemen\nstatus: released\n---\n")
        #expect(throws: NewContent.Failure.slugTaken(slug: "xedice-ismayilova", path: "content/prisoners/2014/xedice-ismayilova.md")) {
            try NewContent.create(prisoner("Xədicə İsmayılova"), siteDirectory: site.root)
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/prisoners/xedice-ismayilova.md").path))
    }

    @Test func differentSpellingsOfOneNameCollide() throws {
        let site = try TestSite()
        try NewContent.create(prisoner("Mehman Hüseynov"), siteDirectory: site.root)
        #expect(throws: NewContent.Failure.exists(path: "content/prisoners/mehman-huseynov.md")) {
            try NewContent.create(prisoner("MEHMAN HÜSEYNOV"), siteDirectory: site.root)
        }
    }

    @Test func aNameWithoutLatinOrCyrillicLettersNeedsASlug() throws {
        let site = try TestSite()
        #expect(throws: NewContent.Failure.noSlug("刘晓波")) {
            try NewContent.create(prisoner("刘晓波"), siteDirectory: site.root)
        }
        #expect(throws: NewContent.Failure.invalidSlug("Liu_Xiaobo")) {
            try NewContent.create(prisoner("刘晓波", slug: "Liu_Xiaobo"), siteDirectory: site.root)
        }
        #expect(try NewContent.create(prisoner("刘晓波", slug: "liu-xiaobo"), siteDirectory: site.root)
                == "content/prisoners/liu-xiaobo.md")
        #expect(rendered(site.load().diagnostics) == [])
    }
}
