/// How a sentence was changed (the model's `SentenceChange.Kind`, mirrored so this module does not
/// depend on the model).
public enum SentenceChange: String, CaseIterable, Sendable, Hashable {
    case reduced, increased, commuted, annulled
}
