import DocketModel
import FlyingFox
import Foundation
import Templates

/// Answers every request of the preview: the reload script and event stream, the built files
/// (pages with the reload script injected), or the error page while the build is broken.
struct PreviewHandler: HTTPHandler {
    let site: PreviewSite
    let runID: String
    let isStopping: @Sendable () -> Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "The preview only answers GET and HEAD.\n")
        }
        // The raw path: FlyingFox's `path` drops the trailing slash that folders need.
        let path = request.target.path()
        switch path {
        case PreviewMarkup.reloadScriptPath:
            return HTTPResponse(statusCode: .ok, headers: headers("text/javascript; charset=utf-8"),
                                body: Data(PreviewMarkup.reloadScript.utf8))
        case PreviewMarkup.eventsPath:
            var headers = headers("text/event-stream")
            headers[HTTPHeader("X-Accel-Buffering")] = "no"
            let events = ReloadEvents(site: site, isStopping: isStopping, runID: runID)
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: events))
        default:
            return serveSite(path)
        }
    }

    private func serveSite(_ requestPath: String) -> HTTPResponse {
        let basePath = site.basePath
        let failed: [Diagnostic]? = {
            if case .failed(let diagnostics) = site.outcome { return diagnostics }
            return nil
        }()
        guard requestPath.hasPrefix(basePath) else {
            if requestPath == "/" || requestPath.isEmpty { return redirect(basePath) }
            return notFound(requestPath)
        }
        let relative = String(requestPath.dropFirst(basePath.count))
        switch StaticFiles.lookup(relative, in: site.outputDirectory) {
        case .redirect(let path):
            return redirect(basePath + path)
        case .file(let url) where url.pathExtension != "html":
            guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(requestPath) }
            return HTTPResponse(statusCode: .ok, headers: headers(StaticFiles.contentType(of: url)), body: data)
        case .file(let url):
            if let failed { return errorPage(failed) }
            guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(requestPath) }
            let page = PreviewMarkup.inject(into: String(decoding: data, as: UTF8.self))
            return HTTPResponse(statusCode: .ok, headers: headers("text/html; charset=utf-8"), body: Data(page.utf8))
        case .notFound:
            if let failed { return errorPage(failed) }
            return notFound(requestPath)
        }
    }

    private func errorPage(_ diagnostics: [Diagnostic]) -> HTTPResponse {
        HTTPResponse(statusCode: .internalServerError, headers: headers("text/html; charset=utf-8"),
                     body: Data(ErrorPage.render(diagnostics).utf8))
    }

    private func notFound(_ path: String) -> HTTPResponse {
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(PreviewMarkup.previewPolicy)">
        <title>Not found · Docket preview</title>
        </head>
        <body>
        <h1>Not found</h1>
        <p>The preview has no page at <code>\(path)</code>. <a href="\(site.basePath)">Home</a></p>
        </body>
        </html>

        """
        return HTTPResponse(statusCode: .notFound, headers: headers("text/html; charset=utf-8"),
                            body: Data(PreviewMarkup.inject(into: page.rendered).utf8))
    }

    private func redirect(_ location: String) -> HTTPResponse {
        var headers = headers("text/plain; charset=utf-8")
        headers[.location] = location
        return HTTPResponse(statusCode: .found, headers: headers, body: Data())
    }

    private func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers("text/plain; charset=utf-8"), body: Data(body.utf8))
    }

    private func headers(_ contentType: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        return headers
    }
}

