import DocketLocalization

/// The texts of derived events (`DerivedEvents`) in a language of the site: the same events, in
/// the words of the language's catalog (`derived.*` keys), for `Site.localized(to:)`. The default
/// language keeps the texts `DerivedEvents` wrote at load.
enum DerivedEventTexts {
    static func arrested(_ catalog: Catalog) -> String { catalog.format("derived.arrested") }

    static func sentenced(_ term: SentenceTerm?, court: String?, _ catalog: Catalog) -> String {
        switch (term, court) {
        case (nil, nil): catalog.format("derived.sentenced")
        case (nil, let court?): catalog.format("derived.sentencedBy", [("court", court)])
        case (let term?, nil): catalog.format("derived.sentencedTo", [("term", term.text(in: catalog))])
        case (let term?, let court?): catalog.format("derived.sentencedToBy", [("term", term.text(in: catalog)), ("court", court)])
        }
    }

    static func changed(_ change: SentenceChange, after previous: SentenceTerm?, _ catalog: Catalog) -> String {
        let summary = change.summary(after: previous, in: catalog)
        guard let court = change.court else { return catalog.format("derived.sentenceChange", [("change", summary)]) }
        return catalog.format("derived.sentenceChangeBy", [("change", summary), ("court", court)])
    }

    static func released(_ kind: ReleaseKind?, status: PrisonerStatus?, _ catalog: Catalog) -> String {
        if let key = kind?.labelKey { return catalog.format("derived.releasedKind", [("kind", catalog[key])]) }
        if kind != nil { return catalog.format("derived.released") }
        switch status {
        case .pardoned?: return catalog.format("derived.releasedPardon")
        case .acquitted?: return catalog.format("derived.releasedAcquittal")
        default: return catalog.format("derived.released")
        }
    }
}
