import Foundation

/// The checks that need every file: slugs used twice, slugs named that do not exist or
/// belong to a draft while the page naming them is published, and links into the site that
/// lead nowhere or to a draft (see `check(_:pages:articleFiles:)`).
struct CrossReferences {
    private(set) var diagnostics: [Diagnostic] = []
    /// The files of `content/media/` that published pages link to or show (see `check`).
    private(set) var media: [MediaFile] = []
    private let prisonerBySlug: [String: Prisoner]
    private let articles: [Article]
    private let slugsOfBrokenPrisonerFiles: Set<String>
    private var draftFiles: Set<String>
    private let includeDrafts: Bool
    private let publishingAt: Moment?
    /// The slugs of `content/prisons.yml`'s prisons, whose pages links may lead to (none: no prison pages).
    var prisonSlugs: Set<String> = []

    /// `prisonerFiles` and `articleFiles` are every file found, including those that failed to decode,
    /// so a broken prisoner file does not also make every reference to it an error.
    /// `references` are the slugs each file names. Slugs used twice are checked apart, by
    /// `duplicateSlugs` (a build runs it beside collecting the files' results).
    init(prisoners: [Prisoner], prisonerFiles: [String], articles: [Article],
         references: [(file: String, references: [SlugReference])], includeDrafts: Bool,
         publishingAt: Moment? = nil) {
        // Every file gave a prisoner (the usual case): none is broken.
        let slugsOfBrokenFiles = prisoners.count == prisonerFiles.count ? []
            : Set(prisonerFiles.map(Self.slug(ofPath:))).subtracting(prisoners.map { $0.slug })

        var prisonerBySlug: [String: Prisoner] = [:]
        for prisoner in prisoners where prisonerBySlug[prisoner.slug] == nil { prisonerBySlug[prisoner.slug] = prisoner }
        lazy var allSlugs = prisonerBySlug.keys.sorted()
        var draftFiles = Set(prisoners.filter { $0.draft }.map { $0.path })
        draftFiles.formUnion(articles.filter { $0.draft }.map { $0.path })
        self.prisonerBySlug = prisonerBySlug
        self.articles = articles
        slugsOfBrokenPrisonerFiles = slugsOfBrokenFiles
        self.draftFiles = draftFiles
        self.includeDrafts = includeDrafts
        self.publishingAt = publishingAt

        for (file, references) in references {
            let referrerIsDraft = draftFiles.contains(file)
            for reference in references {
                guard let prisoner = prisonerBySlug[reference.slug] else {
                    if slugsOfBrokenFiles.contains(reference.slug) { continue }
                    let hint = Self.renamedHint(reference.slug, in: prisoners) ?? Suggestions.hint(for: reference.slug, in: allSlugs)
                    diagnostics.append(Diagnostic(.unknownPrisoner, "no prisoner \"\(reference.slug)\"\(hint); "
                        + "expected the slug of a file in content/prisoners/", file: file, line: reference.line, column: reference.column))
                    continue
                }
                if prisoner.draft && !referrerIsDraft && !includeDrafts {
                    let (code, message): (DiagnosticCode, String)
                    if let until = prisoner.embargoUntil, prisoner.isEmbargoed(at: publishingAt) {
                        (code, message) = (.linkToEmbargoed, "prisoner \"\(reference.slug)\" is under embargo until \(until); a published page cannot name "
                            + "an embargoed record (embargo this page as well, or remove the reference)")
                    } else {
                        (code, message) = (.linkToDraft, "prisoner \"\(reference.slug)\" is a draft; a published page cannot name a draft "
                            + "(publish \(prisoner.path) or remove the reference)")
                    }
                    diagnostics.append(Diagnostic(code, message, file: file, line: reference.line, column: reference.column))
                }
            }
        }
    }

    /// Checks links into the site (from bodies, event and correction texts, and sources) against
    /// the pages the build will write: the path is read back as a `Route` (`Route.parse`) and the
    /// route looked up in what the site publishes (a prisoner, a report or a page that is not a
    /// draft nor under embargo; a country, a tag, a status or a timeline year that has a page;
    /// corrections when there are any; a file in `content/media/`). A link to a draft or an
    /// embargoed item from a published page is an error (its slug, usually a person's name, would
    /// be published), and so is a link to nothing; a link to a former slug's address redirects,
    /// and is a warning naming the current one. The media files linked from published pages are
    /// kept in `media`, to be copied. `articleFiles` is every article file found, as
    /// `prisonerFiles` is for the initialiser.
    mutating func check(_ links: [LinkReference], pages: [Page], articleFiles: [String], config: SiteConfig? = nil,
                        asOf: PartialDate? = nil) {
        guard !links.isEmpty else { return }
        draftFiles.formUnion(pages.filter(\.draft).map(\.path))
        var articleBySlug: [String: Article] = [:]
        for article in articles where articleBySlug[article.slug] == nil { articleBySlug[article.slug] = article }
        let slugsOfBrokenArticleFiles = articles.count == articleFiles.count ? []
            : Set(articleFiles.map(Self.slug(ofPath:))).subtracting(articles.map { $0.slug })
        var pageBySlug: [String: Page] = [:]
        for page in pages where pageBySlug[page.slug] == nil { pageBySlug[page.slug] = page }
        // Photos are copied to the site with the people it publishes.
        var photos: Set<String> = []
        for prisoner in prisonerBySlug.values where includeDrafts || !prisoner.draft {
            if let photo = prisoner.photo { photos.insert(photo.path) }
        }
        var targets = LinkTargets(prisonerBySlug: prisonerBySlug, articleBySlug: articleBySlug, pageBySlug: pageBySlug,
                                  brokenPrisoners: slugsOfBrokenPrisonerFiles, brokenArticles: slugsOfBrokenArticleFiles,
                                  photos: photos, includeDrafts: includeDrafts, publishingAt: publishingAt, config: config, asOf: asOf)
        targets.prisonSlugs = prisonSlugs
        var copied: [String: MediaFile] = [:]
        for link in links {
            let referrerIsDraft = draftFiles.contains(link.file)
            if let (code, message) = targets.problem(link, referrerIsDraft: referrerIsDraft) {
                diagnostics.append(Diagnostic(code, message, file: link.file, line: link.line, column: link.column))
            }
            if link.isImage && !link.hasDescription {
                diagnostics.append(Diagnostic(.imageWithoutDescription, "image \(link.written) has no description; write what it shows "
                    + "between the brackets (![The court in Baku](…)), for readers who cannot see it",
                                              file: link.file, line: link.line, column: link.column))
            }
            if case .success(let file)? = link.media, includeDrafts || !referrerIsDraft { copied[file.path] = file }
        }
        media = copied.keys.sorted().map { copied[$0]! }
    }

    /// `; it was renamed "new-slug"` when `slug` is a former slug of one of `records` (the old
    /// address redirects, but a file names the record by its slug); nil otherwise.
    static func renamedHint<Record: Publishable>(_ slug: String, in records: [Record]) -> String?
    where Record.Record: HasFormerSlugs {
        guard let renamed = records.first(where: { $0.record.formerSlugs.contains(slug) }) else { return nil }
        return "; it was renamed \"\(renamed.record.slug)\" (\"\(slug)\" is in its former_slugs)"
    }

    static func slug(ofPath path: String) -> String {
        let name = fileName(ofPath: path)
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// The last part of a `/`-separated path (trailing slashes ignored), found by its bytes.
    static func fileName(ofPath path: String) -> String {
        var end = path.utf8.endIndex
        while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") { end = path.utf8.index(before: end) }
        guard end > path.utf8.startIndex else { return path }
        let start = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.utf8.startIndex
        return String(path[start..<end])
    }

    /// The slug with case and Unicode normalisation set aside; ASCII (most slugs) without Foundation.
    static func comparisonKey(_ slug: String) -> String {
        guard slug.utf8.allSatisfy({ $0 < 0x80 }) else { return slug.precomposedStringWithCanonicalMapping.lowercased() }
        return String(decoding: slug.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Files of one kind whose slugs are the same once case and Unicode normalisation are set aside.
    static func duplicateSlugs(prisonerFiles: [String], articleFiles: [String], pageFiles: [String] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        checkUnique(prisonerFiles, noun: "prisoner", into: &diagnostics)
        checkUnique(articleFiles, noun: "article", into: &diagnostics)
        checkUnique(pageFiles, noun: "page", into: &diagnostics)
        return diagnostics
    }

    private static func checkUnique(_ paths: [String], noun: String, into diagnostics: inout [Diagnostic]) {
        var firstPath: [String: String] = [:]
        for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let slug = Self.slug(ofPath: path)
            let key = Self.comparisonKey(slug)
            if let first = firstPath[key] {
                let firstSlug = Self.slug(ofPath: first)
                // Swift's == already treats NFC and NFD alike, so compare the scalars themselves.
                let how = firstSlug.unicodeScalars.elementsEqual(slug.unicodeScalars) ? ""
                    : firstSlug.lowercased().unicodeScalars.elementsEqual(slug.lowercased().unicodeScalars)
                    ? " (the names differ only by case)" : " (the same name in another Unicode normalisation)"
                diagnostics.append(Diagnostic(.duplicateSlug, "\(noun) slug \"\(slug)\" is already used by \(first)\(how); slugs must be unique",
                                          file: path, line: 1, column: 1))
            } else {
                firstPath[key] = path
            }
        }
    }
}
