/// An interface string with typed arguments. Numbers are written by the catalog's language
/// (`NumberText`), and the plural form is chosen from `count`, so callers never pick a form.
public enum Message: Sendable, Hashable {
    /// "1,085 days" (the span alone).
    case days(Int)
    /// "1,085 days in detention".
    case daysInDetention(Int)
    /// "7 years 6 months 10 days" (`SentenceTerm.display`); zero parts are left out, all zero
    /// is "0 days".
    case sentenceTerm(years: Int, months: Int, days: Int)
    /// "Sentence reduced to 4 years", "Death sentence commuted to life imprisonment": `term` is
    /// already written (`sentenceTerm`, or the `sentence.life` label); nil when annulled.
    case sentenceChange(SentenceChange, fromDeath: Bool, term: String?)
    case years(Int)
    case months(Int)
    /// "12 people".
    case people(Int)
    /// "3 reports".
    case reports(Int)
    /// "240 events".
    case events(Int)
    /// "All 240 events" (link to a person's full list).
    case allEvents(Int)
    /// "All 12 upcoming".
    case allUpcoming(Int)
    /// "All 30 people" (link to a facet's full list).
    case allPeople(Int)
    /// "Page 2 of 5".
    case pageOf(page: Int, pages: Int)
    /// "Names: Aa–Al".
    case namesPage(letters: String)
    /// "Last reviewed: 5 December 2014." — the date already written by `DateText`.
    case lastReviewed(date: String)
    /// "Corrected on 5 January 2016".
    case correctedOn(date: String)
    /// "People held over time (in Azerbaijan)".
    case chartCaptionInCountry(country: String)
    /// "Page 2" in a title.
    case pageNumber(Int)
    /// "It is now at /prisoners/x/" (moved page).
    case movedTo(address: String)
    /// Atom feed titles: "Timeline · Docket".
    case timelineFeedTitle(site: String)
    case reportsFeedTitle(site: String)
    case correctionsFeedTitle(site: String)
    /// "Hilal Mammadov · Docket".
    case personFeedTitle(site: String, name: String)

    /// The catalog key.
    public var key: String {
        switch self {
        case .days: "count.days"
        case .daysInDetention: "count.daysInDetention"
        case .sentenceTerm: "sentence.term"
        case .sentenceChange(let change, let fromDeath, _):
            "sentenceChange.\(change.rawValue)" + (fromDeath ? ".fromDeath" : "")
        case .years: "count.years"
        case .months: "count.months"
        case .people: "count.people"
        case .reports: "count.reports"
        case .events: "count.events"
        case .allEvents: "list.allEvents"
        case .allUpcoming: "list.allUpcoming"
        case .allPeople: "list.allPeople"
        case .pageOf: "pagination.pageOf"
        case .namesPage: "names.pageHeading"
        case .lastReviewed: "prisoner.lastReviewed"
        case .correctedOn: "correction.correctedOn"
        case .chartCaptionInCountry: "chart.captionInCountry"
        case .pageNumber: "pagination.pageNumber"
        case .movedTo: "moved.lead"
        case .timelineFeedTitle: "feed.timelineTitle"
        case .reportsFeedTitle: "feed.reportsTitle"
        case .correctionsFeedTitle: "feed.correctionsTitle"
        case .personFeedTitle: "feed.personTitle"
        }
    }

    /// The number that chooses the plural form, if any.
    public var count: Int? {
        switch self {
        case .days(let n), .daysInDetention(let n), .years(let n), .months(let n), .people(let n),
             .reports(let n), .events(let n), .allEvents(let n), .allUpcoming(let n), .allPeople(let n):
            n
        case .pageOf(_, let pages): pages
        default: nil
        }
    }

    func arguments(in catalog: Catalog) -> [(String, String)] {
        let number = { NumberText.write($0, in: catalog.language) }
        switch self {
        case .days(let n), .daysInDetention(let n), .years(let n), .months(let n), .people(let n),
             .reports(let n), .events(let n), .allEvents(let n), .allUpcoming(let n), .allPeople(let n):
            return [("count", number(n))]
        case .sentenceTerm(let years, let months, let days):
            var parts: [String] = []
            if years != 0 { parts.append(catalog.string(.years(years))) }
            if months != 0 { parts.append(catalog.string(.months(months))) }
            if days != 0 || parts.isEmpty { parts.append(catalog.string(.days(days))) }
            return [("term", parts.joined(separator: " "))]
        case .sentenceChange(_, _, let term): return [("term", term ?? "")]
        case .pageOf(let page, let pages): return [("page", number(page)), ("pages", number(pages))]
        case .pageNumber(let page): return [("page", number(page))]
        case .namesPage(let letters): return [("letters", letters)]
        case .lastReviewed(let date), .correctedOn(let date): return [("date", date)]
        case .chartCaptionInCountry(let country): return [("country", country)]
        case .movedTo(let address): return [("address", address)]
        case .timelineFeedTitle(let site), .reportsFeedTitle(let site), .correctionsFeedTitle(let site):
            return [("site", site)]
        case .personFeedTitle(let site, let name): return [("site", site), ("name", name)]
        }
    }
}
