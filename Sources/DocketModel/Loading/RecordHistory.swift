import DocketMarkdown

/// What a record says about its own past: the slugs it was published under before
/// (`former_slugs`, on prisoners, reports and pages) and the corrections made to it
/// (`corrections`, on prisoners and reports).
enum RecordHistory {
    static let correctionKeys = ["date", "text"]

    /// `former_slugs`: each checked for shape like a file's slug, and not this file's own slug;
    /// a page's not one the site uses itself, a prisoner's not a folder the prisoner list uses
    /// (its redirect would be written over the list). A slug written twice is kept once (with a warning).
    /// Whether another file holds it is known only once every file is read (`FormerSlugs`).
    static func formerSlugs(_ fields: FieldReader.Fields, slug: String, isPage: Bool = false, isPrisoner: Bool = false,
                            reader: inout FieldReader) -> [SlugReference] {
        var found: [SlugReference] = []
        for (former, node) in reader.stringList("former_slugs", in: fields) {
            let (line, column) = reader.position(of: node)
            guard ContentFile.isValidSlug(former) else {
                reader.report(.invalidSlug, "former slug \"\(former)\" is not a valid slug; write it as the old file name without .md "
                    + "(lowercase ASCII letters, digits and single hyphens, like khadija-ismayilova)", at: node)
                continue
            }
            if former == slug {
                reader.report(.formerSlugTaken, "former slug \"\(former)\" is this file's own slug; a former slug is one the page no longer has", at: node)
                continue
            }
            if isPage && Route.reservedSlugs.contains(former) {
                reader.report(.reservedSlug, "a page cannot have the former slug \"\(former)\": /\(former)/ is used by the site itself", at: node)
                continue
            }
            if isPrisoner, let use = Route.reservedPrisonerSlugs[former] {
                reader.report(.reservedSlug, "a prisoner cannot have the former slug \"\(former)\": /prisoners/\(former)/ \(use)", at: node)
                continue
            }
            if found.contains(where: { $0.slug == former }) {
                reader.report(.duplicateEntry, "former slug \"\(former)\" is given twice; it is kept once", at: node)
                continue
            }
            found.append(SlugReference(slug: former, file: reader.file, line: line, column: column))
        }
        return found
    }

    /// `corrections`: each a full `date` and a `text` of inline Markdown, rendered now like an
    /// event's; each given an anchor from its date (a second one on a day gets `-2`).
    /// Links in the texts are noted in `links` (see `LinkReferences.renderInline`).
    static func corrections(_ fields: FieldReader.Fields, reader: inout FieldReader, links: inout LinkReferences) -> [Correction] {
        guard let node = reader.optional("corrections", in: fields) else { return [] }
        guard case .sequence(let list, _) = node else {
            reader.report(.wrongType, "\"corrections\" must be a list of corrections (each with date and text), not \(reader.describe(node))", at: node)
            return []
        }
        var corrections: [Correction] = []
        var onDay: [PartialDate: Int] = [:]
        for item in list {
            guard let entry = reader.fields(of: item, allowed: correctionKeys, what: "a correction") else { continue }
            var date = reader.date("date", in: entry, required: true, what: "a correction")
            if let partial = date, partial.precision != .day {
                reader.report(.invalidDate, "a correction's \"date\" must be a full date YYYY-MM-DD, not \"\(partial)\"", at: entry["date"]?.value)
                date = nil
            }
            var text = reader.string("text", in: entry, required: true, what: "a correction")
            if let checked = text, let problem = Markdown.renderCostProblem(checked) {
                reader.report(.bodyTooComplex, "correction text: " + problem.message, at: entry["text"]?.value)
                text = nil
            }
            guard let date, let text else { continue }
            let count = (onDay[date] ?? 0) + 1
            onDay[date] = count
            let anchor = "correction-\(date)" + (count > 1 ? "-\(count)" : "")
            let (line, column) = reader.position(of: entry["text"]?.value)
            corrections.append(Correction(date: date, text: text, textHTML: links.renderInline(text, line: line, column: column), anchor: anchor))
        }
        return corrections
    }
}
