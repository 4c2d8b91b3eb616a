import DocketModel
import DocketSupport
import FlyingSocks
import Foundation

/// `docket serve`: builds the site with drafts into a temporary folder, serves it over HTTP
/// (`PreviewHTTPServer`, to its own host names only), watches `content/` and rebuilds after
/// every saved change, and tells open pages to reload through server-sent events. While the
/// content has errors every page shows them.
public final class PreviewServer: Sendable {
    public struct Options: Sendable {
        public var siteDirectory: URL
        /// `127.0.0.1` unless asked otherwise; `localhost` means `127.0.0.1`.
        public var host: String
        /// 0 picks a free port (for tests).
        public var port: UInt16
        public var asOf: PartialDate
        /// How often `content/` is looked at, in seconds.
        public var pollInterval: TimeInterval
        /// Where the server's log lines go (rebuilds, failures).
        public var log: @Sendable (String) -> Void

        public init(siteDirectory: URL, host: String = "127.0.0.1", port: UInt16 = 1313, asOf: PartialDate,
                    pollInterval: TimeInterval = 0.25, log: @escaping @Sendable (String) -> Void = { _ in }) {
            self.siteDirectory = siteDirectory
            self.host = host
            self.port = port
            self.asOf = asOf
            self.pollInterval = pollInterval
            self.log = log
        }
    }

    public enum StartError: Error, CustomStringConvertible {
        case badHost(String)
        case cannotListen(String)

        public var description: String {
            switch self {
            case .badHost(let host): return "--host must be an IPv4 or IPv6 address (like 127.0.0.1 or ::1), not \"\(host)\""
            case .cannotListen(let reason): return "cannot start the preview server: \(reason)"
            }
        }
    }

    public let options: Options
    let site: PreviewSite
    /// What starting and stopping change, from whichever thread or task calls.
    private struct Running {
        var stopping = false
        var task: Task<Void, Never>?
        var watching = false
        var port: UInt16 = 0
    }
    private let running = Locked(Running())
    private let watcherDone = DispatchSemaphore(value: 0)

    public init(options: Options) throws {
        self.options = options
        site = try PreviewSite(siteDirectory: options.siteDirectory, asOf: options.asOf)
    }

    /// The port the server listens on, once started.
    public var port: UInt16 { running.withLock { $0.port } }

    /// Where the home page is: `http://127.0.0.1:1313/` (with the site's base path).
    public var homeURL: String {
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        return "http://\(host):\(port)\(site.basePath)"
    }

    var isStopping: Bool { running.withLock { $0.stopping } }

    /// Starts listening, builds once, starts serving and watching. Returns the port.
    @discardableResult
    public func start() async throws -> UInt16 {
        let server: PreviewHTTPServer
        do {
            let handler = PreviewHandler(site: site, runID: UUID().uuidString.prefix(8).lowercased(),
                                         isStopping: { [weak self] in self?.isStopping ?? true })
            server = try PreviewHTTPServer(address: try socketAddress(), host: options.host, handler: handler)
        } catch {
            site.removeFiles()
            if error is StartError { throw error }
            throw StartError.cannotListen(explain(error))
        }
        running.withLock { $0.port = server.port }
        let (outcome, seconds) = site.rebuild()
        logBuild(outcome, seconds: seconds, reason: nil)

        let log = options.log
        let task = Task {
            do { try await server.run() } catch where !Task.isCancelled {
                log("The preview server stopped: \(error)")
            } catch {}
        }
        running.withLock { $0.task = task }
        startWatching()
        return server.port
    }

    /// Stops watching and serving (open event streams end, connections close) and removes the
    /// temporary build.
    public func stop() async {
        // Taken out under the lock, so a second call finds nothing left to stop.
        let (task, watching) = running.withLock { running -> (Task<Void, Never>?, Bool) in
            running.stopping = true
            defer {
                running.task = nil
                running.watching = false
            }
            return (running.task, running.watching)
        }
        if watching { watcherDone.wait() }
        task?.cancel()
        await task?.value
        site.removeFiles()
    }

    private func explain(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") {
            return "port \(options.port) on \(options.host) is already in use; choose another with --port"
        }
        if text.contains("Cannot assign requested address") {
            return "\(options.host) is not an address of this machine"
        }
        return text
    }

    private func socketAddress() throws -> any SocketAddress {
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        do {
            if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: options.port) }
            return try sockaddr_in.inet(ip4: host, port: options.port)
        } catch {
            throw StartError.badHost(options.host)
        }
    }

    private func startWatching() {
        let contentFolder = site.siteDirectory.appendingPathComponent("content", isDirectory: true)
        let interval = options.pollInterval
        // The content as it is now, before `start` returns: an edit made right after is a change
        // (taken on the watching thread, it could be taken after the edit and miss it).
        let baseline = ContentWatcher(roots: [contentFolder])
        let thread = Thread { [self] in
            defer { watcherDone.signal() }
            var watcher = baseline
            while !isStopping {
                Thread.sleep(forTimeInterval: interval)
                guard watcher.hasChanged() else { continue }
                // An editor may write a file in several steps: let them finish.
                Thread.sleep(forTimeInterval: 0.05)
                _ = watcher.hasChanged()
                if isStopping { break }
                let (outcome, seconds) = site.rebuild()
                logBuild(outcome, seconds: seconds, reason: "change in content/")
            }
        }
        thread.name = "docket-preview-watcher"
        running.withLock { $0.watching = true }
        thread.start()
    }

    private func logBuild(_ outcome: PreviewSite.Outcome, seconds: TimeInterval, reason: String?) {
        let time = String(format: "%.2f s", seconds)
        let stamp = Self.clock.string(from: Date())
        switch outcome {
        case .built(let report):
            let verb = reason == nil ? "Built" : "Rebuilt after a \(reason!)"
            let reload = reason == nil ? "." : "; reloading open pages."
            options.log("\(stamp) \(verb): \(report.pageCount) pages (\(report.prisonerCount) prisoners, "
                        + "\(report.articleCount) reports, drafts included) in \(time)\(reload)")
        case .failed(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            options.log("\(stamp) Build failed (\(errors.count == 1 ? "1 error" : "\(errors.count) errors")); "
                        + "pages show the errors until the next good save:")
            for diagnostic in errors { options.log("  " + diagnostic.description) }
        }
    }

    private static let clock: DateFormatter = {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter
    }()
}
