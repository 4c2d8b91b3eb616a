import Foundation
import Testing

/// A site whose every text field carries markup meant to run as code, built by the real binary;
/// every file under public/ is then scanned, whatever its kind, so outputs added later are covered.
@Suite struct HostileContentTests {
    /// Payloads for plain-text fields: they must come out escaped.
    static let payload = #"<script>alert(1)</script> "onmouseover=alert(2) x='</textarea>' ]]> --><script>alert(3)</script>"#
    /// Markdown's raw HTML and unsafe links carry these markers; cmark's safe mode drops them,
    /// so they must appear nowhere at all, escaped or not.
    static let rawHTMLMarker = "RAWHTMLMARKER"
    static let unsafeLinkMarker = "UNSAFELINKMARKER"

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static var markdownAttack: String {
        """
        A paragraph with <span onmouseover="\(rawHTMLMarker)">inline HTML</span> and <img src=x onerror=\(rawHTMLMarker)>.

        <script>alert("\(rawHTMLMarker)")</script>

        <div style="x" data-x="\(rawHTMLMarker)">a block</div>

        <iframe src="https://evil.example/\(rawHTMLMarker)"></iframe>

        [a link](javascript:alert('\(unsafeLinkMarker)')) [data](data:text/html;base64,\(unsafeLinkMarker))
        [vb](vbscript:\(unsafeLinkMarker)) [file](file:///etc/\(unsafeLinkMarker))
        ![image](javascript:\(unsafeLinkMarker)) ![remote](https://evil.example/remote.png)

        <!-- \(rawHTMLMarker) --> text
        """
    }

    static func writeSite(_ scratch: ScratchFolder) throws {
        let p = yamlQuoted(payload)
        try scratch.write("site/content/site.yml", """
        title: \(yamlQuoted("Monitor " + payload))
        base_url: https://example.org/monitor/
        language: en
        description: \(p)
        countries:
          - name: \(yamlQuoted("Azerbaijan " + payload))
        """)
        try scratch.write("site/content/prisoners/hostile.md", """
        ---
        name: \(yamlQuoted("=HYPERLINK(\"http://evil.example\") " + payload))
        aliases: [\(p), "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]
        name_native: \(p)
        country: \(yamlQuoted("Azerbaijan " + payload))
        status: imprisoned
        profession: \(p)
        outlet: \(p)
        arrested: 2014-12-05
        charges: [\(p), "=1+1"]
        sentence:
          term: 7y6m
          date: 2015-09
          court: \(p)
        lawyer: \(p)
        prison: \(p)
        sources:
          - title: \(p)
            url: "https://example.org/?q='onmouseover=alert(1)'&x=javascript:1"
            publisher: \(p)
        events:
          - date: 2015-12
            kind: statement
            text: \(yamlQuoted("Said " + payload + " and <b onclick=\(rawHTMLMarker)>bold</b> [x](javascript:\(unsafeLinkMarker))"))
            source: \(p)
        ---
        \(markdownAttack)
        """)
        try scratch.write("site/content/articles/hostile-report.md", """
        ---
        title: \(p)
        date: 2016-01-04
        summary: \(p)
        author: \(p)
        prisoners: [hostile]
        tags: [\(p)]
        events:
          - date: 2015-12-28
            kind: amnesty
            text: \(yamlQuoted(payload + " <i onmouseover=\(rawHTMLMarker)>x</i>"))
        ---
        \(markdownAttack)
        """)
    }

    @Test func nothingHostileReachesAnyOutputAsCode() throws {
        let scratch = try ScratchFolder("docket-hostile")
        try Self.writeSite(scratch)
        let result = try DocketProcess.run(["build", "--site", scratch.path("site").path, "--as-of", "2016-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = TreeSnapshot(scratch.path("site/public")).files
        #expect(files.count >= 7)
        #expect(files.keys.contains("prisoners/hostile/index.html"))
        // The payload's words do reach the pages, as text.
        let page = String(decoding: files["prisoners/hostile/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;onmouseover=alert(2)"))
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for problem in HostileScan.problems(in: text, path: path) {
                Issue.record("\(path): \(problem)")
            }
        }
    }
}

@Suite struct HostileScanTests {
    /// The scan itself catches what it is meant to catch.
    @Test func scanFlagsUnescapedMarkup() {
        #expect(!HostileScan.problems(in: "<p><script>alert(1)</script></p>", path: "a.html").isEmpty)
        #expect(!HostileScan.problems(in: "<p title=\"\"onmouseover=x\"></p>", path: "a.html").isEmpty)
        #expect(!HostileScan.problems(in: "<a href=\"javascript:alert(1)\">x</a>", path: "a.html").isEmpty)
        #expect(!HostileScan.problems(in: "<img src=\"https://evil.example/x.png\">", path: "a.html").isEmpty)
        #expect(!HostileScan.problems(in: "<title>x ]]> y</title>", path: "feed.xml").isEmpty)
        #expect(!HostileScan.problems(in: "name\n=HYPERLINK(\"x\")\n", path: "data.csv").isEmpty)
        #expect(!HostileScan.problems(in: "{\"a\": ", path: "data.json").isEmpty)
        #expect(!HostileScan.problems(in: "<script type=\"application/ld+json\">{\"a\":\"</script><script>x\"}</script>", path: "a.html").isEmpty)
        #expect(HostileScan.problems(in: "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=</p>", path: "a.html").isEmpty)
        #expect(HostileScan.problems(in: "<script type=\"application/ld+json\">{\"a\":\"\\u003c/script\"}</script>", path: "a.html").isEmpty)
        #expect(HostileScan.problems(in: "<script type=\"application/ld+json\">{\"name\":\"\\\"onmouseover=x ]]\\u003e\"}</script><p>x</p>", path: "a.html").isEmpty)
        #expect(!HostileScan.problems(in: "<script type=\"application/ld+json\">{\"a\": </script>", path: "a.html").isEmpty)
    }
}

/// What must never appear in an output file, by kind of file.
enum HostileScan {
    static func problems(in text: String, path: String) -> [String] {
        var problems: [String] = []
        for marker in [HostileContentTests.rawHTMLMarker, HostileContentTests.unsafeLinkMarker] where text.contains(marker) {
            problems.append("Markdown raw HTML or an unsafe link survived (\(marker))")
        }
        if path.hasSuffix(".json") {
            if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) == nil {
                problems.append("not valid JSON")
            }
            return problems
        }
        if path.hasSuffix(".csv") {
            for line in text.split(separator: "\n") {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    var value = cell.drop { $0 == " " }
                    if value.first == "\"" { value = value.dropFirst() }
                    for start in ["=HYPERLINK", "=1+1", "+cmd", "@SUM", "-2+3"] where value.hasPrefix(start) {
                        problems.append("CSV cell starts a formula: \(value.prefix(30))")
                    }
                }
            }
            return problems
        }
        // HTML: JSON-LD data blocks are judged as JSON inside a script element, the rest as markup.
        var markup = text
        if path.hasSuffix(".html") {
            let opening = "<script type=\"application/ld+json\">"
            let pieces = text.components(separatedBy: opening)
            markup = pieces[0]
            for piece in pieces.dropFirst() {
                guard let close = piece.range(of: "</script>") else {
                    problems.append("JSON-LD block never closed")
                    continue
                }
                let json = String(piece[..<close.lowerBound])
                let lowerJSON = json.lowercased()
                if lowerJSON.contains("</") || lowerJSON.contains("<!--") || lowerJSON.contains("<script") {
                    problems.append("JSON-LD block could close its script element or start another")
                }
                if (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) == nil {
                    problems.append("JSON-LD block is not valid JSON")
                }
                markup += piece[close.upperBound...]
            }
        }
        // HTML, XML (feeds, sitemap), CSS, text: the payload never appears as markup.
        let lowerMarkup = markup.lowercased()
        for raw in ["<script>alert", "</textarea>", "--><script>", "]]>", "<iframe", "onerror=", "<span onmouseover"] where lowerMarkup.contains(raw) {
            problems.append("unescaped \(raw)")
        }
        if path.hasSuffix(".html") {
            if markup.contains("\"onmouseover=") { problems.append("unescaped \"onmouseover= (an attribute could be opened)") }
            if lowerMarkup.contains("<script") { problems.append("a <script> element that is not a JSON-LD data block") }
            let unsafeAttribute = #"(href|src|action|formaction|srcset)\s*=\s*["']?\s*(javascript|data|vbscript|file):"#
            if lowerMarkup.range(of: unsafeAttribute, options: .regularExpression) != nil {
                problems.append("a link or source with an unsafe scheme")
            }
            if lowerMarkup.range(of: #"<(img|iframe|script|video|audio|source|embed|object)[^>]*\s(src|href)\s*=\s*["']?\s*(https?:)?//"#,
                                 options: .regularExpression) != nil {
                problems.append("something loaded from another host")
            }
            if lowerMarkup.range(of: #"<link[^>]*rel="(stylesheet|icon|preload|prefetch)"[^>]*href="(https?:)?//"#, options: .regularExpression) != nil {
                problems.append("a stylesheet or icon from another host")
            }
        }
        return problems
    }
}
