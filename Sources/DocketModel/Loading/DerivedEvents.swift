import DocketLocalization
import DocketMarkdown

/// The arrest, sentence and release entries made from a prisoner's own fields, so the
/// editor never writes them twice: for each detention, its arrest, its sentence and each
/// change to it, and its release. One the editor did write (same kind, same date) wins.
enum DerivedEvents {
    /// `catalog`: the words of a language other than the default (`DerivedEventTexts`); nil: English, as loading writes them.
    static func make(slug: String, status: PrisonerStatus, detentions: [Detention], written: [Event], catalog: Catalog? = nil) -> [Event] {
        var derived: [Event] = []
        func add(_ date: PartialDate?, _ kind: EventKind, _ text: String) {
            guard let date, !written.contains(where: { $0.kind == kind && $0.date == date }),
                  !derived.contains(where: { $0.kind == kind && $0.date == date }) else { return }
            derived.append(Event(date: date, kind: kind, text: text, textHTML: Markdown.escapeText(text),
                                 prisoners: [slug], sourceURL: nil, sourceTitle: nil,
                                 origin: .prisoner(slug: slug), isDerived: true))
        }
        for (index, detention) in detentions.enumerated() {
            add(detention.arrested, .arrest, catalog.map(DerivedEventTexts.arrested) ?? "Arrested.")
            if let sentence = detention.sentence {
                if let date = sentence.date {
                    if let catalog {
                        add(date, .sentence, DerivedEventTexts.sentenced(sentence.term, court: sentence.court, catalog))
                    } else {
                        var text = "Sentenced"
                        if let term = sentence.term { text += term == .death ? " to death" : " to \(term.display)" }
                        if let court = sentence.court { text += " by \(court)" }
                        add(date, .sentence, text + ".")
                    }
                }
                var previous = sentence.term
                for change in sentence.changes {
                    if let catalog {
                        add(change.date, .sentence, DerivedEventTexts.changed(change, after: previous, catalog))
                    } else {
                        var text = change.summary(after: previous)
                        if let court = change.court { text += " by \(court)" }
                        add(change.date, .sentence, text + ".")
                    }
                    previous = change.term
                }
            }
            let finalStatus = index == detentions.count - 1 ? status : nil
            add(detention.released, .release,
                catalog.map { DerivedEventTexts.released(detention.releaseKind, status: finalStatus, $0) }
                    ?? releaseText(detention.releaseKind, status: finalStatus))
        }
        return derived
    }

    /// "Released (pardoned)." from the release kind; without one, the last detention's release
    /// says what the status says ("Released under a pardon.").
    static func releaseText(_ kind: ReleaseKind?, status: PrisonerStatus?) -> String {
        if let label = kind?.label { return "Released (\(label))." }
        if kind != nil { return "Released." }
        switch status {
        case .pardoned?: return "Released under a pardon."
        case .acquitted?: return "Released after acquittal."
        default: return "Released."
        }
    }
}
