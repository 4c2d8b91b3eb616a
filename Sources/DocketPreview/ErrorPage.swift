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
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(PreviewMarkup.previewPolicy)">
        <title>Build failed · Docket preview</title>
        </head>
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
