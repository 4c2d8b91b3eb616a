import DocketModel
import Templates

/// What the preview changes in a served page, and nothing else: the Content-Security-Policy gains
/// `script-src 'self'; connect-src 'self'` so that the reload script (served by the preview
/// server, never inline) may run and listen for rebuilds. `docket build` output never has it.
public enum PreviewMarkup {
    public static let reloadScriptPath = "/\(Route.previewFolder)/reload.js"
    public static let eventsPath = "/\(Route.previewFolder)/events"

    public static let previewPolicy = Layout.contentSecurityPolicy + "; script-src 'self'; connect-src 'self'"

    public static let scriptTag = "<script src=\"\(reloadScriptPath)\" defer></script>\n"

    /// The page with the preview's policy and the reload script.
    public static func inject(into page: String) -> String {
        var page = page
        let strict = "content=\"\(HTML.escape(Layout.contentSecurityPolicy))\""
        let relaxed = "content=\"\(HTML.escape(previewPolicy))\""
        if let range = page.range(of: strict) {
            page.replaceSubrange(range, with: relaxed)
        }
        if let body = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: scriptTag, at: body.lowerBound)
        } else {
            page += scriptTag
        }
        return page
    }

    /// Listens to the server's events and reloads the page when a build (good or bad) finishes.
    /// The first message names the build the page came from; any other build reloads.
    public static let reloadScript = """
    // Docket preview: reload when the site is rebuilt. Served only by `docket serve`.
    (function () {
      var seen = null;
      var source = new EventSource("\(eventsPath)");
      source.onmessage = function (event) {
        if (seen === null) { seen = event.data; return; }
        if (event.data !== seen) { location.reload(); }
      };
    })();

    """
}
