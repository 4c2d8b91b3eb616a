/// Who each prison of `content/prisons.yml` holds now and held before, for its page and the
/// list of prisons. Built only when the site lists prisons.
public struct PrisonIndex: Sendable {
    public struct Entry: Sendable {
        public let prison: Prison
        /// Detained or imprisoned there now, by name.
        public let heldNow: [Prisoner]
        /// Held there before (released, or whatever else their status is now), by name.
        public let before: [Prisoner]

        public var count: Int { heldNow.count + before.count }
    }

    /// Every prison, by name (then slug).
    public let entries: [Entry]

    /// Held now: the current detention is in the prison and the status says held. Held before:
    /// any other detention in it (an earlier one, or the last one of someone released); a
    /// person held there now is not listed again under before.
    public init(_ site: Site) {
        var now: [String: [Prisoner]] = [:]
        var before: [String: [Prisoner]] = [:]
        for prisoner in site.prisoners {
            let detentions = prisoner.detentions
            var current: String?
            if prisoner.status.isHeld, let slug = detentions.last?.prisonSlug {
                current = slug
                now[slug, default: []].append(prisoner)
            }
            // Each prison once per person, whatever the order (the lists are sorted by name below).
            var earlier: Set<String> = []
            for detention in detentions {
                if let slug = detention.prisonSlug, slug != current { earlier.insert(slug) }
            }
            for slug in earlier { before[slug, default: []].append(prisoner) }
        }
        func byName(_ people: [Prisoner]?) -> [Prisoner] { (people ?? []).sorted { ($0.name, $0.slug) < ($1.name, $1.slug) } }
        entries = site.prisons
            .sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
            .map { Entry(prison: $0, heldNow: byName(now[$0.slug]), before: byName(before[$0.slug])) }
    }
}
