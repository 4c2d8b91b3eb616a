import DocketModel
import Templates

/// Shown for every page while the content has errors: each problem's file, line, message and
/// code, escaped. It carries the reload script, so the next good save brings the site back.
enum ErrorPage {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let shown = errors.isEmpty ? diagnostics : errors
        var items = HTML()
        for diagnostic in shown {
            items += """
            <li><code>\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)</code> \
            <strong>\(diagnostic.severity.rawValue)</strong>: \(diagnostic.message) [\(diagnostic.code.label)]</li>

            """
        }
        let count = shown.count == 1 ? "1 problem" : "\(shown.count) problems"
        // The site's own head, policy and all; `PreviewMarkup.inject` relaxes the policy for the reload script.
        let page: HTML = """
        \(Layout.documentStart(language: "en", title: "Build failed · Docket preview"))</head>
        <body>
        <main id="main">
        <h1>The site did not build</h1>
        <p>\(count) in the content. Fix the file and save: this page reloads by itself.</p>
        <ul class="docket-errors">
        \(items)</ul>
        </main>
        </body>
        </html>

        """
        return PreviewMarkup.inject(into: page.rendered)
    }
}
