import ArgumentParser
import DocketEditing
import DocketPreview
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with drafts, rebuilding and reloading as you save.",
        discussion: """
        Builds the site (drafts included, marked as drafts) into a temporary folder, never into \
        public/, and serves it at http://127.0.0.1:1313/. Every saved change under content/ \
        rebuilds the site within a second and open pages reload by themselves. When a change \
        breaks the build, every page shows the errors (file, line, message) until the next good \
        save. Only the preview adds a small reload script; `docket build` output never has it. \
        The preview answers only requests addressed to its own names (127.0.0.1, localhost, \
        [::1] or the --host address, with its port), so another web page cannot read drafts \
        through your browser; bound to 0.0.0.0 or ::, it also answers any IP address. Stop with \
        Ctrl-C.

        Examples:
          docket serve                 then open http://127.0.0.1:1313/
          docket serve --port 8080 --site ../monitor
          docket serve --host 0.0.0.0  reachable from other machines: only on a
                                       network you trust
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port: UInt16 = 1313

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 127.0.0.1 is this machine only.",
                                            valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Today's date for days in detention (YYYY-MM-DD; default: SOURCE_DATE_EPOCH, else today).", valueName: "date"))
    var asOf: String?

    func run() throws {
        let terminal = Terminal.standardError
        let log: @Sendable (String) -> Void = { line in
            FileHandle.standardOutput.write(Data((terminal.paintDiagnostic(line) + "\n").utf8))
        }
        let server = try PreviewServer(options: PreviewServer.Options(
            siteDirectory: siteOptions.siteURL, host: host, port: port, asOf: try AsOfDate.resolve(asOf).day, log: log))

        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task {
                    log("Stopping the preview.")
                    await server.stop()
                    Foundation.exit(0)
                }
            }
            source.resume()
            sources.append(source)
        }
        Task {
            do {
                try await server.start()
                log("Serving the preview at \(server.homeURL) (watching content/; Ctrl-C to stop).")
                if !["127.0.0.1", "localhost", "::1"].contains(host) {
                    log("Note: listening on \(host), not only this machine: drafts are visible to anyone who can reach it.")
                }
            } catch {
                Terminal.writeError("error: \(error)\n")
                Foundation.exit(1)
            }
        }
        withExtendedLifetime(sources) { dispatchMain() }
    }
}
