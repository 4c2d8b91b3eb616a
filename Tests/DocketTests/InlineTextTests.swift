import Foundation
import Testing
@testable import DocketMarkdown

/// One-line texts (an event's `text`) render inline only: a line that Markdown would read as a
/// block (a heading, a list, a quote, a fence, a rule, a reference definition) shows as the text it
/// is, while emphasis, code and links still work; the data files carry the same words.
@Suite struct InlineTextTests {
    /// Each text as written in YAML (double-quoted), what the page's span holds, and the plain text.
    static let cases: [(yaml: String, html: String, plain: String)] = [
        (#"# Released after 500 days"#, "# Released after 500 days", "# Released after 500 days"),
        (#"###### Six deep"#, "###### Six deep", "###### Six deep"),
        (#"1986. A year of arrests"#, "1986. A year of arrests", "1986. A year of arrests"),
        (#"1) Arrested at home"#, "1) Arrested at home", "1) Arrested at home"),
        (#"- x"#, "- x", "- x"),
        (#"+ plus item"#, "+ plus item", "+ plus item"),
        (#"* star item"#, "* star item", "* star item"),
        (#"> quoted words"#, "&gt; quoted words", "> quoted words"),
        (#"> > nested quote"#, "&gt; &gt; nested quote", "> > nested quote"),
        (#"***"#, "***", "***"),
        (#"* * *"#, "* * *", "* * *"),
        (#"___"#, "___", "___"),
        (#"Set in\n==="#, "Set in ===", "Set in ==="),
        (#"Under it\n---"#, "Under it \u{2014}", "Under it \u{2014}"),
        (#"    four spaces in"#, "four spaces in", "four spaces in"),
        (#"```swift"#, "```swift", "```swift"),
        (#"~~~ fenced"#, "~~~ fenced", "~~~ fenced"),
        (#"<div>in a div</div>"#, "<!-- raw HTML omitted -->in a div<!-- raw HTML omitted -->", "in a div"),
        (#"[ref]: https://example.org/ref"#, "[ref]: https://example.org/ref", "[ref]: https://example.org/ref"),
        (#"- [ ] a task\n- second line"#, "- [ ] a task - second line", "- [ ] a task - second line"),
        (#"Broken  \nacross lines"#, "Broken   across lines", "Broken   across lines"),
        (#"*Moved* to `cell 4`, see [the report](https://example.org/r)"#,
         #"<em>Moved</em> to <code>cell 4</code>, see <a href="https://example.org/r">the report</a>"#,
         "Moved to cell 4, see the report"),
        (#"_Said_ \"no\""#, "<em>Said</em> \u{201C}no\u{201D}", "Said \u{201C}no\u{201D}"),
    ]

    static let blockTags = ["<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<ol", "<ul", "<li", "<blockquote", "<hr", "<pre", "<p>", "<p ", "<br", "<div"]

    @Test func blockSyntaxIsShownAsText() {
        for (yaml, html, _) in Self.cases {
            let text = yaml.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\"")
            #expect(Markdown.renderInline(text) == html, "\(yaml)")
        }
    }

    @Test func pagesFeedsAndDataFilesShowTheTextInline() throws {
        let site = try TestSite()
        var events = ""
        for (index, (yaml, _, _)) in Self.cases.enumerated() {
            events += "  - date: 2015-01-\(String(format: "%02d", index + 1))\n    kind: statement\n    text: \"\(yaml)\"\n"
        }
        try site.prisoner("leyla-yunus", "name: Leyla Yunus\ncountry: Azerbaijan\nstatus: imprisoned\nevents:\n" + events)
        let report = try site.build()
        #expect(report.succeeded)

        for page in ["prisoners/leyla-yunus/index.html", "timeline/index.html", "timeline/2015/index.html"] {
            let text = try site.read(page)
            let spans = Self.textSpans(text)
            #expect(spans.count == Self.cases.count, "\(page)")
            for (_, html, _) in Self.cases {
                #expect(spans.contains(html), "\(page): \(html) in \(spans)")
            }
            for span in spans {
                for tag in Self.blockTags { #expect(!span.contains(tag), "\(page): \(tag) in \(span)") }
                #expect(!span.contains("\n"), "\(page): \(span)")
            }
        }

        let feed = try site.read("prisoners/leyla-yunus/feed.xml")
        for tag in Self.blockTags { #expect(!feed.contains(Markdown.escapeText(tag)), "feed: \(tag)") }

        let json = try JSONSerialization.jsonObject(with: Data(try site.read("data/events.json").utf8)) as? [String: Any]
        let rows = try #require(json?["events"] as? [[String: Any]])
        let texts = rows.compactMap { $0["text"] as? String }
        #expect(texts.count == Self.cases.count)
        for (_, _, plain) in Self.cases {
            #expect(texts.contains(plain), "events.json: \(plain) in \(texts)")
        }
        #expect(texts.allSatisfy { !$0.contains("\n") && $0 == $0.trimmingCharacters(in: .whitespaces) })

        let csv = try site.read("data/events.csv")
        // One record a line (CRLF ends), none broken by a line end inside a text.
        let records = csv.split(separator: "\r\n")
        #expect(records.count == Self.cases.count + 1)
        #expect(records.allSatisfy { !$0.unicodeScalars.contains("\n") })
    }

    /// What each `<span class="text">…</span>` holds.
    static func textSpans(_ page: String) -> [String] {
        var spans: [String] = []
        var rest = page[...]
        while let open = rest.range(of: "<span class=\"text\">") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "</span> <span class=\"links\">") ?? rest.range(of: "</span></li>") else { break }
            spans.append(String(rest[..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return spans
    }
}
