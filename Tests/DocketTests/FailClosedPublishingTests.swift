import Foundation
import Testing
@testable import DocketModel

/// Drafts, embargoed records and editors' notes never reach public/: every byte is searched.
@Suite struct FailClosedPublishingTests {
    /// Only unpublished material carries this string (any case): in names, slugs, bodies, notes.
    static let marker = "withheldmarker"

    static func writeSite(_ scratch: ScratchFolder) throws {
        let m = marker.uppercased()
        // The draft's country is declared (site.yml is public): the marker in a prisoner's country
        // must still reach no page, since only a draft names it.
        try scratch.write("site/content/site.yml", "title: Test Monitor\nbase_url: https://example.org/\ncountries:\n  - name: \(marker.uppercased())land\n")
        // Published, with notes everywhere notes may go.
        try scratch.write("site/content/prisoners/public-person.md", """
        ---
        name: Public Person
        country: Azerbaijan
        status: imprisoned
        arrested: 2014-12-05
        notes: \(m) the source asked not to be named.
        events:
          - date: 2015-03
            kind: hearing
            text: A hearing.
            notes: \(m) heard from the lawyer by phone.
        ---
        A biography.
        """)
        try scratch.write("site/content/articles/public-report.md", """
        ---
        title: Public report
        date: 2016-01-04
        prisoners: [public-person]
        notes: "\(m): check the second source before the update."
        ---
        A report.
        """)
        // A draft person and a draft report naming them (allowed between drafts).
        try scratch.write("site/content/prisoners/\(marker)-draft.md", """
        ---
        name: \(m) Draft Person
        country: \(m)land
        status: detained
        arrested: 2015-05-05
        draft: true
        events:
          - date: 2015-06-01
            kind: transfer
            text: \(m) moved.
        ---
        \(m) biography.
        """)
        try scratch.write("site/content/articles/\(marker)-draft-report.md", """
        ---
        title: \(m) draft report
        date: 2016-01-05
        summary: \(m)
        prisoners: [\(marker)-draft]
        tags: [\(marker)]
        draft: true
        events:
          - date: 2015-12-01
            kind: legislation
            text: \(m) law.
        ---
        \(m) report body.
        """)
        // Under embargo at the build's moment (2016-01-15T00:00Z): a second later, or later that day elsewhere.
        try scratch.write("site/content/prisoners/\(marker)-embargoed.md", """
        ---
        name: \(m) Embargoed Person
        country: Azerbaijan
        status: detained
        arrested: 2015-07-07
        embargo_until: 2016-01-15T00:00:01Z
        ---
        \(m) embargoed biography.
        """)
        try scratch.write("site/content/articles/\(marker)-embargoed-report.md", """
        ---
        title: \(m) embargoed report
        date: 2016-01-06
        prisoners: [\(marker)-embargoed]
        embargo_until: 2016-01-15T09:00+04:00
        ---
        \(m) embargoed report body.
        """)
        // Embargoes that have ended by the build's moment: published.
        try scratch.write("site/content/prisoners/embargo-ended.md", """
        ---
        name: Embargo Ended
        country: Azerbaijan
        status: detained
        embargo_until: 2016-01-15
        ---
        Now public.
        """)
        try scratch.write("site/content/articles/embargo-ended-report.md", """
        ---
        title: Embargo ended report
        date: 2016-01-07
        embargo_until: 2016-01-15T03:59:59+04:00
        ---
        Now public.
        """)
    }

    static func hits(in root: URL) -> [String] {
        TreeSnapshot(root).entries.compactMap { path, entry in
            if path.lowercased().contains(marker) { return path }
            if case .file(let data) = entry, String(decoding: data, as: UTF8.self).lowercased().contains(marker) { return path }
            return nil
        }.sorted()
    }

    @Test func nothingWithheldIsPublished() throws {
        let scratch = try ScratchFolder("docket-withheld")
        try Self.writeSite(scratch)
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = scratch.path("site/public")
        let files = TreeSnapshot(output).files
        #expect(files["prisoners/public-person/index.html"] != nil)
        #expect(files["prisoners/embargo-ended/index.html"] != nil)
        #expect(files["articles/embargo-ended-report/index.html"] != nil)
        #expect(files["articles/public-report/index.html"] != nil)
        #expect(Self.hits(in: output) == [], "withheld material published")
        // And the same through the environment's clock instead of --as-of.
        let viaEpoch = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--output", scratch.path("epoch").path],
                                             environment: ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1452816000"]) { $1 })
        #expect(viaEpoch.status == 0, "\(viaEpoch.stderr)")
        #expect(Self.hits(in: scratch.path("epoch")) == [])
    }

    @Test func embargoEndsAtItsMoment() throws {
        let scratch = try ScratchFolder("docket-embargo-ends")
        try Self.writeSite(scratch)
        // 05:00 UTC: the report's embargo (09:00+04:00) has ended, and so has the person's.
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15T05:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = TreeSnapshot(scratch.path("site/public")).files
        #expect(files["prisoners/\(Self.marker)-embargoed/index.html"] != nil)
        #expect(files["articles/\(Self.marker)-embargoed-report/index.html"] != nil)
        #expect(files["prisoners/\(Self.marker)-draft/index.html"] == nil)
        // Notes are never published, whatever the moment.
        let notes = Self.hits(in: scratch.path("site/public")).filter { path in
            let text = String(decoding: files[path] ?? Data(), as: UTF8.self)
            return text.contains("source asked") || text.contains("by phone") || text.contains("second source")
        }
        #expect(notes == [])
    }

    @Test func previewShowsWithheldRecordsButNeverNotes() throws {
        let scratch = try ScratchFolder("docket-preview")
        try Self.writeSite(scratch)
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15", "--drafts"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = TreeSnapshot(scratch.path("site/public")).files
        let embargoed = String(decoding: files["prisoners/\(Self.marker)-embargoed/index.html"] ?? Data(), as: UTF8.self)
        #expect(embargoed.contains("draft"), "an embargoed record is marked in a preview")
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("source asked") && !text.contains("by phone") && !text.contains("second source"), "notes in \(path)")
        }
    }

    @Test func publishedPageNamingEmbargoedRecordIsAnError() throws {
        let scratch = try ScratchFolder("docket-embargo-ref")
        try Self.writeSite(scratch)
        try scratch.write("site/content/articles/public-report.md", """
        ---
        title: Public report
        date: 2016-01-04
        prisoners: [public-person, \(Self.marker)-embargoed]
        ---
        A report.
        """)
        try scratch.writePreviousOutput()
        let before = TreeSnapshot(scratch.path("site/public"))
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/articles/public-report.md:4:28: error: prisoner \"\(Self.marker)-embargoed\" is under embargo until 2016-01-15T00:00:01Z"), "\(result.stderr)")
        #expect(TreeSnapshot(scratch.path("site/public")) == before)
    }

    @Test func embargoDatesParse() throws {
        #expect(try Moment(parsing: "2016-01-15").description == "2016-01-15T00:00:00Z")
        #expect(try Moment(parsing: "2016-01-15T09:30Z").description == "2016-01-15T09:30:00Z")
        #expect(try Moment(parsing: "2016-01-15T09:30:15+04:00").description == "2016-01-15T05:30:15Z")
        #expect(try Moment(parsing: "2016-01-15T01:00-02:30").description == "2016-01-15T03:30:00Z")
        for bad in ["2016-01-15T09:30", "2016-01", "2016-02-30", "2016-01-15T24:00Z", "2016-01-15T09:60Z", "2016-01-15 09:30Z",
                    "2016-01-15T9:30Z", "2016-01-15T09:30+4", "tomorrow", ""] {
            #expect(throws: Moment.ParseError.self, "\(bad)") { try Moment(parsing: bad) }
        }
    }
}
