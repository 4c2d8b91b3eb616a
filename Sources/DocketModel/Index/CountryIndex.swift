/// Prisoners and events by country, for `/countries/` and `/countries/<slug>/`.
public struct CountryIndex: Sendable {
    public struct Country: Sendable {
        public let name: String
        public let slug: String
        /// By name.
        public let prisoners: [Prisoner]
        /// Events concerning this country's prisoners, newest first.
        public let events: [Event]
        public let series: DetentionSeries

        public var heldCount: Int { prisoners.filter { $0.status.isHeld }.count }

        public func count(_ status: PrisonerStatus) -> Int { prisoners.filter { $0.status == status }.count }
    }

    /// By name.
    public let countries: [Country]
    public let slugByName: [String: String]

    /// By name as a reader alphabetises it: "Türkiye" before "Turkmenistan", "Åland Islands"
    /// among the A's (accents and case folded, then the names themselves).
    static func alphabetical(_ a: String, _ b: String) -> Bool {
        let (foldedA, foldedB) = (CountryKey.make(a), CountryKey.make(b))
        return foldedA != foldedB ? foldedA < foldedB : a < b
    }

    /// `declared`: the places site.yml declares, whose slugs the editor may have chosen; every
    /// other country's slug is made from its name (`/countries/azerbaijan/`). Names are the
    /// countries' own (the decoder resolved every spelling), so two never share a slug; `unique`
    /// stays as the guard that no page is written twice.
    init(prisoners: [Prisoner], timeline: [Event], prisonerBySlug: [String: Prisoner], asOf: PartialDate,
         declared: [DeclaredCountry] = []) {
        var slugs = URLSlug.unique(prisoners.map { $0.country }.filter { name in !declared.contains { $0.name == name } })
        var taken = Set(slugs.values)
        for place in declared {
            var slug = place.slug ?? URLSlug.make(place.name)
            var counter = 2
            while taken.contains(slug) { slug = "\(place.slug ?? URLSlug.make(place.name))-\(counter)"; counter += 1 }
            taken.insert(slug)
            slugs[place.name] = slug
        }
        slugByName = slugs
        var byCountry: [String: [Prisoner]] = [:]
        for prisoner in prisoners { byCountry[prisoner.country, default: []].append(prisoner) }
        var eventsByCountry: [String: [Event]] = [:]
        for event in timeline {
            // An event is listed once per country, however many of its people are from there.
            // (Events name one to a few people: a look back costs less than a set per event.)
            var seen: [String] = []
            for slug in event.prisoners {
                guard let country = prisonerBySlug[slug]?.country, !seen.contains(country) else { continue }
                if event.prisoners.count > 1 { seen.append(country) }
                eventsByCountry[country, default: []].append(event)
            }
        }
        countries = byCountry.keys.sorted(by: Self.alphabetical).map { name in
            let people = byCountry[name]!.sorted { $0.name != $1.name ? $0.name < $1.name : $0.slug < $1.slug }
            return Country(name: name, slug: slugs[name]!, prisoners: people, events: eventsByCountry[name] ?? [],
                           series: DetentionSeries(prisoners: people, asOf: asOf))
        }
    }
}
