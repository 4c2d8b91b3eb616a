import DocketBuilder
import DocketEditing
import Foundation
import Testing

@Suite struct ProgressLineTests {
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func write(_ text: String) { lock.withLock { parts.append(text) } }
        var text: String { lock.withLock { parts.joined() } }
    }

    @Test func plainLinesOncePerStage() {
        let sink = Sink()
        let line = ProgressLine(mode: .plain, write: { sink.write($0) })
        line.report(.read(files: 8))
        line.report(.rendered(pages: 1, total: 3))
        line.report(.rendered(pages: 2, total: 3))
        line.report(.writing(files: 4))
        line.finish()
        #expect(sink.text == "Checked 8 files\nRendering 3 pages…\nWriting 4 files\n")
    }

    @Test func liveLineIsRewrittenAndCleared() {
        let sink = Sink()
        let line = ProgressLine(mode: .live, delay: 0, write: { sink.write($0) })
        line.report(.rendered(pages: 2, total: 3))
        line.finish()
        #expect(sink.text == "\r\u{1B}[KRendering pages: 2 of 3\r\u{1B}[K")
    }

    @Test func quickBuildsShowNothing() {
        let sink = Sink()
        let line = ProgressLine(mode: .live, delay: 60, write: { sink.write($0) })
        line.report(.read(files: 8))
        line.finish()
        #expect(sink.text == "")
    }

    @Test func coloursOnlyOnATerminalAndNeverWithNoColor() {
        #expect(Terminal(isInteractive: true, environment: [:]).usesColour)
        #expect(!Terminal(isInteractive: true, environment: ["NO_COLOR": "1"]).usesColour)
        #expect(!Terminal(isInteractive: false, environment: [:]).usesColour)
        #expect(ProgressLine.mode(terminal: Terminal(isInteractive: false, environment: [:]), quiet: false, verbose: false) == .silent)
        #expect(ProgressLine.mode(terminal: Terminal(isInteractive: false, environment: [:]), quiet: false, verbose: true) == .plain)
        #expect(ProgressLine.mode(terminal: Terminal(isInteractive: true, environment: [:]), quiet: true, verbose: false) == .silent)
        let painted = Terminal(isInteractive: true, environment: [:]).paintDiagnostic("a.md:1:2: error: bad")
        #expect(painted == "a.md:1:2: \u{1B}[31merror\u{1B}[0m: bad")
    }

    @Test func theBuilderReportsProgress() throws {
        let site = try TestSite()
        try site.prisoner("x", "name: X\ncountry: Yemen\nstatus: detained")
        let sink = Sink()
        let options = SiteBuilder.Options(siteDirectory: site.root, outputDirectory: site.output,
                                          asOf: try .init(parsing: "2016-01-15"),
                                          progress: { sink.write("\($0)\n") })
        let report = try SiteBuilder(options: options).build()
        #expect(report.succeeded)
        let lines = sink.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "reading(files: 1, total: 1)")
        #expect(lines.contains("read(files: 2)"))  // site.yml and x.md
        #expect(lines.last == "writing(files: \(report.written + report.unchanged))")
        // Rendering reports every task once, ending with all of them done.
        let rendered = lines.filter { $0.hasPrefix("rendered(") }
        let total = try #require(rendered.last?.split(separator: " ").last?.dropLast())
        #expect(rendered.count == Int(total))
        #expect(rendered.contains("rendered(pages: \(total), total: \(total))"))
    }
}
