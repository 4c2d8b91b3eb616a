extension Catalog {
    /// English: the reference catalog (every key a complete catalog needs), worded as the
    /// templates print today.
    static let englishEntries: [String: CatalogValue] = entries(
        [
            .skipToContent: "Skip to content", .navMain: "Main", .navHome: "Home", .navPrisoners: "Prisoners",
            .navNames: "Names", .navTimeline: "Timeline", .navReports: "Reports", .navTags: "Tags",
            .navPrisons: "Prisons", .navCountries: "Countries", .navUpcoming: "Upcoming", .navOpenData: "Open data",
            .navCorrections: "Corrections", .searchLabel: "Search names and reports", .searchFindName: "Find a name",
            .searchNothingFound: "Nothing found. Try the index of names.",
            .searchNotAvailable: "Search is not available here.",
            .homeInTheMonitor: "In the monitor", .homeHeldNow: "Held now", .homeLatestEvents: "Latest events",
            .homeLatestReports: "Latest reports", .homeOverTime: "Over time", .homeArrestsByYear: "Arrests by year",
            .homeHeldNowByCountry: "Held now, by country",
            .homeNoOneHeldNow: "No one in this monitor is detained or imprisoned now.",
            .listAllPrisoners: "All prisoners", .listAllNames: "All names", .listAllPrisons: "All prisons",
            .listAllReports: "All reports", .listAllTags: "All tags", .listByStatus: "By status",
            .listByPrison: "By prison", .listByCharge: "By charge", .listByYearOfArrest: "By year of arrest",
            .listByCountry: "By country", .listByTag: "By tag", .listByProfession: "By profession",
            .listByOutlet: "By outlet", .listChargesByArticle: "Charges by article", .listProfessions: "Professions",
            .listOutlets: "Outlets", .listNoOne: "No one.", .listNoPrisoners: "No prisoners yet.",
            .listNoReports: "No reports yet.", .listNoTags: "No tags yet.", .namesHeading: "Names",
            .namesEveryNameAndSpelling: "Every name and spelling", .timelineWhole: "The whole timeline",
            .countriesLead: "People in this monitor, by country",
            .prisonsLead: "Prisons and places of detention named in this monitor.",
            .prisonsPlacesByName: "Places of detention, by name", .prisonHeldHereNow: "Held here now",
            .prisonHeldHereBefore: "Held here before",
            .prisonNoOneHeldHereNow: "No one in this monitor is held here now.",
            .prisonNoOneHeldHereBefore: "No one in this monitor is recorded as held here before.",
            .factStatus: "Status", .factArrested: "Arrested", .factReleased: "Released", .factSentence: "Sentence",
            .factTermEnds: "Term ends", .factPrison: "Prison", .factCharges: "Charges", .factLawyer: "Lawyer",
            .factProfession: "Profession", .factPatronymic: "Patronymic", .factAlsoWritten: "Also written",
            .factCountry: "Country", .factOutlet: "Outlet", .factDaysInDetention: "Days in detention",
            .factPreviousDetentions: "Previous detentions", .factLastReviewed: "Last reviewed",
            .personBiography: "Biography", .personNoBiography: "No biography yet.", .personEvents: "Events",
            .personNoEvents: "No events recorded.", .personSources: "Sources",
            .personFollowCase: "Follow this case (Atom feed)",
            .reportPeople: "People in this report", .reportEvents: "Events in this report", .reportDraft: "Draft",
            .paginationNewer: "Newer", .paginationOlder: "Older", .paginationPages: "Pages",
            .chartCaption: "People held over time", .chartNumbersBehind: "The numbers behind the chart",
            .chartNotEnoughData: "Not enough arrest and release dates to draw a chart.", .chartMonth: "Month",
            .chartPeopleHeld: "People held",
            .correctionsHeading: "Corrections",
            .correctionsLead: "Corrections made to this monitor's records, newest first.",
            .correctionsNone: "No corrections have been published.",
            .correctionsFollow: "Follow corrections (Atom feed)", .correctionPrefix: "Correction:",
            .feedReports: "Reports feed", .feedTimeline: "Timeline feed",
            .notFoundHeading: "Page not found", .notFoundLead: "There is no page at this address.",
            .movedHeading: "This page has moved",
            .dataHeading: "Open data", .dataFormats: "Formats", .dataLicence: "The data is published under this licence:",
            .dataOneRowPerPerson: "One row per person:", .dataOneRowPerEvent: "One row per timeline event, oldest first:",
            .dataDatesPrecision: "Dates are kept as precise as they are known:", .dataColumn: "Column",
            .dataMeaning: "Meaning", .dataKind: "Kind", .dataDate: "Date", .dataPlace: "Place", .dataSource: "Source",
            .dataReport: "Report", .dataPerson: "Person",
            .statusDetained: "Detained", .statusImprisoned: "Imprisoned", .statusReleased: "Released",
            .statusPardoned: "Pardoned", .statusAcquitted: "Acquitted", .statusDeceased: "Deceased",
            .eventArrest: "Arrest", .eventCharge: "Charge", .eventDetentionExtended: "Detention extended",
            .eventHearing: "Hearing", .eventTrial: "Trial", .eventSentence: "Sentence", .eventAppeal: "Appeal",
            .eventTransfer: "Transfer", .eventHungerStrike: "Hunger strike", .eventVisitDenied: "Visit denied",
            .eventHealth: "Health", .eventRelease: "Release", .eventPardon: "Pardon",
            .eventAmnesty: "Amnesty", .eventAcquittal: "Acquittal", .eventDeath: "Death",
            .eventAward: "Award", .eventStatement: "Statement", .eventLegislation: "Legislation", .eventOther: "Other",
            .releaseServed: "sentence served", .releasePardoned: "pardoned", .releaseAmnestied: "amnestied",
            .releaseAcquitted: "acquitted", .releaseConditional: "conditional release", .releaseExchanged: "exchanged",
            .prisonKindPreTrial: "Pre-trial detention centre", .prisonKindPrison: "Prison",
            .prisonKindColony: "Penal colony", .prisonKindPolice: "Police station or temporary holding",
            .prisonKindPsychiatric: "Psychiatric hospital", .prisonKindOther: "Other place of detention",
            .sentenceLife: "life imprisonment", .sentenceDeath: "death",
            // New keys: frame
            // ----
            // New keys: lists
            // ----
            // New keys: feeds
            // ----
            // New keys: trans
            // ----
        ],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
        genitiveMonths: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"],
        messages: [
            "count.days": .plural([.one: "{count} day", .other: "{count} days"]),
            "count.daysInDetention": .plural([.one: "{count} day in detention", .other: "{count} days in detention"]),
            "count.years": .plural([.one: "{count} year", .other: "{count} years"]),
            "count.months": .plural([.one: "{count} month", .other: "{count} months"]),
            "count.people": .plural([.one: "{count} person", .other: "{count} people"]),
            "count.reports": .plural([.one: "{count} report", .other: "{count} reports"]),
            "count.events": .plural([.one: "{count} event", .other: "{count} events"]),
            "list.allEvents": .plural([.one: "All {count} event", .other: "All {count} events"]),
            "list.allUpcoming": .plural([.other: "All {count} upcoming"]),
            "list.allPeople": .plural([.one: "All {count} person", .other: "All {count} people"]),
            "sentence.term": .text("{term}"),
            "sentenceChange.reduced": .text("Sentence reduced to {term}"),
            "sentenceChange.increased": .text("Sentence increased to {term}"),
            "sentenceChange.commuted": .text("Sentence commuted to {term}"),
            "sentenceChange.annulled": .text("Sentence annulled"),
            "sentenceChange.reduced.fromDeath": .text("Death sentence reduced to {term}"),
            "sentenceChange.increased.fromDeath": .text("Death sentence increased to {term}"),
            "sentenceChange.commuted.fromDeath": .text("Death sentence commuted to {term}"),
            "sentenceChange.annulled.fromDeath": .text("Death sentence annulled"),
            "pagination.pageOf": .text("Page {page} of {pages}"),
            "pagination.pageNumber": .text("Page {page}"),
            "names.pageHeading": .text("Names: {letters}"),
            "prisoner.lastReviewed": .text("Last reviewed: {date}."),
            "correction.correctedOn": .text("Corrected on {date}"),
            "chart.captionInCountry": .text("People held over time (in {country})"),
            "moved.lead": .text("It is now at {address}"),
            "feed.timelineTitle": .text("Timeline · {site}"),
            "feed.reportsTitle": .text("Reports · {site}"),
            "feed.correctionsTitle": .text("Corrections · {site}"),
            "feed.personTitle": .text("{name} · {site}"),
            // New keys: frame
            // ----
            // New keys: lists
            // ----
            // New keys: feeds
            // ----
            // New keys: trans
            // ----
        ]
    )
}
