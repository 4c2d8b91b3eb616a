import DocketLocalization

// The catalog keys of the model's fixed values, so a page in any language names them in its
// own words (`context.label(status.labelKey)`); each `label` is the English catalog's text.

extension PrisonerStatus {
    public var labelKey: InterfaceKey {
        switch self {
        case .detained: .statusDetained
        case .imprisoned: .statusImprisoned
        case .released: .statusReleased
        case .pardoned: .statusPardoned
        case .acquitted: .statusAcquitted
        case .deceased: .statusDeceased
        }
    }
}

extension EventKind {
    public var labelKey: InterfaceKey {
        switch self {
        case .arrest: .eventArrest
        case .charge: .eventCharge
        case .detentionExtended: .eventDetentionExtended
        case .hearing: .eventHearing
        case .trial: .eventTrial
        case .sentence: .eventSentence
        case .appeal: .eventAppeal
        case .transfer: .eventTransfer
        case .hungerStrike: .eventHungerStrike
        case .visitDenied: .eventVisitDenied
        case .health: .eventHealth
        case .release: .eventRelease
        case .pardon: .eventPardon
        case .amnesty: .eventAmnesty
        case .acquittal: .eventAcquittal
        case .death: .eventDeath
        case .award: .eventAward
        case .statement: .eventStatement
        case .legislation: .eventLegislation
        case .other: .eventOther
        }
    }
}

extension ReleaseKind {
    /// Nil for `other`, which has no words of its own.
    public var labelKey: InterfaceKey? {
        switch self {
        case .served: .releaseServed
        case .pardoned: .releasePardoned
        case .amnestied: .releaseAmnestied
        case .acquitted: .releaseAcquitted
        case .conditional: .releaseConditional
        case .exchanged: .releaseExchanged
        case .other: nil
        }
    }
}

extension Prison.Kind {
    public var labelKey: InterfaceKey {
        switch self {
        case .preTrial: .prisonKindPreTrial
        case .prison: .prisonKindPrison
        case .colony: .prisonKindColony
        case .police: .prisonKindPolice
        case .psychiatric: .prisonKindPsychiatric
        case .other: .prisonKindOther
        }
    }
}

extension SentenceTerm {
    /// The term in a catalog's words: "7 il 6 ay", "пожизненное лишение свободы" (`display` is
    /// the English catalog's).
    public func text(in catalog: Catalog) -> String {
        switch self {
        case .life: catalog[.sentenceLife]
        case .death: catalog[.sentenceDeath]
        case let .fixed(years, months, days): catalog.string(.sentenceTerm(years: years, months: months, days: days))
        }
    }
}

extension SentenceChange {
    /// "Hökm azaldılıb: 4 il" in a catalog's words (`summary(after:)` is the English).
    public func summary(after previous: SentenceTerm?, in catalog: Catalog) -> String {
        let change = DocketLocalization.SentenceChange(rawValue: kind.rawValue) ?? .annulled
        return catalog.string(.sentenceChange(change, fromDeath: previous == .death, term: term.map { $0.text(in: catalog) }))
    }
}
