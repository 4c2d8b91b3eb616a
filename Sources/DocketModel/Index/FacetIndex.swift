import Foundation

/// The facets that are not a file of their own: charges by article (`/charges/`), year of arrest
/// (`/arrests/`), profession (`/professions/`) and outlet (`/outlets/`). Each lists its values
/// with the people under each, built once per build (in `SiteIndex`) in one pass over the
/// prisoners sorted by name. (Countries, statuses and prisons have their own indexes.)
public struct FacetIndex: Sendable {
    /// One value of a facet and the people it has.
    public struct Value: Sendable {
        /// In the value's address (`criminal-code-234-4-3`, `2014`, `journalist`).
        public let slug: String
        /// As pages show it: "Article 234.4.3 of the Criminal Code", "2014", "Journalist".
        public let label: String
        /// An article's name (from `content/charges.yml`, else the text its charges give most
        /// often); nil for the other facets, and for an article nothing names.
        public let name: String?
        /// Everyone with the value, each once, by name (`NameCollation`, then slug).
        public let prisoners: [Prisoner]
        /// A charge's article and code (nil for the other facets), for pages that name it in their own words.
        public var cited: CitedArticle? = nil
    }

    /// The values of one facet, in the order its index page lists them.
    public struct Facet: Sendable {
        public let values: [Value]
        /// The slug of each value as the records write it (an article's `code` + NUL + `article`,
        /// a year, a profession or outlet as written).
        let slugByWritten: [String: String]
        let positionBySlug: [String: Int]

        init(_ values: [Value], slugByWritten: [String: String]) {
            self.values = values
            self.slugByWritten = slugByWritten
            var positions: [String: Int] = [:]
            for (position, value) in values.enumerated() { positions[value.slug] = position }
            positionBySlug = positions
        }

        public var isEmpty: Bool { values.isEmpty }

        /// The value whose page is at `slug`.
        public func value(slug: String) -> Value? { positionBySlug[slug].map { values[$0] } }
    }

    /// Articles: the Criminal Code's first, then other codes by name; each code's by number.
    public let charges: Facet
    /// Years of arrest, newest first: everyone with a detention whose arrest falls in the year.
    public let arrests: Facet
    /// Professions and outlets by name (`NameCollation`); spellings equal once case and accents
    /// are set aside are one value, shown as most of its people write it.
    public let professions: Facet
    public let outlets: Facet

    /// The page of the article a charge cites; nil for a charge given as text.
    public func chargeSlug(_ charge: Charge) -> String? {
        charge.cited.flatMap { charges.slugByWritten[Self.key($0)] }
    }
    public func arrestSlug(_ year: Int) -> String? { arrests.slugByWritten[String(year)] }
    public func professionSlug(_ written: String) -> String? { professions.slugByWritten[written] }
    public func outletSlug(_ written: String) -> String? { outlets.slugByWritten[written] }

    /// Slugs no value may take: `page` is the folder of a paginated listing's later pages.
    static let reservedSlugs: Set<String> = [Route.paginationFolder]

    public init(_ site: Site) {
        let people = Self.byName(site.prisoners)
        var byArticle: [CitedArticle: [Prisoner]] = [:]
        var articleTexts: [CitedArticle: [String: Int]] = [:]
        var byYear: [Int: [Prisoner]] = [:]
        var byProfession: [String: [Prisoner]] = [:]
        var byOutlet: [String: [Prisoner]] = [:]
        for prisoner in people {
            var articles: [CitedArticle] = []
            var years: [Int] = []
            for detention in prisoner.detentions {
                if let year = detention.arrested?.year, !years.contains(year) { years.append(year) }
                for charge in detention.charges {
                    guard let cited = charge.cited else { continue }
                    if let text = charge.text { articleTexts[cited, default: [:]][text, default: 0] += 1 }
                    if !articles.contains(cited) { articles.append(cited) }
                }
            }
            for cited in articles { byArticle[cited, default: []].append(prisoner) }
            for year in years { byYear[year, default: []].append(prisoner) }
            if let profession = prisoner.profession { byProfession[profession, default: []].append(prisoner) }
            if let outlet = prisoner.outlet { byOutlet[outlet, default: []].append(prisoner) }
        }

        var taken = Self.reservedSlugs
        var slugByWritten: [String: String] = [:]
        var values: [Value] = []
        for cited in byArticle.keys.sorted(by: CitedArticle.precedes) {
            let slug = Self.claim(URLSlug.make("\(cited.code) \(cited.article)"), in: &taken)
            slugByWritten[Self.key(cited)] = slug
            values.append(Value(slug: slug, label: cited.reference,
                                name: site.articleNames[cited] ?? Self.mostWritten(articleTexts[cited] ?? [:]),
                                prisoners: byArticle[cited]!, cited: cited))
        }
        charges = Facet(values, slugByWritten: slugByWritten)

        let years = byYear.keys.sorted(by: >)
        arrests = Facet(years.map { Value(slug: String($0), label: String($0), name: nil, prisoners: byYear[$0]!) },
                        slugByWritten: Dictionary(uniqueKeysWithValues: years.map { (String($0), String($0)) }))
        professions = Self.grouped(byProfession, people: people)
        outlets = Self.grouped(byOutlet, people: people)
    }

    /// Free-text values grouped as spellings of one (case and accents set aside), each group
    /// labelled as most of its people write it, sorted by that label, and given the slug of its
    /// label; a slug two groups would share goes to the first in that order, `-2`, `-3` to the next.
    static func grouped(_ byWritten: [String: [Prisoner]], people: [Prisoner]) -> Facet {
        var spellings: [String: [String: Int]] = [:]
        for (written, prisoners) in byWritten { spellings[fold(written), default: [:]][written] = prisoners.count }
        let labelled = spellings.map { (folded: $0.key, label: mostWritten($0.value)!, spellings: $0.value.keys) }
            .map { (group: $0, key: NameCollation.key($0.label)) }
            .sorted { a, b in
                if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
                if a.group.label != b.group.label { return scalarsPrecede(a.group.label, b.group.label) }
                return scalarsPrecede(a.group.folded, b.group.folded)
            }
        var position: [String: Int] = [:]
        if labelled.contains(where: { $0.group.spellings.count > 1 }) {
            for (offset, prisoner) in people.enumerated() { position[prisoner.slug] = offset }
        }
        var taken = reservedSlugs
        var slugByWritten: [String: String] = [:]
        var values: [Value] = []
        for (group, _) in labelled {
            let slug = claim(URLSlug.make(group.label), in: &taken)
            for spelling in group.spellings { slugByWritten[spelling] = slug }
            // The group's people, by name: each spelling's list is in `people`'s order already,
            // and a person has one profession and one outlet, so merging by position is enough.
            let prisoners = group.spellings.count == 1 ? byWritten[group.spellings.first!]!
                : group.spellings.flatMap { byWritten[$0]! }.sorted { position[$0.slug]! < position[$1.slug]! }
            values.append(Value(slug: slug, label: group.label, name: nil, prisoners: prisoners))
        }
        return Facet(values, slugByWritten: slugByWritten)
    }

    /// `base`, or `base-2`, `base-3`, … when taken; the slug is taken from then on.
    static func claim(_ base: String, in taken: inout Set<String>) -> String {
        var slug = base
        var counter = 2
        while taken.contains(slug) { slug = "\(base)-\(counter)"; counter += 1 }
        taken.insert(slug)
        return slug
    }

    /// A value with case, accents and runs of spaces set aside: "Radio Azadlıq" and "radio  azadliq"
    /// are one outlet (the dotless ı is a letter of its own, not an accent).
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text written most often; a tie goes to the first by code points.
    static func mostWritten(_ counts: [String: Int]) -> String? {
        counts.min { a, b in a.value != b.value ? a.value > b.value : scalarsPrecede(a.key, b.key) }?.key
    }

    static func scalarsPrecede(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    static func key(_ cited: CitedArticle) -> String { cited.code + "\u{0}" + cited.article }

    /// Everyone by name as `NameCollation` sorts it, then by slug: the order of every facet's lists.
    static func byName(_ prisoners: [Prisoner]) -> [Prisoner] {
        prisoners.map { (key: NameCollation.key($0.name), prisoner: $0) }
            .sorted { a, b in
                if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
                if a.prisoner.name != b.prisoner.name { return scalarsPrecede(a.prisoner.name, b.prisoner.name) }
                return a.prisoner.slug < b.prisoner.slug
            }
            .map(\.prisoner)
    }
}
