import Dispatch
import Testing
import DocketModel
import DocketSupport
@testable import DocketMarkdown

@Suite struct MarkdownTests {
    @Test func rendersCommonMarkWithSmartPunctuation() {
        let html = Markdown.renderDocument("Some *emphasis* and \"quotes\" -- here.")
        #expect(html == "<p>Some <em>emphasis</em> and \u{201C}quotes\u{201D} \u{2013} here.</p>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinks() {
        let html = Markdown.renderDocument("<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b> [click](javascript:alert(1)) [data](data:text/html,x)")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text/html"))
        #expect(html.contains("<a href=\"\">click</a>"))
    }

    @Test func shiftsHeadingsBelowThePageHeading() {
        #expect(Markdown.renderDocument("# Top\n\n## Next") == "<h2>Top</h2>\n<h3>Next</h3>\n")
    }

    @Test func turnsRemoteImagesIntoLinks() {
        let html = Markdown.renderDocument("![A photo](https://tracker.example.com/p.png) ![local](/media/a.jpg)")
        #expect(html.contains("<a href=\"https://tracker.example.com/p.png\">A photo</a>"))
        #expect(html.contains("<img src=\"/media/a.jpg\" alt=\"local\""))
        #expect(!html.contains("<img src=\"https://"))
    }

    @Test func rendersInlineWithoutParagraph() {
        #expect(Markdown.renderInline("Sentenced to *six* years <i>x</i>") == "Sentenced to <em>six</em> years <!-- raw HTML omitted -->x<!-- raw HTML omitted -->")
    }

    @Test func isSafeFromManyThreads() {
        let source = (0..<50).map { "Paragraph \($0) with [a link](https://example.org/\($0)) and *emphasis*." }.joined(separator: "\n\n")
        let expected = Markdown.renderDocument(source)
        let results = Parallel.map(Array(0..<200), jobs: 8) { _ in Markdown.renderDocument(source) == expected }
        #expect(results.count == 200 && results.allSatisfy { $0 })
    }
}

@Suite struct PlainTextTests {
    @Test func stripsTagsAndDecodesEntities() {
        let html = Markdown.renderInline("Said *this* & <b onclick=\"x\">that</b> [link](javascript:alert(1)) \"quoted\"")
        #expect(Markdown.plainText(fromHTML: html) == "Said this & that link \u{201C}quoted\u{201D}")
        #expect(Markdown.plainText(fromHTML: "a &lt;b&gt; &#65;&#x42; &amp;amp; & c") == "a <b> AB &amp; & c")
    }

    @Test func plainTextDropsTagsAndCommentsAndDecodesEntities() {
        #expect(Markdown.plainText(fromHTML: "Ünïcode <em>text</em> &amp; <a href=\"/x\">a link</a>") == "Ünïcode text & a link")
        #expect(Markdown.plainText(fromHTML: "a<!-- <b>hidden</b> -->b <!-- never closed") == "ab ")
        #expect(Markdown.plainText(fromHTML: "&lt;p&gt; &quot;q&quot; &#39;s&#39; &#x1F600; &apos;") == "<p> \"q\" 's' 😀 '")
        #expect(Markdown.plainText(fromHTML: "R&D; & more &unknown; &#xZZ; a < b") == "R&D; & more &unknown; &#xZZ; a ")
        #expect(Markdown.plainText(fromHTML: "no markup at all") == "no markup at all")
    }

    /// Event texts that are plain sentences skip cmark; they must come out exactly as cmark
    /// would give them, and anything cmark would change must still go through it.
    @Test func plainSentencesComeOutAsCmarkWouldGiveThem() {
        let plain = ["Arrested.", "Sentenced by Lankaran Grave Crimes Court to 7 years.", "Moved to prison No. 2 (Baku); 40% of visits refused",
                     "Ürək Kəmalov detained: charges unknown", "Released", "Hearing at 10:30, adjourned"]
        for text in plain {
            #expect(Markdown.isPlainSentence(text), "\(text)")
            #expect(Markdown.renderInline(text) == cmarkInline(text), "\(text)")
        }
        let marked = ["Moved to *another* prison.", "Said \"no\"", "It's over", "A -- B", "Wait...",
                      "R&D", "a <b>", "two  spaces", " leading", "trailing ", "[link](x)", "x_y_z", "`code`",
                      "Line\\", "tab\there", "http://example.org", "!", "", "9 May", "a!b", "_a_ \"b\"", "'s", "\"(x)\""]
        for text in marked {
            #expect(!Markdown.isPlainSentence(text), "\(text)")
            #expect(Markdown.renderInline(text) == cmarkInline(text), "\(text)")
        }
        // Block syntax takes the long way, and there shows as text (see InlineTextTests).
        for text in ["1. Arrested", "# Heading", "> quote", "- item"] {
            #expect(!Markdown.isPlainSentence(text), "\(text)")
            #expect(Markdown.renderInline(text) == Markdown.escapeText(text), "\(text)")
        }
    }

    /// What renderInline gives without its shortcut.
    private func cmarkInline(_ text: String) -> String {
        var html = Markdown.renderDocument(text, headingOffset: 0)
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>") && html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }
}
