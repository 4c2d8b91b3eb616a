/// A court's sentence: the term, when it was handed down, and by which court; then each later
/// change to it (on appeal, by commutation), oldest first.
public struct Sentence: Hashable, Sendable {
    public let term: SentenceTerm?
    public let date: PartialDate?
    public let court: String?
    /// Each change after the original sentence, in date order.
    public let changes: [SentenceChange]

    public init(term: SentenceTerm?, date: PartialDate?, court: String?, changes: [SentenceChange] = []) {
        self.term = term
        self.date = date
        self.court = court
        self.changes = changes
    }

    /// The term as it stands: the last change's (nil once annulled), else the original.
    public var currentTerm: SentenceTerm? {
        guard let last = changes.last else { return term }
        return last.kind == .annulled ? nil : last.term
    }

    /// True when the last change annulled the sentence.
    public var isAnnulled: Bool { changes.last?.kind == .annulled }

    /// The date and court of the decision the term stands on: the last change's, else the original's.
    public var currentDate: PartialDate? { changes.last?.date ?? date }
    public var currentCourt: String? { changes.isEmpty ? court : changes.last?.court }
}

/// A change to a sentence: `reduced`, `increased`, `commuted` (each to a new term) or `annulled`.
public struct SentenceChange: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case reduced, increased, commuted, annulled
    }

    public let kind: Kind
    public let date: PartialDate
    /// The new term; nil for `annulled`.
    public let term: SentenceTerm?
    public let court: String?

    public init(kind: Kind, date: PartialDate, term: SentenceTerm?, court: String?) {
        self.kind = kind
        self.date = date
        self.term = term
        self.court = court
    }

    /// For readers, given the term before it: "Sentence reduced to 4 years", "Death sentence
    /// commuted to life imprisonment", "Sentence annulled" (no full stop, no court).
    public func summary(after previous: SentenceTerm?) -> String {
        let subject = previous == .death ? "Death sentence" : "Sentence"
        guard let term, kind != .annulled else { return "\(subject) annulled" }
        return "\(subject) \(kind.rawValue) to \(term.display)"
    }
}
