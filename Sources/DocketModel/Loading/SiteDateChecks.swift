/// What a file says, checked against the site's date (`--as-of`, else `SOURCE_DATE_EPOCH`, else
/// today), which the loader puts in `FieldReader.asOf`:
///
/// - a date that cannot have come yet is an error (`E044 future-date`): arrested, released, a
///   sentence's date, `updated`, a correction's date, a source's date, an event's date, unless
///   the event is a hearing, trial or appeal marked `scheduled: true`. A partial date is in the
///   future only when its first possible day is after the site's date (`2016-01` is not, on
///   2016-01-15).
/// - `scheduled: true` on any other kind of event is an error (`E045 not-schedulable`), whatever
///   the date; a scheduled event whose last possible day is before the site's date is a warning
///   (`W007 scheduled-passed`): the hearing took place, or did not, and the file should say so.
/// - `imprisoned` or `detained` when a fixed term certainly ended before the site's date (its
///   last possible day is before it) is a warning (`W006 term-ended`).
///
/// A report's own `date` is not checked: a report is dated the day it is published, and one
/// written ahead of time is kept back by `embargo_until` (or `draft`) until then; a published
/// report dated in the future is an error only when it has neither (see `reportDate`).
/// Without a site's date (`asOf` nil, as in tests that load files on their own) nothing here
/// reports anything but the kind check.
enum SiteDateChecks {
    /// The kinds of event that are fixed ahead of time and may be written before they happen.
    static let schedulable: Set<EventKind> = [.hearing, .trial, .appeal]

    /// A prisoner's own dates: `updated` and the dates in lists (a detention's dates are checked
    /// by `DetentionDecoder`, item by item).
    static func prisoner(_ fields: FieldReader.Fields, updated: PartialDate?, reader: inout FieldReader) {
        reader.notAfterSiteDate(updated, "\"updated\"", at: fields["updated"]?.value,
                                hint: "write the day the record was last reviewed")
        datesInLists(fields, reader: &reader)
    }

    /// A report's corrections and sources, and its own `date` when nothing holds the report back.
    static func report(_ fields: FieldReader.Fields, date: PartialDate?, heldBack: Bool, reader: inout FieldReader) {
        if !heldBack {
            reader.notAfterSiteDate(date, "the report's \"date\"", at: fields["date"]?.value,
                                    hint: "to publish it on that day, set \"embargo_until\" (or \"draft: true\" until then)")
        }
        datesInLists(fields, reader: &reader)
    }

    /// The dates of `corrections` and `sources` items (each already read and reported on when
    /// malformed; a malformed one is skipped here).
    private static func datesInLists(_ fields: FieldReader.Fields, reader: inout FieldReader) {
        guard reader.asOf != nil else { return }
        for (key, what) in [("corrections", "a correction's \"date\""), ("sources", "a source's \"date\"")] {
            guard case .sequence(let items, _)? = fields[key]?.value else { continue }
            for item in items {
                guard let node = item["date"], let text = node.scalar?.string,
                      let date = try? PartialDate(parsing: text) else { continue }
                reader.notAfterSiteDate(date, what, at: node)
            }
        }
    }

    /// An event's `scheduled`, checked against its kind and date; true when the event is
    /// scheduled. An event not scheduled may not be dated after the site's date.
    static func event(_ entry: FieldReader.Fields, date: PartialDate?, kind: EventKind?, reader: inout FieldReader) -> Bool {
        let scheduled = reader.bool("scheduled", in: entry)
        if scheduled, let kind, !schedulable.contains(kind) {
            reader.report(.notSchedulable, "only a hearing, trial or appeal can be \"scheduled\", not \"\(kind.rawValue)\"; "
                + "remove \"scheduled: true\", and write the event once it has happened", at: entry["scheduled"]?.value)
            return false
        }
        guard let date, let asOf = reader.asOf else { return scheduled }
        if scheduled {
            if date.lastDay < asOf.firstDay, let kind {
                reader.report(.scheduledPassed, "the \(kind.label.lowercased()) was scheduled for \(date), before the site's date \(asOf): "
                    + "record what happened (remove \"scheduled: true\" and say how it went, or change the date if it was postponed)",
                    at: entry["scheduled"]?.value)
            }
            return true
        }
        let hint = if let kind, schedulable.contains(kind) {
            "if the \(kind.label.lowercased()) is set for that day, add \"scheduled: true\""
        } else {
            "only a hearing, trial or appeal can be written ahead, with \"scheduled: true\""
        }
        reader.notAfterSiteDate(date, "the event's \"date\"", at: entry["date"]?.value, hint: hint)
        return false
    }

    /// `imprisoned` or `detained` when the fixed term ended before the site's date: the status is
    /// out of date, or the release is missing. Only a certain end counts: its last possible day
    /// is before the site's date.
    static func status(of prisoner: Prisoner, _ fields: FieldReader.Fields, reader: inout FieldReader) {
        guard let asOf = reader.asOf, prisoner.status.isHeld, prisoner.released == nil else { return }
        let facts = DetentionFacts(prisoner: prisoner, asOf: asOf)
        guard let ends = facts.termEnds, ends.lastDay < asOf.firstDay, let term = prisoner.sentence?.term else { return }
        let start = facts.termCountedFromArrest
            ? prisoner.arrested.map { "from arrest on \($0)" } : prisoner.sentence?.date.map { "from sentence on \($0)" }
        reader.report(.termEnded, "status is \"\(prisoner.status.rawValue)\" but the term of \(term.display)"
            + (start.map { " " + $0 } ?? "") + " ended on \(ends), before the site's date \(asOf); "
            + "update the status, or add the release (\"released\")", at: fields["status"]?.value)
    }
}

extension FieldReader {
    /// Reports `date` when its first possible day is after the site's date.
    mutating func notAfterSiteDate(_ date: PartialDate?, _ what: String, at node: YAMLNode?,
                                   hint: String = "a fact cannot be dated after it; is the year right?") {
        guard let asOf, let date, date.firstDay > asOf.firstDay else { return }
        report(.futureDate, "\(what) \(date) is after the site's date \(asOf) (--as-of, else today); \(hint)", at: node)
    }
}
