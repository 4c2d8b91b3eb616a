import Foundation
import Testing
@testable import DocketModel

/// The catalogue of diagnostic codes: well formed, each used, and most shown by the bad-content suite.
@Suite struct DiagnosticCodeTests {
    /// Codes no case of Tests/BadContent shows, and why: that suite builds broken sites and
    /// expects errors (a case may show a warning beside them, as site-date does), so most
    /// warnings are tested here and in ValidationTests and CheckFormatTests.
    static let notInBadContent: [DiagnosticCode: String] = [
        .unreadableFile: "needs a file the test's user cannot read (tests may run as root)",
        .bodyTooComplex: "RenderCostTests.checkAndBuildRefuseTheFileAtTheLine (a 120 KB body)",
        .previewNotWritten: "only the preview reports it, when its temporary folder cannot be written",
        .searchFailed: "only a build reports it, running Pagefind: SearchTests.missingPagefindIsAnErrorAtTheSettingAndLeavesTheSiteAsItWas",
        .ignoredFile: "a warning: CheckFormatTests.strictTurnsWarningsIntoErrors",
        .duplicateEntry: "a warning: ValidationTests.anEventWrittenTwiceIsShownOnceWithAWarning, and below",
        .creditWithoutPhoto: "a warning: below",
        .staleStatus: "retired: now E047 held-but-released",
        .duplicatePerson: "a warning: PersonNameKeyTests.twoFilesForOnePersonAreAWarningAtBothLines",
        .imageWithoutDescription: "a warning: BodyLinkTargetTests.mediaImagesAreCopiedAndSized",
        .linkToFormerAddress: "a warning: BodyLinkTargetTests.linksToFormerAddressesAreWarningsNamingTheNewOne",
    ]

    @Test func idsAndNamesAreUniqueAndWellFormed() {
        let all = DiagnosticCode.allCases
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(Set(all.map(\.name)).count == all.count)
        for code in all {
            #expect(code.id.range(of: #"^[EW]\d{3}$"#, options: .regularExpression) != nil, "\(code.id)")
            #expect(code.name.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil, "\(code.name)")
            #expect((code.severity == .warning) == code.id.hasPrefix("W"))
            #expect(!code.summary.isEmpty && !code.summary.contains("\n"))
            #expect(code.label == "\(code.id) \(code.name)")
        }
        // Listed in id order, errors first: a new code goes at the end of its letter.
        #expect(all.map(\.id) == all.map(\.id).sorted())
    }

    /// Every case is reported somewhere in the sources (as `.caseName`), outside the catalogue.
    @Test func everyCodeIsUsed() throws {
        let sources = DocketProcess.packageRoot.appendingPathComponent("Sources")
        var text = ""
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", url.lastPathComponent != "DiagnosticCode.swift" else { continue }
            text += try String(contentsOf: url, encoding: .utf8)
        }
        for code in DiagnosticCode.allCases where !DiagnosticCode.retired.contains(code) {
            let pattern = "\\.\(code)\\b"
            #expect(text.range(of: pattern, options: .regularExpression) != nil, "\(code.label) is never reported")
        }
    }

    /// The codes the expectations of Tests/BadContent show are real ones, and they cover every
    /// code but those in `notInBadContent`.
    @Test func theBadContentSuiteShowsMostCodes() throws {
        var shown: Set<DiagnosticCode> = []
        for name in BadContentTests.cases {
            let expected = try String(contentsOf: BadContentTests.suite.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8)
            for line in expected.split(separator: "\n") where !line.hasPrefix("#") {
                guard let open = line.lastIndex(of: "["), line.hasSuffix("]") else {
                    Issue.record("\(name): no code at the end of \(line)")
                    continue
                }
                let label = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
                guard let code = DiagnosticCode.allCases.first(where: { $0.label == label }) else {
                    Issue.record("\(name): unknown code \(label)")
                    continue
                }
                shown.insert(code)
            }
        }
        #expect(shown.isDisjoint(with: Self.notInBadContent.keys), "now shown by the suite: drop it from notInBadContent")
        #expect(shown.union(Self.notInBadContent.keys) == Set(DiagnosticCode.allCases),
                "\(Set(DiagnosticCode.allCases).subtracting(shown).subtracting(Self.notInBadContent.keys).map(\.label))")
    }

    @Test func warningsCarryTheirCodes() throws {
        let site = try TestSite()
        try site.prisoner("x", "name: X\ncountry: Yemen\nstatus: imprisoned\nphoto_credit: Someone")
        try site.article("r", "title: R\ndate: 2016-01-04\nprisoners:\n  - x\n  - x")
        let outcome = site.load()
        #expect(outcome.site != nil)
        #expect(outcome.diagnostics.map(\.code) == [.duplicateEntry, .creditWithoutPhoto])
        #expect(outcome.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func strictKeepsTheCode() {
        let warning = Diagnostic(.creditWithoutPhoto, "m", file: "content/x.md")
        #expect(warning.asError.severity == .error)
        #expect(warning.asError.code == .creditWithoutPhoto)
        #expect(warning.asError.description == "content/x.md:1:1: error: m [W003 credit-without-photo]")
    }
}
