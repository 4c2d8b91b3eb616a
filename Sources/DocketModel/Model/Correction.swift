/// A correction published on a prisoner's or a report's page: when the record was corrected
/// (a full date) and what was wrong, in one sentence of inline Markdown (rendered like an
/// event's text).
public struct Correction: Hashable, Sendable {
    public let date: PartialDate
    /// The editor's text, inline Markdown.
    public let text: String
    /// `text` rendered by cmark in safe mode (inline HTML, no paragraph).
    public let textHTML: String
    /// The element id on its page and the end of its feed entry's id, the same in every build:
    /// `correction-2016-01-05`, then `correction-2016-01-05-2` for a second one that day.
    public let anchor: String

    public init(date: PartialDate, text: String, textHTML: String, anchor: String) {
        self.date = date
        self.text = text
        self.textHTML = textHTML
        self.anchor = anchor
    }

    /// The latest of `date` and the corrections' dates: when a page last changed (nil: neither is known).
    public static func modified(_ date: PartialDate?, corrections: [Correction]) -> PartialDate? {
        guard let latest = corrections.map(\.date).max() else { return date }
        guard let date else { return latest }
        return latest.lastDay > date.lastDay ? latest : date
    }
}

/// Every published correction, with the page it belongs to, newest first.
public struct CorrectionEntry: Sendable {
    public let correction: Correction
    /// The corrected record: a prisoner's or a report's page.
    public let origin: Event.Origin
    /// The person's name or the report's title.
    public let title: String

    public init(correction: Correction, origin: Event.Origin, title: String) {
        self.correction = correction
        self.origin = origin
        self.title = title
    }

    /// The corrections of every prisoner and report in `site` that is not a draft (or under
    /// embargo, which loading made a draft), newest first; on one day, prisoners before
    /// reports, by slug, then in the order written.
    public static func newestFirst(_ site: Site) -> [CorrectionEntry] {
        var entries: [CorrectionEntry] = []
        for prisoner in site.prisoners where !prisoner.draft {
            for correction in prisoner.corrections {
                entries.append(CorrectionEntry(correction: correction, origin: .prisoner(slug: prisoner.slug), title: prisoner.name))
            }
        }
        for article in site.articles where !article.draft {
            for correction in article.corrections {
                entries.append(CorrectionEntry(correction: correction, origin: .article(slug: article.slug), title: article.title))
            }
        }
        // A stable sort: the order above breaks ties.
        let ordered = entries.enumerated().sorted { a, b in
            a.element.correction.date != b.element.correction.date ? b.element.correction.date < a.element.correction.date : a.offset < b.offset
        }
        return ordered.map(\.element)
    }
}

/// A record that keeps the slugs it had before (`former_slugs`).
public protocol HasFormerSlugs {
    var slug: String { get }
    var formerSlugs: [String] { get }
}

extension Prisoner.Record: HasFormerSlugs {}
extension Article.Record: HasFormerSlugs {}
