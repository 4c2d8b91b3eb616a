import DocketMarkdown

/// A prisoner or article slug named in a file, with where it was named, checked once all files are read.
public struct SlugReference: Hashable, Sendable {
    public let slug: String
    public let file: String
    public let line: Int
    public let column: Int
}

/// The common first steps for every content file: bytes → text → front matter → YAML root mapping.
struct ContentFile {
    let path: String
    let frontMatter: FrontMatter
    let root: YAMLNode

    /// Reads a file's front matter, reporting any problem into `reader`.
    static func parse(bytes: [UInt8], path: String, reader: inout FieldReader) -> ContentFile? {
        let text: ArraySlice<UInt8>
        switch ContentText.check(bytes) {
        case .success(let checked): text = checked
        case .failure(let problem):
            reader.report(problem.code, problem.message, line: problem.line, column: problem.column)
            return nil
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(utf8: text) {
        case .success(let split): frontMatter = split
        case .failure(let problem):
            reader.report(problem.code, problem.message, line: problem.line)
            return nil
        }
        guard let root = reader.root(ofYAML: frontMatter.yaml, firstLine: frontMatter.yamlFirstLine,
                                     ifEmpty: "front matter is empty; expected keys such as \"name\" or \"title\"") else { return nil }
        return ContentFile(path: path, frontMatter: frontMatter, root: root)
    }

    /// The body: rendered now, or, given the file's absolute path (a site build), noted to be
    /// rendered from the file when its page is written (see `MarkdownBody`).
    func body(bytes: [UInt8], file absolutePath: String?) -> MarkdownBody {
        guard let absolutePath else { return .rendered(Markdown.renderDocument(frontMatter.body)) }
        return .deferred(ContentFileStamp(path: path, absolutePath: absolutePath, bytes: bytes),
                         bodyOffset: frontMatter.bodyOffset, isEmpty: frontMatter.bodyIsBlank)
    }

    /// Refuses a body that libcmark would take too long to render (see `Markdown.renderCostProblem`),
    /// at the line where the work passes the limit; `docket check` and the build both come here.
    /// False for a refused body: nothing may parse it then, not even to look for links.
    @discardableResult
    func checkBodyRenderCost(reader: inout FieldReader) -> Bool {
        guard let problem = frontMatter.withBodyUTF8({ Markdown.renderCostProblem(utf8: $0) }) else { return true }
        reader.report(.bodyTooComplex, problem.message, line: frontMatter.bodyFirstLine + problem.line - 1)
        return false
    }

    /// The slug of a file: its name without `.md`, checked for form.
    static func slug(ofPath path: String, reader: inout FieldReader) -> String {
        let name = CrossReferences.fileName(ofPath: path)
        let slug = CrossReferences.slug(ofPath: path)
        if !isValidSlug(slug) {
            reader.report(.invalidSlug, "file name \"\(name)\" is not a valid slug; use lowercase ASCII letters, digits and single hyphens (like khadija-ismayilova.md)", line: 1)
        }
        return slug
    }

    static func isValidSlug(_ slug: String) -> Bool {
        let bytes = slug.utf8
        guard !bytes.isEmpty, bytes.count <= 120, bytes.first != 45, bytes.last != 45 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45 else { return false }
            if byte == 45 && previous == 45 { return false }  // no "--"
            previous = byte
        }
        return true
    }
}

/// Sources and events: the parts prisoners and articles share.
enum SharedFields {
    static let sourceKeys = ["title", "url", "publisher", "date"]
    static let eventKeys = ["date", "kind", "text", "prisoners", "source", "notes", "scheduled"]

    /// The `sources` list; a URL at the site's own address is noted in `links`.
    static func sources(_ fields: FieldReader.Fields, reader: inout FieldReader, links: inout LinkReferences) -> [Source] {
        guard let node = reader.optional("sources", in: fields) else { return [] }
        guard case .sequence(let list, _) = node else {
            reader.report(.wrongType, "\"sources\" must be a list of sources (each with title and url, or a URL), not \(reader.describe(node))", at: node)
            return []
        }
        var sources: [Source] = []
        for item in list {
            if let source = SourceFields.source(item, reader: &reader, links: &links) { sources.append(source) }
        }
        return sources
    }

    /// The `events` list. `owner` is the prisoner whose file this is (nil in an article). An
    /// event's `source` given as a URL at the site's own address is noted in `links` (a named
    /// source's URL is noted where the source is).
    static func events(_ fields: FieldReader.Fields, sources: [Source], origin: Event.Origin, owner: String?,
                       reader: inout FieldReader, references: inout [SlugReference], links: inout LinkReferences) -> [Event] {
        guard let node = reader.optional("events", in: fields) else { return [] }
        guard case .sequence(let list, _) = node else {
            reader.report(.wrongType, "\"events\" must be a list of events (each with date, kind and text), not \(reader.describe(node))", at: node)
            return []
        }
        var events: [Event] = []
        var anchors: [String: Int] = [:]
        for item in list {
            guard let entry = reader.fields(of: item, allowed: eventKeys, what: "an event") else { continue }
            let date = reader.date("date", in: entry, required: true, what: "an event")
            let kind = reader.require("kind", in: entry, what: "an event").flatMap {
                reader.oneOf(EventKind.self, $0, key: "kind", noun: "event kind")
            }
            var text = reader.string("text", in: entry, required: true, what: "an event")
            if let checked = text, let problem = Markdown.renderCostProblem(checked) {
                reader.report(.bodyTooComplex, "event text: " + problem.message, at: entry["text"]?.value)
                text = nil
            }
            _ = reader.string("notes", in: entry, what: "an event")  // checked, never kept
            let scheduled = SiteDateChecks.event(entry, date: date, kind: kind, reader: &reader)
            var prisoners: [String] = owner.map { [$0] } ?? []
            for (slug, slugNode) in reader.stringList("prisoners", in: entry) {
                let (line, column) = reader.position(of: slugNode)
                references.append(SlugReference(slug: slug, file: reader.file, line: line, column: column))
                if !prisoners.contains(slug) { prisoners.append(slug) }
            }
            var sourceURL: String?
            var sourceTitle: String?
            if let sourceNode = reader.optional("source", in: entry),
               let source = SourceFields.eventSource(sourceNode, sources: sources, reader: &reader, links: &links) {
                (sourceURL, sourceTitle) = (source.url, source.title)
            }
            if let date, let kind, let text {
                let (line, column) = reader.position(of: entry["text"]?.value)
                let event = Event(date: date, kind: kind, text: text, textHTML: links.renderInline(text, line: line, column: column),
                                  prisoners: prisoners.sorted(), sourceURL: sourceURL, sourceTitle: sourceTitle,
                                  origin: origin, isScheduled: scheduled)
                // The same event twice in one file is shown once (it would be one entry twice on every page).
                let anchor = event.anchor
                if let earlier = anchors[anchor] {
                    reader.report(.duplicateEntry, "this event repeats event \(earlier + 1) of this file (same date, kind, people and text); it is shown once", at: item)
                } else {
                    anchors[anchor] = events.count
                    events.append(event)
                }
            }
        }
        return events
    }
}
