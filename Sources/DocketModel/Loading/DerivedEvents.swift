import DocketMarkdown

/// The arrest, sentence and release entries made from a prisoner's own fields, so the
/// editor never writes them twice. One the editor did write (same kind, same date) wins.
enum DerivedEvents {
    static func make(slug: String, status: PrisonerStatus, arrested: PartialDate?, sentence: Sentence?,
                     released: PartialDate?, written: [Event]) -> [Event] {
        var derived: [Event] = []
        func add(_ date: PartialDate?, _ kind: EventKind, _ text: String) {
            guard let date, !written.contains(where: { $0.kind == kind && $0.date == date }) else { return }
            derived.append(Event(date: date, kind: kind, text: text, textHTML: Markdown.escapeText(text),
                                 prisoners: [slug], sourceURL: nil, sourceTitle: nil,
                                 origin: .prisoner(slug: slug), isDerived: true))
        }
        add(arrested, .arrest, "Arrested.")
        if let sentence, let date = sentence.date {
            var text = "Sentenced"
            if let term = sentence.term { text += term == .life ? " to life imprisonment" : " to \(term.display)" }
            if let court = sentence.court { text += " by \(court)" }
            add(date, .sentence, text + ".")
        }
        let releaseText: String
        switch status {
        case .pardoned: releaseText = "Released under a pardon."
        case .acquitted: releaseText = "Released after acquittal."
        default: releaseText = "Released."
        }
        add(released, .release, releaseText)
        return derived
    }
}
