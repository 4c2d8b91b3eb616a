extension Catalog {
    /// Azerbaijani (Latin script). After a numeral the noun stays singular ("1 gün", "5 gün"), so
    /// plural entries give the `other` form alone, which CLDR's `one` falls back to. Month names
    /// are lower-case and do not change after a day ("5 dekabr 2014").
    static let azerbaijaniEntries: [String: CatalogValue] = entries(
        [
            .skipToContent: "Məzmuna keç", .navMain: "Əsas menyu", .navHome: "Ana səhifə", .navPrisoners: "Məhbuslar",
            .navNames: "Adlar", .navTimeline: "Xronologiya", .navReports: "Materiallar", .navTags: "Mövzular",
            .navPrisons: "Həbs yerləri", .navCountries: "Ölkələr", .navUpcoming: "Qarşıdakı hadisələr",
            .navOpenData: "Açıq məlumatlar", .navCorrections: "Düzəlişlər",
            .searchLabel: "Adlarda və materiallarda axtarış", .searchFindName: "Ad axtar",
            .searchNothingFound: "Heç nə tapılmadı. Adlar siyahısına baxın.",
            .searchNotAvailable: "Burada axtarış mümkün deyil.",
            .homeInTheMonitor: "Bazada", .homeHeldNow: "Hazırda həbsdə", .homeLatestEvents: "Son hadisələr",
            .homeLatestReports: "Son materiallar", .homeOverTime: "Zamanla", .homeArrestsByYear: "İllər üzrə həbslər",
            .homeHeldNowByCountry: "Hazırda həbsdə olanlar, ölkələr üzrə",
            .homeNoOneHeldNow: "Bu bazadakı şəxslərdən hazırda heç kim saxlanılmır və ya həbsdə deyil.",
            .listAllPrisoners: "Bütün məhbuslar", .listAllNames: "Bütün adlar", .listAllPrisons: "Bütün həbs yerləri",
            .listAllReports: "Bütün materiallar", .listAllTags: "Bütün mövzular", .listByStatus: "Statusa görə",
            .listByPrison: "Həbs yerinə görə", .listByCharge: "İttihama görə", .listByYearOfArrest: "Həbs ilinə görə",
            .listByCountry: "Ölkəyə görə", .listByTag: "Mövzuya görə", .listByProfession: "Peşəyə görə",
            .listByOutlet: "Nəşrə görə", .listChargesByArticle: "Maddələr üzrə ittihamlar", .listProfessions: "Peşələr",
            .listOutlets: "Nəşrlər", .listNoOne: "Heç kim.", .listNoPrisoners: "Hələ məhbus yoxdur.",
            .listNoReports: "Hələ material yoxdur.", .listNoTags: "Hələ mövzu yoxdur.", .namesHeading: "Adlar",
            .namesEveryNameAndSpelling: "Bütün adlar və yazılış formaları", .timelineWhole: "Bütün xronologiya",
            .countriesLead: "Bu bazadakı şəxslər, ölkələr üzrə",
            .prisonsLead: "Bu bazada adı çəkilən həbsxanalar və saxlama yerləri.",
            .prisonsPlacesByName: "Həbs yerləri, adlarına görə", .prisonHeldHereNow: "Hazırda burada saxlanılanlar",
            .prisonHeldHereBefore: "Əvvəllər burada saxlanılanlar",
            .prisonNoOneHeldHereNow: "Bu bazadakı şəxslərdən hazırda burada heç kim saxlanılmır.",
            .prisonNoOneHeldHereBefore: "Bu bazadakı şəxslərdən əvvəllər burada saxlanılan qeydə alınmayıb.",
            .factStatus: "Status", .factArrested: "Həbs edilib", .factReleased: "Azad edilib", .factSentence: "Hökm",
            .factTermEnds: "Cəza müddətinin sonu", .factPrison: "Həbs yeri", .factCharges: "İttihamlar",
            .factLawyer: "Vəkil", .factProfession: "Peşə", .factPatronymic: "Ata adı",
            .factAlsoWritten: "Digər yazılışlar", .factCountry: "Ölkə", .factOutlet: "Nəşr",
            .factDaysInDetention: "Həbsdə keçən günlər", .factPreviousDetentions: "Əvvəlki həbslər",
            .factLastReviewed: "Son yoxlama",
            .personBiography: "Tərcümeyi-hal", .personNoBiography: "Hələ tərcümeyi-hal yoxdur.",
            .personEvents: "Hadisələr", .personNoEvents: "Heç bir hadisə qeydə alınmayıb.", .personSources: "Mənbələr",
            .personFollowCase: "Bu işi izləyin (Atom lenti)",
            .reportPeople: "Bu materialdakı şəxslər", .reportEvents: "Bu materialdakı hadisələr",
            .reportDraft: "Qaralama",
            .paginationNewer: "Daha yeni", .paginationOlder: "Daha köhnə", .paginationPages: "Səhifələr",
            .chartCaption: "Zamanla həbsdə olanların sayı", .chartNumbersBehind: "Qrafikin rəqəmləri",
            .chartNotEnoughData: "Qrafik çəkmək üçün kifayət qədər həbs və azadlıq tarixi yoxdur.",
            .chartMonth: "Ay", .chartPeopleHeld: "Həbsdə olanlar",
            .correctionsHeading: "Düzəlişlər",
            .correctionsLead: "Bu bazanın qeydlərinə edilmiş düzəlişlər, əvvəlcə ən yeniləri.",
            .correctionsNone: "Hələ heç bir düzəliş dərc edilməyib.",
            .correctionsFollow: "Düzəlişləri izləyin (Atom lenti)", .correctionPrefix: "Düzəliş:",
            .feedReports: "Materiallar lenti", .feedTimeline: "Xronologiya lenti",
            .notFoundHeading: "Səhifə tapılmadı", .notFoundLead: "Bu ünvanda səhifə yoxdur.",
            .movedHeading: "Səhifə köçürülüb",
            .dataHeading: "Açıq məlumatlar", .dataFormats: "Formatlar",
            .dataLicence: "Məlumatlar bu lisenziya ilə dərc olunur:",
            .dataOneRowPerPerson: "Hər şəxs üçün bir sətir:",
            .dataOneRowPerEvent: "Xronologiyadakı hər hadisə üçün bir sətir, əvvəlcə ən köhnələri:",
            .dataDatesPrecision: "Tarixlər məlum olduğu dəqiqliklə saxlanılır:", .dataColumn: "Sütun",
            .dataMeaning: "Mənası", .dataKind: "Növ", .dataDate: "Tarix", .dataPlace: "Yer", .dataSource: "Mənbə",
            .dataReport: "Material", .dataPerson: "Şəxs",
            .statusDetained: "Saxlanılıb", .statusImprisoned: "Həbsdədir", .statusReleased: "Azad edilib",
            .statusPardoned: "Əfv edilib", .statusAcquitted: "Bəraət alıb", .statusDeceased: "Vəfat edib",
            .eventArrest: "Həbs", .eventCharge: "İttiham", .eventDetentionExtended: "Həbs müddəti uzadılıb",
            .eventHearing: "Məhkəmə iclası", .eventTrial: "Məhkəmə prosesi", .eventSentence: "Hökm",
            .eventAppeal: "Apellyasiya", .eventTransfer: "Başqa yerə köçürülmə", .eventHungerStrike: "Aclıq aksiyası",
            .eventVisitDenied: "Görüşə icazə verilməyib", .eventHealth: "Səhhət", .eventRelease: "Azadlığa buraxılma",
            .eventPardon: "Əfv", .eventAmnesty: "Amnistiya", .eventAcquittal: "Bəraət", .eventDeath: "Ölüm",
            .eventAward: "Mükafat", .eventStatement: "Bəyanat", .eventLegislation: "Qanunvericilik",
            .eventOther: "Digər",
            .releaseServed: "cəza müddəti başa çatıb", .releasePardoned: "əfv edilib", .releaseAmnestied: "amnistiya",
            .releaseAcquitted: "bəraət", .releaseConditional: "şərti olaraq vaxtından əvvəl azad edilmə",
            .releaseExchanged: "mübadilə",
            .prisonKindPreTrial: "İstintaq təcridxanası", .prisonKindPrison: "Həbsxana",
            .prisonKindColony: "Cəzaçəkmə müəssisəsi", .prisonKindPolice: "Polis şöbəsi və ya müvəqqəti saxlama yeri",
            .prisonKindPsychiatric: "Psixiatriya xəstəxanası", .prisonKindOther: "Digər saxlama yeri",
            .sentenceLife: "ömürlük azadlıqdan məhrumetmə", .sentenceDeath: "ölüm cəzası",
            // New keys: frame
            // ----
            // New keys: lists
            // ----
            // New keys: feeds
            // ----
            // New keys: trans
            // ----
        ],
        months: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
                 "noyabr", "dekabr"],
        genitiveMonths: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
                         "noyabr", "dekabr"],
        messages: [
            "count.days": .plural([.other: "{count} gün"]),
            "count.daysInDetention": .plural([.other: "həbsdə {count} gün"]),
            "count.years": .plural([.other: "{count} il"]),
            "count.months": .plural([.other: "{count} ay"]),
            "count.people": .plural([.other: "{count} nəfər"]),
            "count.reports": .plural([.other: "{count} material"]),
            "count.events": .plural([.other: "{count} hadisə"]),
            "list.allEvents": .plural([.other: "Bütün {count} hadisə"]),
            "list.allUpcoming": .plural([.other: "Qarşıdakı bütün {count} hadisə"]),
            "list.allPeople": .plural([.other: "Bütün {count} nəfər"]),
            "sentence.term": .text("{term}"),
            "sentenceChange.reduced": .text("Cəza azaldılıb: {term}"),
            "sentenceChange.increased": .text("Cəza artırılıb: {term}"),
            "sentenceChange.commuted": .text("Cəza dəyişdirilib: {term}"),
            "sentenceChange.annulled": .text("Hökm ləğv edilib"),
            "sentenceChange.reduced.fromDeath": .text("Ölüm hökmü yüngülləşdirilib: {term}"),
            "sentenceChange.increased.fromDeath": .text("Ölüm hökmü dəyişdirilib: {term}"),
            "sentenceChange.commuted.fromDeath": .text("Ölüm cəzası dəyişdirilib: {term}"),
            "sentenceChange.annulled.fromDeath": .text("Ölüm hökmü ləğv edilib"),
            "pagination.pageOf": .text("Səhifə {page} / {pages}"),
            "pagination.pageNumber": .text("Səhifə {page}"),
            "names.pageHeading": .text("Adlar: {letters}"),
            "prisoner.lastReviewed": .text("Son yoxlama: {date}."),
            "correction.correctedOn": .text("Düzəliş tarixi: {date}"),
            "chart.captionInCountry": .text("Zamanla həbsdə olanların sayı ({country})"),
            "moved.lead": .text("Yeni ünvanı: {address}"),
            "feed.timelineTitle": .text("Xronologiya · {site}"),
            "feed.reportsTitle": .text("Materiallar · {site}"),
            "feed.correctionsTitle": .text("Düzəlişlər · {site}"),
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
