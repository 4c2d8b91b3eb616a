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
