import DocketBuilder
import DocketModel
import Templates

/// One fuzz input: the first byte picks a prisoner or a report file, the rest is the file.
/// It goes through everything a build does to one page: text decoding, front matter, YAML,
/// field checks, Markdown, cross-references, the index and every page's rendering.
enum FuzzOnePage {
    static let config = SiteConfig(title: "Fuzz Monitor", baseURL: "https://example.org/monitor/",
                                   language: "en", description: "Fuzzing.")
    static let asOf = PartialDate(year: 2016, month: 1, day: 15)

    static func run(_ data: UnsafeBufferPointer<UInt8>) {
        guard let first = data.first else { return }
        let bytes = Array(data.dropFirst())
        if first % 4 == 2 {
            // site.yml: its values land in every page's frame.
            let (config, diagnostics) = SingleFileLoader.config(bytes: bytes)
            if config == nil && !diagnostics.hasErrors { fatalError("no settings and no error") }
            if let config { check(Site(config: config, prisoners: [], articles: [])) }
            return
        }
        let kind: SingleFileLoader.Kind = first & 1 == 0 ? .prisoner : .article
        let outcome = SingleFileLoader.load(bytes: bytes, kind: kind, slug: "fuzz", config: config,
                                            publishingAt: Moment(startOf: asOf))
        if outcome.site == nil && !outcome.diagnostics.hasErrors {
            fatalError("no site and no error")
        }
        for diagnostic in outcome.diagnostics where diagnostic.line < 1 || diagnostic.file.isEmpty {
            fatalError("diagnostic without a position: \(diagnostic)")
        }
        guard let site = outcome.site else { return }
        check(site)
    }

    /// Renders every page and checks what no content may cause.
    static func check(_ site: Site) {
        let context = PageContext(index: SiteIndex(site: site, asOf: asOf))
        // Bodies loaded from bytes are rendered already, so nothing can change under the renderer.
        let files: [OutputFile]
        do { files = try PageRenderer.render(context, jobs: 1) } catch { fatalError("rendering failed: \(error)") }
        for file in files where file.path.hasSuffix(".html") {
            // Nothing a content file holds may open a script element (JSON-LD data blocks aside).
            let text = String(decoding: file.contents, as: UTF8.self).lowercased()
            let scripts = text.components(separatedBy: "<script").count - 1
            let dataBlocks = text.components(separatedBy: "<script type=\"application/ld+json\">").count - 1
            if scripts != dataBlocks { fatalError("<script in \(file.path)") }
            // No control character (forbidden in HTML) and no attribute opened by content.
            if file.contents.contains(where: { $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13 }) {
                fatalError("control character in \(file.path)")
            }
            if text.range(of: #"(href|src)="\s*(javascript|vbscript|data|file):"#, options: .regularExpression) != nil {
                fatalError("unsafe link in \(file.path)")
            }
        }
    }
}

import Foundation

#if DOCKET_FUZZING
/// libFuzzer's driver, called from our own entry point (SwiftPM names the executable's entry itself).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's own entry point, for when its `main` is the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzOnePage.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#endif

/// With `-DDOCKET_FUZZING` (Fuzz/run): libFuzzer's driver over `FuzzOnePage`.
/// Without: replays the inputs named on the command line (a crash file, a corpus), so a
/// crash can be rerun under a plain debug build: `swift run docket-fuzz FILE`.
@main
struct FuzzMain {
    static func main() {
        #if DOCKET_FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            [UInt8](data).withUnsafeBufferPointer { FuzzOnePage.run($0) }
        }
        #endif
    }
}
