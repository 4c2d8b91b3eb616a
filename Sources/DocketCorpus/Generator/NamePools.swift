/// Names, places and words the generator draws from: transliterated names (with the other
/// spellings editors meet), countries, outlets, courts, prisons and charges.
enum NamePools {
    /// Given names with another common transliteration.
    static let givenNames: [(String, String)] = [
        ("Khadija", "Hadija"), ("Gilal", "Hilal"), ("Parviz", "Perviz"), ("Rauf", "Rauf"), ("Emin", "Amin"),
        ("Afgan", "Afqan"), ("Seymur", "Seymour"), ("Nijat", "Nicat"), ("Tofig", "Tofiq"), ("Avaz", "Awaz"),
        ("Anar", "Anar"), ("Ilgar", "Ilqar"), ("Leyla", "Leila"), ("Arif", "Aref"), ("Rasul", "Rasoul"),
        ("Intigam", "Intiqam"), ("Mehman", "Mehmon"), ("Fuad", "Fouad"), ("Elchin", "Elcin"), ("Ulvi", "Ulvy"),
        ("Aleksei", "Alexey"), ("Yevgeny", "Evgeniy"), ("Svetlana", "Swetlana"), ("Dmitry", "Dmitri"),
        ("Nadezhda", "Nadejda"), ("Mikhail", "Michail"), ("Yulia", "Julia"), ("Sergei", "Sergey"),
        ("Igor", "Ihor"), ("Oleksandr", "Aleksandr"), ("Maryna", "Marina"), ("Andrei", "Andrey"),
        ("Bakhtiyar", "Bahtiyar"), ("Dilmurod", "Dilmurad"), ("Jamshid", "Dzhamshid"), ("Nurlan", "Nourlan"),
        ("Gulnara", "Gulnora"), ("Timur", "Temir"), ("Zhanna", "Jeanne"), ("Aigul", "Aygul"),
        ("Mehmet", "Mehmed"), ("Ahmet", "Ahmed"), ("Nedim", "Nadim"), ("Sedef", "Sadaf"), ("Can", "Djan"),
    ]

    /// Family names with another common transliteration.
    static let familyNames: [(String, String)] = [
        ("Ismayilova", "Ismailova"), ("Mamedov", "Mammadov"), ("Gashimli", "Hashimli"), ("Mirgadirov", "Mirqadirov"),
        ("Huseynov", "Guseinov"), ("Abbasov", "Abbasow"), ("Aliyev", "Aliev"), ("Yunus", "Younis"),
        ("Hasanli", "Gasanli"), ("Jafarov", "Dzhafarov"), ("Novruzov", "Novruzow"), ("Ibrahimov", "Ibragimov"),
        ("Safarova", "Safarowa"), ("Rahimli", "Ragimli"), ("Zeynalov", "Zeinalov"), ("Karimova", "Kerimova"),
        ("Navalny", "Navalnyi"), ("Prokopyeva", "Prokopieva"), ("Kurmasheva", "Kourmasheva"),
        ("Gershkovich", "Gerszkowicz"), ("Semenov", "Semyonov"), ("Kuznetsova", "Kouznetsova"),
        ("Shevchenko", "Shewchenko"), ("Yesypenko", "Esipenko"), ("Vyshinsky", "Wyszynski"),
        ("Tursunov", "Toursounov"), ("Abdurakhmanov", "Abdurahmanov"), ("Nazarbayeva", "Nazarbaeva"),
        ("Seitkazy", "Seitkazi"), ("Zhaksylykov", "Jaksylykov"), ("Altan", "Altan"), ("Dundar", "Dündar"),
        ("Sik", "Şık"), ("Yucel", "Yücel"), ("Bakirov", "Bakyrov"), ("Umarov", "Oumarov"),
    ]

    /// Fathers' names for the patronymics that tell namesakes apart; none is a given name above,
    /// and no two are spelled alike.
    static let fathers = [
        "Kamran", "Vugar", "Elnur", "Farid", "Tural", "Orkhan", "Ramil", "Samir", "Javid", "Zaur",
        "Vusal", "Rovshan", "Namig", "Elvin", "Sabir", "Tahir", "Polad", "Babek", "Ruslan", "Natig",
        "Ulfat", "Bilal", "Sadig", "Mubariz",
    ]

    /// Native spellings for a few given names (Cyrillic), to exercise non-ASCII text.
    static let cyrillic: [String: String] = [
        "Aleksei": "Алексей", "Yevgeny": "Евгений", "Svetlana": "Светлана", "Dmitry": "Дмитрий",
        "Nadezhda": "Надежда", "Mikhail": "Михаил", "Yulia": "Юлия", "Sergei": "Сергей", "Igor": "Игорь",
        "Andrei": "Андрей", "Timur": "Тимур", "Zhanna": "Жанна",
    ]

    /// As editors write them: "Turkey" and "Myanmar" are accepted names of Türkiye and Myanmar (Burma).
    static let countries = [
        "Azerbaijan", "Russia", "Belarus", "Turkey", "Uzbekistan", "Kazakhstan", "Tajikistan", "Turkmenistan",
        "Iran", "Egypt", "Vietnam", "Myanmar",
    ]
    static let professions = ["Journalist", "Blogger", "Editor", "Photographer", "Human rights defender", "Lawyer", "Poet"]
    static let outlets = [
        "Radio Free Europe/Radio Liberty", "Meydan TV", "Abzas Media", "Kanal 13", "Novaya Gazeta", "Zerkalo",
        "Cumhuriyet", "Ozodlik", "Toplum TV", "Azadliq", "Dozhd", "Mediazona",
    ]
    static let courts = [
        "Baku Grave Crimes Court", "Lankaran Grave Crimes Court", "Moscow City Court", "Minsk Regional Court",
        "Istanbul 14th High Criminal Court", "Tashkent City Court", "Almaty District Court No. 2",
    ]
    static let prisons = [
        "Penitentiary No. 13", "Kurdakhani pre-trial detention centre", "Lefortovo", "Penal colony No. 6",
        "Silivri", "Jaslyk", "Evin", "Tora", "Hoa Lo", "Insein",
    ]
    /// Each prison's slug in the generated `content/prisons.yml`, its kind and place (the files
    /// write the name, which the list resolves).
    static let prisonEntries: [(slug: String, kind: String, place: String)] = [
        ("penitentiary-13", "prison", "Baku"), ("kurdakhani", "pre-trial", "Baku"), ("lefortovo", "pre-trial", "Moscow"),
        ("colony-6", "colony", "Mordovia"), ("silivri", "prison", "Istanbul"), ("jaslyk", "prison", "Karakalpakstan"),
        ("evin", "prison", "Tehran"), ("tora", "prison", "Cairo"), ("hoa-lo", "prison", "Hanoi"), ("insein", "prison", "Yangon"),
    ]
    /// The article of the Criminal Code each charge cites (by its index in `charges`; nil: the
    /// charge is written as text), written in the generated `content/charges.yml`.
    static let chargeArticles: [String?] = [
        "206.3.2", "213.2", "192.2.2", "274", "276", "221.3", "280.1", "308.2", "125", "234.4.3", "178.3.2", "283.1", nil,
    ]
    static let lawyers = ["Fariz Namazli", "Elchin Sadigov", "Javad Javadov", "Maria Eismont", "Ivan Pavlov", "Veysel Ok"]
    static let charges = [
        "Smuggling", "Tax evasion", "Illegal entrepreneurship", "Treason", "Espionage", "Hooliganism",
        "Extremism", "Abuse of power", "Incitement to suicide", "Drug possession", "Fraud",
        "Participation in an extremist organisation", "Spreading false information",
    ]
    static let publishers = [
        "Caucasian Knot", "Committee to Protect Journalists", "Reporters Without Borders", "Amnesty International",
        "Human Rights Watch", "OVD-Info", "Meydan TV", "Turan", "Index on Censorship",
    ]
    static let hosts = [
        "www.kavkaz-uzel.eu", "cpj.org", "rsf.org", "www.amnesty.org", "www.hrw.org", "ovd.info", "www.meydan.tv",
        "www.turan.az", "www.indexoncensorship.org",
    ]
    static let authors = ["Monitor staff", "Leyla Safarova", "Nadezhda Kuznetsova", "Emin Rahimli", "Can Altan"]
    static let tags = [
        "pardon", "trial", "appeal", "hunger strike", "health", "prison conditions", "legislation", "sanctions",
        "United States", "European Union", "Council of Europe", "press freedom", "torture", "travel ban",
    ]

    /// Words for prose, roughly in the register of the monitor's reports.
    static let words = [
        "the", "court", "journalist", "prison", "lawyer", "hearing", "charges", "said", "was", "of", "and", "in", "to",
        "a", "his", "her", "their", "sentence", "appeal", "authorities", "detention", "report", "statement",
        "rights", "freedom", "press", "investigation", "officials", "evidence", "witnesses", "judge", "family",
        "visited", "denied", "released", "pardon", "decree", "president", "parliament", "international",
        "organisations", "called", "for", "release", "political", "prisoners", "on", "after", "before", "months",
        "years", "days", "colleagues", "editor", "outlet", "published", "article", "corruption", "investigative",
        "accused", "allegedly", "according", "sources", "told", "monitor", "health", "condition", "worsened",
        "hunger", "strike", "transferred", "colony", "pre-trial", "extended", "session", "postponed", "verdict",
        "upheld", "overturned", "supreme", "case", "file", "defence", "prosecutor", "requested", "years'",
        "imprisonment", "that", "with", "as", "by", "from", "not", "is", "were", "had", "has", "been", "which",
    ]
}
