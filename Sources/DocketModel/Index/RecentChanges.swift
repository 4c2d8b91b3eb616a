import DocketLocalization
import DocketMarkdown

/// What `/updated/` and its feed list: each published person and report by when it last
/// changed, newest first, with what that change was. A person changes when reviewed (their
/// `updated`) or corrected; a report only when corrected, since its publication is on
/// `/articles/` and in the reports feed already. Records never changed are left out. Built
/// once a build, in one pass over the site.
public struct RecentChanges: Sendable {
    public struct Change: Sendable {
        /// The person's or the report's page.
        public let origin: Event.Origin
        /// The person's name or the report's title.
        public let title: String
        /// The day of the latest change.
        public let date: PartialDate
        /// Reviewed on `date` (a person's `updated`).
        public let reviewed: Bool
        /// The corrections made on `date`, in the order written (the last of the day first on the page).
        public let corrections: [Correction]

        /// What changed, in words: "reviewed", "corrected: <the correction's first words>", or
        /// both, a correction of the day each ("reviewed; corrected: …; corrected: …").
        public var summary: String {
            var parts: [String] = reviewed ? ["reviewed"] : []
            for correction in corrections.reversed() {
                parts.append("corrected: " + RecentChanges.firstWords(Markdown.plainText(fromHTML: correction.textHTML)))
            }
            return parts.joined(separator: "; ")
        }

        /// `summary` in a catalog's words: "yoxlanılıb; düzəliş: …".
        public func summary(in catalog: Catalog) -> String {
            var parts: [String] = reviewed ? [catalog.format("updated.reviewed")] : []
            for correction in corrections.reversed() {
                parts.append(catalog.format("updated.corrected", [("words", RecentChanges.firstWords(Markdown.plainText(fromHTML: correction.textHTML)))]))
            }
            return parts.joined(separator: "; ")
        }

        /// Where the change is read: the latest correction of the day on the page, else the page.
        public var anchor: String? { corrections.last?.anchor }
    }

    /// Newest first; on one day, people before reports, then by name (`NameCollation`) or
    /// title, then by slug.
    public let changes: [Change]

    public init(_ site: Site) {
        var changes: [Change] = []
        func add(_ origin: Event.Origin, _ title: String, updated: PartialDate?, _ corrections: [Correction]) {
            guard let latest = Correction.modified(updated, corrections: corrections) else { return }
            let reviewed = updated.map { $0.lastDay == latest.lastDay } ?? false
            let sameDay = corrections.filter { $0.date.lastDay == latest.lastDay }
            changes.append(Change(origin: origin, title: title, date: reviewed ? updated! : sameDay.last?.date ?? latest,
                                  reviewed: reviewed, corrections: sameDay))
        }
        for prisoner in site.prisoners where !prisoner.draft {
            add(.prisoner(slug: prisoner.slug), prisoner.name, updated: prisoner.updated, prisoner.corrections)
        }
        for article in site.articles where !article.draft && !article.corrections.isEmpty {
            add(.article(slug: article.slug), article.title, updated: nil, article.corrections)
        }
        // Each title's collation key made once, not at every comparison.
        let keyed = changes.map { (change: $0, key: NameCollation.key($0.title)) }
        self.changes = keyed.sorted { a, b in
            let (x, y) = (a.change, b.change)
            if x.date.lastDay != y.date.lastDay { return x.date.lastDay > y.date.lastDay }
            if x.date != y.date { return y.date < x.date }
            let (slugX, isPersonX) = Self.slug(x.origin)
            let (slugY, isPersonY) = Self.slug(y.origin)
            if isPersonX != isPersonY { return isPersonX }
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            if x.title != y.title { return x.title < y.title }
            return slugX < slugY
        }.map(\.change)
    }

    private static func slug(_ origin: Event.Origin) -> (String, isPerson: Bool) {
        switch origin {
        case .prisoner(let slug): (slug, true)
        case .article(let slug): (slug, false)
        }
    }

    /// The first `count` words of a correction's plain text, with "…" when there are more: what
    /// `/updated/` says was corrected.
    public static func firstWords(_ text: String, count: Int = 8) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let shown = words.prefix(count).joined(separator: " ")
        return words.count > count ? shown + "…" : shown
    }
}
