import DocketModel
import DocketSupport
import Foundation

/// `docket new`: a prisoner or report file with its required fields filled in (or marked) and
/// comments naming the optional ones, written only where no file of that slug exists yet.
public enum NewContent {
    public enum Kind: String, Sendable, CaseIterable {
        case prisoner, article

        var folder: String { self == .prisoner ? "content/prisoners" : "content/articles" }
    }

    public struct Request: Sendable {
        public var kind: Kind
        /// The prisoner's name or the report's title, as the editor typed it.
        public var title: String
        /// The slug; made from `title` when nil.
        public var slug: String?
        public var country: String?
        public var status: PrisonerStatus?
        /// The report's date (articles only).
        public var date: PartialDate
        public var draft: Bool
        /// The person is someone else than an existing one whose name folds to the same key.
        public var namesake: Bool = false
        /// The prisoner's patronymic ("Rashid oglu"), written as its own key; a namesake with
        /// another patronymic is someone else.
        public var patronymic: String? = nil

        public init(kind: Kind, title: String, slug: String? = nil, country: String? = nil,
                    status: PrisonerStatus? = nil, date: PartialDate, draft: Bool = false, namesake: Bool = false) {
            self.namesake = namesake
            self.kind = kind
            self.title = title
            self.slug = slug
            self.country = country
            self.status = status
            self.date = date
            self.draft = draft
        }
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case emptyTitle
        case noSlug(String)
        case invalidSlug(String)
        case exists(path: String)
        case slugTaken(slug: String, path: String)
        /// The new name meets `existing`, a name written at `path`:`line` (see `PersonNameKey`).
        case samePerson(name: String, existing: String, path: String, line: Int)
        /// The file's path relative to the site, and the call that failed.
        case cannotWrite(path: String, FileSystemError)

        public var description: String {
            switch self {
            case .emptyTitle:
                return "the name or title is empty"
            case .noSlug(let title):
                return "cannot make a file name from \"\(title)\" (no Latin or Cyrillic letters); give one with --slug"
            case .invalidSlug(let slug):
                return "\"\(slug)\" is not a valid slug; use lowercase ASCII letters, digits and single hyphens"
            case .exists(let path):
                return "\(path) already exists; nothing was written (edit that file, or choose another --slug)"
            case .slugTaken(let slug, let path):
                return "the slug \"\(slug)\" is already used by \(path); nothing was written (choose another --slug)"
            case .samePerson(let name, let existing, let path, let line):
                let same = name == existing ? "is already the name" : "meets \"\(existing)\""
                return "\"\(name)\" \(same) in \(path):\(line) once spelling is set aside; nothing was written "
                    + "(if this is the same person, edit that file; if it is someone else of the same name, add --namesake)"
            case .cannotWrite(let path, let failure):
                // The system's reason alone when the file itself failed; else the folder that did.
                return "cannot write \(path): \(failure.path.hasSuffix("/" + path) ? failure.reason : failure.description)"
            }
        }
    }

    /// The slug and the path, relative to the site folder, that `request` would create.
    public static func plan(_ request: Request) throws -> (slug: String, path: String) {
        let title = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw Failure.emptyTitle }
        let slug = request.slug ?? Slugger.slug(title)
        guard request.slug != nil || !slug.isEmpty else { throw Failure.noSlug(title) }
        switch request.kind {
        case .prisoner:
            guard SlugRules.isValid(slug) else { throw Failure.invalidSlug(slug) }
            return (slug, "\(request.kind.folder)/\(slug).md")
        case .article:
            let dated = request.slug == nil ? "\(request.date)-\(slug)" : slug
            guard SlugRules.isValid(dated) else { throw Failure.invalidSlug(dated) }
            return (dated, "\(request.kind.folder)/\(dated).md")
        }
    }

    /// Writes the new file and returns its path relative to the site folder. Refuses when a file
    /// of the same slug exists anywhere under the kind's folder, subfolders included, and a new
    /// prisoner whose name meets a name or alias of an existing one (`PersonNameKey`), unless
    /// the request says the person is a namesake.
    @discardableResult
    public static func create(_ request: Request, siteDirectory: URL) throws -> String {
        let (slug, path) = try plan(request)
        if let existing = existingFile(slug: slug, in: request.kind.folder, siteDirectory: siteDirectory) {
            throw existing == path ? Failure.exists(path: path) : Failure.slugTaken(slug: slug, path: existing)
        }
        if request.kind == .prisoner, !request.namesake {
            let name = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
            let patronymic = request.patronymic?.trimmingCharacters(in: .whitespacesAndNewlines)
            if let (file, existing) = DuplicatePeople.match(name, patronymic: patronymic,
                                                            in: DuplicatePeople.prisonerNames(siteDirectory: siteDirectory)) {
                throw Failure.samePerson(name: name, existing: existing.text, path: file, line: existing.line)
            }
        }
        let url = siteDirectory.appendingPathComponent(path)
        do {
            try FileSystemCalls.makeFolders(url.deletingLastPathComponent().path)
            try FileSystemCalls.writeNewFile(url.path, Array(text(request).utf8))
        } catch let failure as FileSystemError where failure.code == EEXIST && failure.path == url.path {
            throw Failure.exists(path: path)
        } catch let failure as FileSystemError {
            throw Failure.cannotWrite(path: path, failure)
        }
        return path
    }

    /// The file's text.
    public static func text(_ request: Request) -> String {
        let title = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
        switch request.kind {
        case .prisoner: return prisonerText(request, name: title)
        case .article: return articleText(request, title: title)
        }
    }

    private static func prisonerText(_ request: Request, name: String) -> String {
        let statuses = PrisonerStatus.allCases.map(\.rawValue).joined(separator: ", ")
        let country = request.country.map { YAMLText.quoted($0) + "\n" }
            ?? "   # REQUIRED: where the person is held, e.g. Azerbaijan\n"
        let status = request.status.map { "\($0.rawValue)   # one of \(statuses)\n" }
            ?? "   # REQUIRED: one of \(statuses)\n"
        return """
        ---
        name: \(YAMLText.quoted(name))
        \(patronymicLine(request))country: \(country)status: \(status)\(request.draft ? "draft: true   # remove to publish\n" : "")\
        # Optional keys (docs/content-format.md, "Prisoners"):
        #   aliases, name_native, patronymic, profession, outlet, arrested (YYYY, YYYY-MM or YYYY-MM-DD),
        #   charges (a list), sentence (term, date, court; or a list: the sentence, then each
        #   change with date, term, court, change), released, release_kind, prison, or instead of
        #   those, detentions (a list of them, for a person held more than once), lawyer,
        #   updated, sources (title, url, publisher, date), events (date, kind, text, source, scheduled),
        #   photo, photo_credit, draft, embargo_until, notes (never published),
        #   former_slugs (a list), corrections (date, text), tags (a list: a case many share)
        ---
        Who they are, the work they are known for, and why they are held.

        """
    }

    /// `patronymic: "Rashid oglu"` and a line break, or nothing.
    private static func patronymicLine(_ request: Request) -> String {
        guard let patronymic = request.patronymic?.trimmingCharacters(in: .whitespacesAndNewlines), !patronymic.isEmpty else { return "" }
        return "patronymic: \(YAMLText.quoted(patronymic))\n"
    }

    private static func articleText(_ request: Request, title: String) -> String {
        """
        ---
        title: \(YAMLText.quoted(title))
        date: \(request.date)
        \(request.draft ? "draft: true   # remove to publish\n" : "")\
        # Optional keys (docs/content-format.md, "Reports"):
        #   summary, author, prisoners (a list of prisoner slugs), tags (a list),
        #   sources (title, url, publisher, date), events (date, kind, text, prisoners, source, scheduled),
        #   draft, embargo_until, notes (never published), former_slugs (a list), corrections (date, text)
        ---
        The report.

        """
    }

    /// The path of a `<slug>.md` anywhere under `folder`, if there is one.
    static func existingFile(slug: String, in folder: String, siteDirectory: URL) -> String? {
        let root = siteDirectory.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return nil }
        var matches: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name == slug + ".md" { matches.append(folder + "/" + relative) }
        }
        let exact = folder + "/" + slug + ".md"
        return matches.contains(exact) ? exact : matches.sorted().first
    }
}
