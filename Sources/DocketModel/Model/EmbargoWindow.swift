/// The stretch of time around a build's publishing moment in which no embargo ends: the latest
/// embargo that had ended by then and the first one still to end. Every moment inside it
/// publishes exactly the same items, so a build made at any of them gives the same output
/// (for the same `--as-of` day). The build cache keys on this instead of the moment itself.
public struct EmbargoWindow: Equatable, Sendable, CustomStringConvertible {
    /// The latest embargo end at or before the moment; nil when none had ended.
    public let from: Moment?
    /// The first embargo end after the moment; nil when none is still to end.
    public let until: Moment?

    public init(from: Moment?, until: Moment?) {
        self.from = from
        self.until = until
    }

    /// The window around `moment` among these embargo ends. An item is under embargo while the
    /// moment is before its end (see `Prisoner.isEmbargoed(at:)`), so an end equal to the moment
    /// has passed.
    public init(around moment: Moment, ends: some Sequence<Moment>) {
        var from: Moment?
        var until: Moment?
        for end in ends {
            if end <= moment {
                if from.map({ end > $0 }) ?? true { from = end }
            } else if until.map({ end < $0 }) ?? true {
                until = end
            }
        }
        self.init(from: from, until: until)
    }

    /// Whether a build at `moment` publishes what a build at the window's moment did.
    public func contains(_ moment: Moment) -> Bool {
        (from.map { $0 <= moment } ?? true) && (until.map { moment < $0 } ?? true)
    }

    /// `<from> <until>` in seconds since 1970, `-` for an open end; read back by `init?(parsing:)`.
    public var description: String {
        "\(from.map { String($0.secondsSince1970) } ?? "-") \(until.map { String($0.secondsSince1970) } ?? "-")"
    }

    public init?(parsing text: Substring) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        func moment(_ part: Substring) -> Moment?? {
            if part == "-" { return .some(nil) }
            return Int(part).map { .some(Moment(secondsSince1970: $0)) }
        }
        guard let from = moment(parts[0]), let until = moment(parts[1]) else { return nil }
        self.init(from: from, until: until)
    }
}
