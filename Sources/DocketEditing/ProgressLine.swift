import DocketBuilder
import DocketModel
import DocketSupport
import Foundation

/// The build's progress on a terminal: nothing for a quick build; after a moment one line,
/// rewritten in place ("Rendering pages: 120 of 340"), cleared before the summary.
/// Not on a terminal, and only with `--verbose`, a plain line per stage instead.
public final class ProgressLine: Sendable {
    public enum Mode: Sendable { case live, plain, silent }

    private let mode: Mode
    private let delay: TimeInterval
    private let write: @Sendable (String) -> Void
    private let started = Date()
    /// What has been drawn: changed by whichever thread reports, one at a time.
    private struct Drawn {
        var shown = false
        var lastDrawn = Date.distantPast
        var lastStage = ""
    }
    private let drawn = Locked(Drawn())

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
        drawn.withLock { drawn in draw(progress, stage: stage, text: text, drawn: &drawn) }
    }

    private func draw(_ progress: BuildProgress, stage: String, text: String, drawn: inout Drawn) {
        switch mode {
        case .silent:
            return
        case .plain:
            guard stage != drawn.lastStage else { return }
            drawn.lastStage = stage
            if case .rendered = progress {
                write("Rendering \(Self.total(progress)) pages…\n")
            } else if case .reading(_, let total) = progress {
                write("Reading \(total) content files…\n")
            } else {
                write(text + "\n")
            }
        case .live:
            let now = Date()
            guard now.timeIntervalSince(started) >= delay, now.timeIntervalSince(drawn.lastDrawn) >= 0.05 else { return }
            drawn.lastDrawn = now
            drawn.shown = true
            write("\r\u{1B}[K" + text)
        }
    }

    /// Clears the line, before the summary is printed.
    public func finish() {
        drawn.withLock { drawn in
            if drawn.shown { write("\r\u{1B}[K") }
            drawn.shown = false
        }
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
