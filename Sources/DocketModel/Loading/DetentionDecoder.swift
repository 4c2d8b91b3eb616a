/// A prisoner's detentions: `detentions:`, a list of them, or the short form for one (the
/// top-level `arrested`, `charges`, `sentence`, `prison`, `released`, `release_kind`), never both.
/// Each is checked on its own (release before arrest, a sentence before the arrest, a
/// `release_kind` without `released`), then against the one before it (in date order, not
/// overlapping) and against the status (a held person's last detention has no release).
enum DetentionDecoder {
    /// The keys of one detention: the short form's at the top level, an item's under `detentions`.
    static let keys = ["arrested", "charges", "sentence", "prison", "released", "release_kind"]
    static let sentenceKeys = ["term", "date", "court", "change"]
    static let itemWhat = "a detention"

    /// One detention and where its keys are written.
    private struct Item {
        var detention: Detention
        var fields: FieldReader.Fields
        /// Where the item starts (for problems with the item as a whole).
        var node: YAMLNode
    }

    /// `lists` are `content/charges.yml` and `content/prisons.yml`, which charges and prisons are read against.
    static func decode(_ fields: FieldReader.Fields, status: PrisonerStatus?, reader: inout FieldReader,
                       lists: ContentLists = ContentLists()) -> [Detention] {
        let shortForm = fields.entries.filter { keys.contains($0.name) }
        var items: [Item] = []
        if let list = fields["detentions"] {
            if let first = shortForm.first {
                let listLine = reader.position(of: list.key).line
                let shortLine = reader.position(of: first.key).line
                if shortLine < listLine {
                    reader.report(.twoDetentionForms, "\"detentions\" cannot be used together with the short form for one detention "
                        + "(\"\(first.name)\" at line \(shortLine)); move the top-level \(names(shortForm)) into an item of \"detentions\"",
                        at: list.key)
                } else {
                    for entry in shortForm {
                        reader.report(.twoDetentionForms, "\"\(entry.name)\" at the top level is the short form for one detention, but "
                            + "\"detentions\" is given at line \(listLine); move it into the item of \"detentions\" it belongs to",
                            at: entry.key)
                    }
                }
                return []
            }
            items = listItems(list.value, reader: &reader, lists: lists)
        } else if !shortForm.isEmpty {
            items = [Item(detention: detention(fields, what: PrisonerDecoder.what, reader: &reader, lists: lists), fields: fields, node: fields.node)]
        }
        for item in items { check(item, reader: &reader) }
        for (previous, next) in zip(items, items.dropFirst()) { checkOrder(previous, next, reader: &reader) }
        if let status, status.isHeld, let last = items.last, let released = last.detention.released {
            let whose = items.count > 1 || fields["detentions"] != nil ? "the last detention's released" : "released"
            reader.report(.heldButReleased, "status is \"\(status.rawValue)\" but \(whose) is set (\(released)); is the status out of date?",
                          at: last.fields["released"]?.key)
        }
        return items.map(\.detention)
    }

    private static func names(_ entries: [(name: String, key: YAMLNode, value: YAMLNode)]) -> String {
        entries.map { "\"\($0.name)\"" }.joined(separator: ", ")
    }

    private static func listItems(_ node: YAMLNode, reader: inout FieldReader, lists: ContentLists) -> [Item] {
        if reader.isNull(node) { return [] }
        guard case .sequence(let list, _) = node else {
            reader.report(.wrongType, "\"detentions\" must be a list of detentions (each with arrested, charges, sentence, prison, "
                + "released, release_kind), not \(reader.describe(node))", at: node)
            return []
        }
        var items: [Item] = []
        for element in list {
            guard let entry = reader.fields(of: element, allowed: keys, what: itemWhat) else { continue }
            items.append(Item(detention: detention(entry, what: itemWhat, reader: &reader, lists: lists), fields: entry, node: element))
        }
        return items
    }

    /// One detention's keys, read the same way at the top level and in an item of `detentions`.
    private static func detention(_ fields: FieldReader.Fields, what: String, reader: inout FieldReader,
                                  lists: ContentLists) -> Detention {
        let arrested = reader.date("arrested", in: fields, what: what)
        let charges = charges(fields, reader: &reader, lists: lists)
        let sentence = sentence(fields, reader: &reader)
        let prison = prison(fields, reader: &reader, lists: lists)
        return Detention(
            arrested: arrested, charges: charges, sentence: sentence, prison: prison?.name,
            released: reader.date("released", in: fields, what: what),
            releaseKind: reader.optional("release_kind", in: fields).flatMap {
                reader.oneOf(ReleaseKind.self, $0, key: "release_kind", noun: "release kind")
            },
            prisonSlug: prison?.slug)
    }

    /// `charges`, wherever a detention is written: the one place a charge is read (text, or an
    /// article checked against `content/charges.yml`; see `ChargeField`).
    static func charges(_ fields: FieldReader.Fields, reader: inout FieldReader, lists: ContentLists) -> [Charge] {
        reader.optional("charges", in: fields).map { ChargeField.decode($0, reader: &reader, lists: lists) } ?? []
    }

    /// `prison`, wherever a detention is written: the one place a prison is read (a slug, name or
    /// alias from `content/prisons.yml`, or free text without it; see `PrisonField`).
    static func prison(_ fields: FieldReader.Fields, reader: inout FieldReader, lists: ContentLists) -> PrisonReference? {
        reader.optional("prison", in: fields).flatMap { PrisonField.decode($0, reader: &reader, lists: lists) }
    }

    // MARK: The sentence

    /// `sentence`: a mapping (term, date, court), or a list whose first entry is that and whose
    /// later entries are changes (date, term, court, change), in date order.
    static func sentence(_ fields: FieldReader.Fields, reader: inout FieldReader) -> Sentence? {
        guard let node = reader.optional("sentence", in: fields) else { return nil }
        let entries: [YAMLNode]
        if case .sequence(let list, _) = node {
            guard !list.isEmpty else { return nil }
            entries = list
        } else {
            entries = [node]
        }
        guard let first = reader.fields(of: entries[0], allowed: sentenceKeys, what: "\"sentence\"") else { return nil }
        if let change = first["change"] {
            reader.report(.invalidValue, "the first entry of \"sentence\" is the sentence as handed down and has no \"change\"; "
                + "write each later change as a further entry of the list", at: change.key)
        }
        let term = sentenceTerm(first, reader: &reader)
        let date = reader.date("date", in: first, what: "\"sentence\"")
        let court = reader.string("court", in: first, what: "\"sentence\"")
        var changes: [SentenceChange] = []
        var previousDate = date
        var annulled = false
        for node in entries.dropFirst() {
            guard let entry = reader.fields(of: node, allowed: sentenceKeys, what: "a sentence change") else { continue }
            let kind = reader.require("change", in: entry, what: "a sentence change").flatMap {
                reader.oneOf(SentenceChange.Kind.self, $0, key: "change", noun: "sentence change")
            }
            let changeDate = reader.date("date", in: entry, required: true, what: "a sentence change")
            reader.notAfterSiteDate(changeDate, "a sentence change's \"date\"", at: entry["date"]?.value)
            let changeCourt = reader.string("court", in: entry, what: "a sentence change")
            var changeTerm: SentenceTerm?
            if kind == .annulled {
                if let termEntry = entry["term"] {
                    reader.report(.invalidValue, "an annulled sentence has no \"term\"; remove it, or say how the sentence "
                        + "changed (reduced, increased, commuted)", at: termEntry.key)
                }
            } else if kind != nil {
                if entry["term"] == nil || reader.isNull(entry["term"]!.value) {
                    reader.report(.missingKey, "missing required key \"term\" in a sentence change (the term after the change)",
                                  at: entry["term"]?.key ?? node)
                } else {
                    changeTerm = sentenceTerm(entry, reader: &reader)
                }
            }
            if annulled {
                reader.report(.datesOutOfOrder, "the sentence was already annulled; a change cannot follow an annulment", at: node)
            }
            if let changeDate, let previousDate, changeDate.lastDay < previousDate.firstDay {
                reader.report(.datesOutOfOrder, "sentence change date \(changeDate) is before the entry above it (\(previousDate)); "
                    + "write the original sentence first and each change after it, oldest first", at: entry["date"]?.value)
            }
            previousDate = changeDate ?? previousDate
            guard let kind, let changeDate else { continue }
            annulled = annulled || kind == .annulled
            changes.append(SentenceChange(kind: kind, date: changeDate, term: changeTerm, court: changeCourt))
        }
        return Sentence(term: term, date: date, court: court, changes: changes)
    }

    private static func sentenceTerm(_ entry: FieldReader.Fields, reader: inout FieldReader) -> SentenceTerm? {
        guard let termNode = reader.optional("term", in: entry), let text = reader.string(termNode, key: "term") else { return nil }
        do { return try SentenceTerm(parsing: text) } catch {
            reader.report(.invalidValue, error.description, at: termNode)
            return nil
        }
    }

    // MARK: Checks

    /// Dates within one detention that contradict each other.
    private static func check(_ item: Item, reader: inout FieldReader) {
        let (fields, detention) = (item.fields, item.detention)
        if let arrested = detention.arrested, let released = detention.released, released.lastDay < arrested.firstDay {
            reader.report(.datesOutOfOrder, "released \(released) is before arrested \(arrested)", at: fields["released"]?.key)
        }
        if let arrested = detention.arrested, let sentenced = detention.sentence?.date, sentenced.lastDay < arrested.firstDay {
            let sentence = fields["sentence"]
            let at = sentence.flatMap { sentenceDateNode($0.value) } ?? sentence?.key
            reader.report(.datesOutOfOrder, "sentence date \(sentenced) is before arrested \(arrested)", at: at)
        }
        reader.notAfterSiteDate(detention.arrested, "\"arrested\"", at: fields["arrested"]?.value)
        reader.notAfterSiteDate(detention.released, "\"released\"", at: fields["released"]?.value)
        reader.notAfterSiteDate(detention.sentence?.date, "the sentence's \"date\"",
                                at: fields["sentence"].flatMap { sentenceDateNode($0.value) } ?? fields["sentence"]?.value)
        if detention.releaseKind != nil, detention.released == nil, let kind = fields["release_kind"] {
            reader.report(.missingKey, "\"release_kind\" is set but there is no \"released\"; add the release date "
                + "(a year is enough), or remove release_kind", at: kind.key)
        }
    }

    /// The original sentence's `date` value, in a mapping or the first entry of a list.
    private static func sentenceDateNode(_ node: YAMLNode) -> YAMLNode? {
        switch node {
        case .mapping: return node["date"]
        case .sequence(let list, _): return list.first?["date"]
        case .scalar: return nil
        }
    }

    /// Two detentions in a row: the earlier one ended, and before the later one began.
    private static func checkOrder(_ previous: Item, _ next: Item, reader: inout FieldReader) {
        let start = { (item: Item) in item.detention.arrested ?? item.detention.sentence?.date }
        let nextKey = next.fields["arrested"]?.key ?? next.fields["sentence"]?.key ?? next.node
        if let before = start(previous), let after = start(next), after.lastDay < before.firstDay {
            reader.report(.datesOutOfOrder, "this detention (from \(after)) starts before the one above it (from \(before)); "
                + "list detentions oldest first", at: nextKey)
            return
        }
        guard let released = previous.detention.released else {
            reader.report(.missingKey, "a detention followed by another must say when it ended: add \"released\" "
                + "(a year is enough)", at: previous.node)
            return
        }
        if let after = start(next), after.lastDay < released.firstDay {
            reader.report(.datesOutOfOrder, "this detention starts (\(after)) before the one above it ended (released \(released)); "
                + "detentions cannot overlap", at: nextKey)
        }
    }
}
