extension Catalog {
    /// Russian. Status labels avoid grammatical gender ("На свободе", not "Освобождён"), since a
    /// label does not know whether the person is a man or a woman.
    static let russianEntries: [String: CatalogValue] = entries(
        [
            .skipToContent: "Перейти к содержанию", .navMain: "Основное меню", .navHome: "Главная",
            .navPrisoners: "Заключённые", .navNames: "Имена", .navTimeline: "Хронология", .navReports: "Материалы",
            .navTags: "Темы", .navPrisons: "Места заключения", .navCountries: "Страны", .navUpcoming: "Ближайшие события",
            .navOpenData: "Открытые данные", .navCorrections: "Исправления",
            .searchLabel: "Поиск по именам и материалам", .searchFindName: "Найти имя",
            .searchNothingFound: "Ничего не найдено. Попробуйте указатель имён.",
            .searchNotAvailable: "Поиск здесь недоступен.",
            .homeInTheMonitor: "В базе", .homeHeldNow: "Сейчас под стражей", .homeLatestEvents: "Последние события",
            .homeLatestReports: "Последние материалы", .homeOverTime: "Динамика", .homeArrestsByYear: "Аресты по годам",
            .homeHeldNowByCountry: "Сейчас под стражей, по странам",
            .homeNoOneHeldNow: "Сейчас никто из людей в этой базе не находится под стражей или в заключении.",
            .listAllPrisoners: "Все заключённые", .listAllNames: "Все имена", .listAllPrisons: "Все места заключения",
            .listAllReports: "Все материалы", .listAllTags: "Все темы", .listByStatus: "По статусу",
            .listByPrison: "По месту заключения", .listByCharge: "По обвинению", .listByYearOfArrest: "По году ареста",
            .listByCountry: "По стране", .listByTag: "По теме", .listByProfession: "По профессии",
            .listByOutlet: "По изданию", .listChargesByArticle: "Обвинения по статьям", .listProfessions: "Профессии",
            .listOutlets: "Издания", .listNoOne: "Никого.", .listNoPrisoners: "Заключённых пока нет.",
            .listNoReports: "Материалов пока нет.", .listNoTags: "Тем пока нет.", .namesHeading: "Имена",
            .namesEveryNameAndSpelling: "Все имена и написания", .timelineWhole: "Вся хронология",
            .countriesLead: "Люди в этой базе, по странам",
            .prisonsLead: "Тюрьмы и места содержания под стражей, упомянутые в этой базе.",
            .prisonsPlacesByName: "Места заключения по названию", .prisonHeldHereNow: "Содержатся здесь сейчас",
            .prisonHeldHereBefore: "Содержались здесь раньше",
            .prisonNoOneHeldHereNow: "Сейчас здесь никто из людей в этой базе не содержится.",
            .prisonNoOneHeldHereBefore: "Никто из людей в этой базе не содержался здесь раньше.",
            .factStatus: "Статус", .factArrested: "Арест", .factReleased: "Освобождение", .factSentence: "Приговор",
            .factTermEnds: "Конец срока", .factPrison: "Место заключения", .factCharges: "Обвинения",
            .factLawyer: "Адвокат", .factProfession: "Профессия", .factPatronymic: "Отчество",
            .factAlsoWritten: "Другие написания", .factCountry: "Страна", .factOutlet: "Издание",
            .factDaysInDetention: "Дней под стражей", .factPreviousDetentions: "Прежние задержания",
            .factLastReviewed: "Последняя проверка",
            .personBiography: "Биография", .personNoBiography: "Биографии пока нет.", .personEvents: "События",
            .personNoEvents: "События не записаны.", .personSources: "Источники",
            .personFollowCase: "Следить за делом (лента Atom)",
            .reportPeople: "Люди в этом материале", .reportEvents: "События в этом материале", .reportDraft: "Черновик",
            .paginationNewer: "Новее", .paginationOlder: "Старше", .paginationPages: "Страницы",
            .chartCaption: "Число людей под стражей по времени", .chartNumbersBehind: "Данные для графика",
            .chartNotEnoughData: "Недостаточно дат арестов и освобождений, чтобы построить график.",
            .chartMonth: "Месяц", .chartPeopleHeld: "Под стражей",
            .correctionsHeading: "Исправления",
            .correctionsLead: "Исправления в записях этой базы, сначала новые.",
            .correctionsNone: "Исправлений не публиковалось.",
            .correctionsFollow: "Следить за исправлениями (лента Atom)", .correctionPrefix: "Исправление:",
            .feedReports: "Лента материалов", .feedTimeline: "Лента хронологии",
            .notFoundHeading: "Страница не найдена", .notFoundLead: "По этому адресу страницы нет.",
            .movedHeading: "Страница переехала",
            .dataHeading: "Открытые данные", .dataFormats: "Форматы",
            .dataLicence: "Данные опубликованы на условиях лицензии:",
            .dataOneRowPerPerson: "Одна строка на человека:",
            .dataOneRowPerEvent: "Одна строка на событие хронологии, сначала старые:",
            .dataDatesPrecision: "Даты записаны с той точностью, с какой известны:", .dataColumn: "Столбец",
            .dataMeaning: "Значение", .dataKind: "Вид", .dataDate: "Дата", .dataPlace: "Место",
            .dataSource: "Источник", .dataReport: "Материал", .dataPerson: "Человек",
            .statusDetained: "Под стражей", .statusImprisoned: "В заключении", .statusReleased: "На свободе",
            .statusPardoned: "Помилование", .statusAcquitted: "Оправдание", .statusDeceased: "Нет в живых",
            .eventArrest: "Арест", .eventCharge: "Обвинение", .eventDetentionExtended: "Продление ареста",
            .eventHearing: "Заседание", .eventTrial: "Суд", .eventSentence: "Приговор", .eventAppeal: "Апелляция",
            .eventTransfer: "Этапирование", .eventHungerStrike: "Голодовка", .eventVisitDenied: "Отказ в свидании",
            .eventHealth: "Здоровье", .eventRelease: "Освобождение", .eventPardon: "Помилование",
            .eventAmnesty: "Амнистия", .eventAcquittal: "Оправдание",
            .eventDeath: "Смерть", .eventAward: "Награда", .eventStatement: "Заявление", .eventLegislation: "Закон",
            .eventOther: "Другое",
            .releaseServed: "срок отбыт", .releasePardoned: "помилование", .releaseAmnestied: "амнистия",
            .releaseAcquitted: "оправдание", .releaseConditional: "условно-досрочное освобождение",
            .releaseExchanged: "обмен",
            .prisonKindPreTrial: "Следственный изолятор", .prisonKindPrison: "Тюрьма",
            .prisonKindColony: "Исправительная колония", .prisonKindPolice: "Отдел полиции или изолятор временного содержания",
            .prisonKindPsychiatric: "Психиатрическая больница", .prisonKindOther: "Другое место содержания",
            .sentenceLife: "пожизненное лишение свободы", .sentenceDeath: "смертная казнь",
            // New keys: frame
            // ----
            // New keys: lists
            // ----
            // New keys: feeds
            // ----
            // New keys: trans
            // ----
        ],
        months: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"],
        genitiveMonths: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                         "октября", "ноября", "декабря"],
        messages: [
            "count.days": .plural([.one: "{count} день", .few: "{count} дня", .many: "{count} дней", .other: "{count} дня"]),
            "count.daysInDetention": .plural([
                .one: "{count} день под стражей", .few: "{count} дня под стражей", .many: "{count} дней под стражей",
                .other: "{count} дня под стражей",
            ]),
            "count.years": .plural([.one: "{count} год", .few: "{count} года", .many: "{count} лет", .other: "{count} года"]),
            "count.months": .plural([
                .one: "{count} месяц", .few: "{count} месяца", .many: "{count} месяцев", .other: "{count} месяца",
            ]),
            "count.people": .plural([
                .one: "{count} человек", .few: "{count} человека", .many: "{count} человек", .other: "{count} человека",
            ]),
            "count.reports": .plural([
                .one: "{count} материал", .few: "{count} материала", .many: "{count} материалов", .other: "{count} материала",
            ]),
            "count.events": .plural([
                .one: "{count} событие", .few: "{count} события", .many: "{count} событий", .other: "{count} события",
            ]),
            "list.allEvents": .plural([
                .one: "Все {count} событие", .few: "Все {count} события", .many: "Все {count} событий",
                .other: "Все {count} события",
            ]),
            "list.allUpcoming": .plural([
                .one: "Все {count} предстоящее", .few: "Все {count} предстоящих", .many: "Все {count} предстоящих",
                .other: "Все {count} предстоящих",
            ]),
            "list.allPeople": .plural([
                .one: "Все {count} человек", .few: "Все {count} человека", .many: "Все {count} человек",
                .other: "Все {count} человека",
            ]),
            "sentence.term": .text("{term}"),
            "sentenceChange.reduced": .text("Срок сокращён: {term}"),
            "sentenceChange.increased": .text("Срок увеличен: {term}"),
            "sentenceChange.commuted": .text("Наказание заменено: {term}"),
            "sentenceChange.annulled": .text("Приговор отменён"),
            "sentenceChange.reduced.fromDeath": .text("Смертный приговор смягчён: {term}"),
            "sentenceChange.increased.fromDeath": .text("Смертный приговор изменён: {term}"),
            "sentenceChange.commuted.fromDeath": .text("Смертная казнь заменена: {term}"),
            "sentenceChange.annulled.fromDeath": .text("Смертный приговор отменён"),
            "pagination.pageOf": .text("Страница {page} из {pages}"),
            "pagination.pageNumber": .text("Страница {page}"),
            "names.pageHeading": .text("Имена: {letters}"),
            "prisoner.lastReviewed": .text("Последняя проверка: {date}."),
            "correction.correctedOn": .text("Исправлено {date}"),
            "chart.captionInCountry": .text("Число людей под стражей по времени ({country})"),
            "moved.lead": .text("Теперь она находится по адресу {address}"),
            "feed.timelineTitle": .text("Хронология · {site}"),
            "feed.reportsTitle": .text("Материалы · {site}"),
            "feed.correctionsTitle": .text("Исправления · {site}"),
            "feed.personTitle": .text("{name} · {site}"),
            // New keys: frame
            // ----
            // New keys: lists
            // ----
            // New keys: feeds
            // ----
            // New keys: trans
            "derived.arrested": .text("Арест."),
            "derived.sentenced": .text("Вынесен приговор."),
            "derived.sentencedTo": .text("Приговор: {term}."),
            "derived.sentencedBy": .text("Вынесен приговор ({court})."),
            "derived.sentencedToBy": .text("Приговор: {term} ({court})."),
            "derived.sentenceChange": .text("{change}."),
            "derived.sentenceChangeBy": .text("{change} ({court})."),
            "derived.released": .text("Освобождение."),
            "derived.releasedKind": .text("Освобождение ({kind})."),
            "derived.releasedPardon": .text("Освобождение по помилованию."),
            "derived.releasedAcquittal": .text("Освобождение после оправдания."),
            "translation.notYet": .text("Ещё не переведено; показан текст на языке: {language}."),
            "language.en": .text("английский"),
            "language.az": .text("азербайджанский"),
            "language.ru": .text("русский"),
            // ----
        ]
    )
}
