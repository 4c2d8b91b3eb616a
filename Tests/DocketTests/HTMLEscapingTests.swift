import Testing
import DocketModel
@testable import Templates

@Suite struct HTMLEscapingTests {
    @Test func escapesInterpolatedStrings() {
        let name = "<script>alert('x')</script> & \"friends\""
        let html: HTML = "<h1 title=\"\(name)\">\(name)</h1>"
        #expect(html.rendered == "<h1 title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;</h1>")
    }

    @Test func keepsHTMLAsIsAndEscapesOtherValues() {
        let inner: HTML = "<em>\("a<b")</em>"
        let count = 3
        let html: HTML = "<p>\(inner) \(count)</p>"
        #expect(html.rendered == "<p><em>a&lt;b</em> 3</p>")
    }

    @Test func trustedMarkupIsTheOnlyRawDoor() {
        #expect(HTML(trustedMarkup: "<p>x</p>").rendered == "<p>x</p>")
        let optional: String? = "<x>"
        let html: HTML = "\(optional)"
        #expect(html.rendered == "&lt;x&gt;")
    }
}

/// Links written from their parts are the links written from text.
@Suite struct PagePathTests {
    @Test func partsWriteWhatTheTextWould() {
        for base in ["https://example.org/", "https://example.org/monitor/", "https://example.org/a&b\"c/"] {
            let urls = SiteURLs(config: SiteConfig(title: "T", baseURL: base, language: "en", description: ""))
            for slug in ["ana-maria", "x"] {
                #expect(urls.prisonerPath(slug).description == urls.prisoner(slug))
                #expect(urls.articlePath(slug).description == urls.article(slug))
                let fromParts: HTML = "<a href=\"\(urls.prisonerPath(slug))\">"
                let fromText: HTML = "<a href=\"\(urls.prisoner(slug))\">"
                #expect(fromParts == fromText)
                #expect(fromParts.rendered.hasSuffix("prisoners/\(slug)/\">"))
            }
        }
    }
}
