import DocketBuilder
import Foundation

/// The build's progress on a terminal: nothing for a quick build; after a moment one line,
/// rewritten in place ("Rendering pages: 120 of 340"), cleared before the summary.
/// Not on a terminal, and only with `--verbose`, a plain line per stage instead.
public final class ProgressLine: @unchecked Sendable {
    public enum Mode: Sendable { case live, plain, silent }

    private let mode: Mode
    private let delay: TimeInterval
    private let write: @Sendable (String) -> Void
    private let started = Date()
    private let lock = NSLock()
    private var shown = false
    private var lastDrawn = Date.distantPast
    private var lastStage = ""

    public init(mode: Mode, delay: TimeInterval = 0.3, write: @escaping @Sendable (String) -> Void = { Terminal.writeError($0) }) {
        self.mode = mode
        self.delay = delay
        self.write = write
    }

    /// The mode for standard error and the chosen verbosity.
    public static func mode(terminal: Terminal, quiet: Bool, verbose: Bool) -> Mode {
        if quiet { return .silent }
        if terminal.isInteractive { return .live }
        return verbose ? .plain : .silent
    }

    public func report(_ progress: BuildProgress) {
        let (stage, text) = Self.describe(progress)
        lock.lock()
        defer { lock.unlock() }
        switch mode {
        case .silent:
            return
        case .plain:
            guard stage != lastStage else { return }
            lastStage = stage
            if case .rendered = progress {
                write("Rendering \(Self.total(progress)) pages…\n")
            } else if case .reading(_, let total) = progress {
                write("Reading \(total) content files…\n")
            } else {
                write(text + "\n")
            }
        case .live:
            let now = Date()
            guard now.timeIntervalSince(started) >= delay, now.timeIntervalSince(lastDrawn) >= 0.05 else { return }
            lastDrawn = now
            shown = true
            write("\r\u{1B}[K" + text)
        }
    }

    /// Clears the line, before the summary is printed.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { write("\r\u{1B}[K") }
        shown = false
    }

    static func describe(_ progress: BuildProgress) -> (String, String) {
        switch progress {
        case .reading(let files, let total): return ("reading", "Reading content files: \(files) of \(total)")
        case .read(let files): return ("read", "Checked \(files) files")
        case .rendered(let pages, let total): return ("render", "Rendering pages: \(pages) of \(total)")
        case .writing(let files): return ("write", "Writing \(files) files")
        }
    }

    private static func total(_ progress: BuildProgress) -> Int {
        if case .rendered(_, let total) = progress { return total }
        return 0
    }
}
