/// A court's sentence: the term, when it was handed down, and by which court.
public struct Sentence: Hashable, Sendable {
    public let term: SentenceTerm?
    public let date: PartialDate?
    public let court: String?

    public init(term: SentenceTerm?, date: PartialDate?, court: String?) {
        self.term = term
        self.date = date
        self.court = court
    }
}
