import DocketModel
import Testing
import Templates
@testable import DocketPreview

/// The preview's error page is framed like every page of the site: the layout's own head,
/// with only the policy relaxed for the reload script.
@Suite struct ErrorPageTests {
    @Test func startsWithTheLayoutsHead() {
        let page = ErrorPage.render([Diagnostic(.missingKey, "\"name\" is missing <b>", file: "content/prisoners/a.md", line: 2, column: 1)])
        let head = Layout.documentStart(language: "en", title: "Build failed · Docket preview").rendered
        #expect(page.hasPrefix(PreviewMarkup.inject(into: head).replacingOccurrences(of: PreviewMarkup.scriptTag, with: "")))
        #expect(page.contains("content=\"\(HTML.escape(PreviewMarkup.previewPolicy))\""))
        #expect(page.contains("<meta name=\"referrer\" content=\"no-referrer\">"))
        #expect(page.contains("&quot;name&quot; is missing &lt;b&gt;"))
        #expect(page.contains(PreviewMarkup.scriptTag + "</body>"))
    }
}
