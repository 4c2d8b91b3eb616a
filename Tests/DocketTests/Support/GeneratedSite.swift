import Foundation

/// A larger made-up site written by the tests: `prisoners` people with events, sources and
/// long biographies, and reports naming them.
enum GeneratedSite {
    static func write(into scratch: ScratchFolder, at folder: String = "site", prisoners: Int, articles: Int) throws {
        try scratch.write("\(folder)/content/site.yml", "title: Generated Monitor\nbase_url: https://example.org/monitor/\nlanguage: en\ndescription: A generated site.\n")
        let statuses = ["detained", "imprisoned", "released", "pardoned", "acquitted", "deceased"]
        let countries = ["Azerbaijan", "Belarus", "Türkiye", "Iran", "Egypt", "Viet Nam"]
        let paragraph = "Reported on *courts*, **prisons** and [public money](https://example.org/a?b=1&c=2). "
        for i in 0..<prisoners {
            let status = statuses[i % statuses.count]
            let year = 2005 + i % 10
            var text = """
            ---
            name: Person \(i) O'Brien & Sons
            aliases: ["P. \(i)", "Персона \(i)"]
            country: \(countries[i % countries.count])
            status: \(status)
            profession: Journalist
            outlet: Outlet \(i % 17)
            arrested: \(year)-0\(1 + i % 9)-1\(i % 10)
            charges: [Tax evasion, "Hooliganism \(i)"]
            sentence:
              term: \(1 + i % 9)y\(i % 12)m
              date: \(year + 1)-0\(1 + i % 9)
              court: Court \(i % 5)

            """
            if ["released", "pardoned", "acquitted"].contains(status) { text += "released: \(min(year + 2, 2015))-05-02\n" }  // before 2016-01-15, the tests' --as-of
            text += """
            sources:
              - title: Source \(i)
                url: https://example.org/source/\(i)
            events:
              - date: \(year + 1)-02
                kind: hearing
                text: A hearing with *emphasis* number \(i).
                source: Source \(i)
            ---

            """
            for _ in 0..<(8 + i % 5) { text += paragraph + "\n\n" }
            try scratch.write("\(folder)/content/prisoners/person-\(i).md", text)
        }
        for j in 0..<articles {
            let named = (0..<3).map { "person-\((j * 7 + $0 * 13) % prisoners)" }
            try scratch.write("\(folder)/content/articles/report-\(j).md", """
            ---
            title: Report \(j) on "trials" & <prisons>
            date: 2015-1\(j % 3)-\(j % 18 + 10)
            summary: Summary \(j).
            prisoners: [\(named.joined(separator: ", "))]
            tags: [courts, tag-\(j % 4)]
            events:
              - date: 2015-06-\(j % 18 + 10)
                kind: statement
                text: Statement \(j).
            ---
            \(String(repeating: paragraph + "\n\n", count: 6))
            """)
        }
    }
}
