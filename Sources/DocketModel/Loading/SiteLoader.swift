import DocketSupport
import Foundation

/// Reads a site folder (`content/site.yml`, `content/prisoners/**/*.md`, `content/articles/**/*.md`,
/// `content/pages/*.md`, photos under `content/media/`)
/// into a validated `Site`, reporting every problem of every file in one run.
public struct SiteLoader: Sendable {
    public let siteDirectory: URL
    private let sitePath: String

    /// Worker threads for parsing and rendering Markdown.
    public let jobs: Int

    public init(siteDirectory: URL, jobs: Int = Parallel.defaultJobs) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        sitePath = self.siteDirectory.path
        self.jobs = jobs
    }

    public struct Outcome: Sendable {
        /// The site, when there is no error. Drafts are left out unless asked for.
        public let site: Site?
        /// Every error and warning, sorted by file and line.
        public let diagnostics: [Diagnostic]
        /// How many content files were read.
        public let fileCount: Int
        /// Around the publishing moment, the stretch in which no embargo ends (every moment in
        /// it publishes the same items); nil when the site did not load or no moment was given.
        public var embargoWindow: EmbargoWindow? = nil
    }

    enum Kind: Sendable { case prisoner, article, page }

    /// Every file's results in listing order: the items, the slugs each file names (by file:
    /// every reference in a file's outcome is to that file), and the problems.
    struct Collected: Sendable {
        var prisoners: [Prisoner] = []
        var articles: [Article] = []
        var pages: [Page] = []
        var references: [(file: String, references: [SlugReference])] = []
        /// Links into the site from bodies and sources, checked once every item is known.
        var links: [LinkReference] = []
        var diagnostics: [Diagnostic] = []
        /// The former slugs of each kind of file, where each is written.
        var formerSlugs: [Kind: [SlugReference]] = [:]
        /// Each prisoner file's names, for `DuplicatePeople`.
        var names: [(file: String, names: [PersonName])] = []

        init(listing: [(String, Kind)], outcomes: [FileOutcome]) {
            for (entry, outcome) in zip(listing, outcomes) {
                diagnostics += outcome.diagnostics
                if let prisoner = outcome.prisoner { prisoners.append(prisoner) }
                if let article = outcome.article { articles.append(article) }
                if let page = outcome.page { pages.append(page) }
                if !outcome.references.isEmpty { references.append((entry.0, outcome.references)) }
                links += outcome.links
                if !outcome.formerSlugs.isEmpty { formerSlugs[entry.1, default: []] += outcome.formerSlugs }
                if !outcome.names.isEmpty { names.append((entry.0, outcome.names)) }
            }
        }
    }

    /// What one content file gives: its item (an embargoed one already turned into a draft),
    /// the slugs it names, and its problems.
    struct FileOutcome: Sendable {
        var prisoner: Prisoner?
        var article: Article?
        var page: Page?
        var references: [SlugReference] = []
        /// Links into the site in bodies and sources (see `LinkReferences`).
        var links: [LinkReference] = []
        var diagnostics: [Diagnostic] = []
        /// The file's `former_slugs`, where each is written.
        var formerSlugs: [SlugReference] = []
        /// A prisoner's names, where the file writes them.
        var names: [PersonName] = []

        /// `absolutePath`, when given, is where the file is on disk: its body is then rendered
        /// when its page is written rather than kept in memory (see `MarkdownBody`).
        static func decode(bytes: [UInt8], path: String, absolutePath: String? = nil, kind: Kind, media: MediaLibrary?,
                           publishingAt moment: Moment?, config: SiteConfig? = nil, asOf: PartialDate? = nil,
                           lists: ContentLists = ContentLists()) -> FileOutcome {
            switch kind {
            case .prisoner:
                let result = PrisonerDecoder.decode(bytes: bytes, path: path, file: absolutePath, media: media, config: config, asOf: asOf, lists: lists)
                let prisoner = result.prisoner.map { $0.isEmbargoed(at: moment) ? $0.asDraft() : $0 }
                return FileOutcome(prisoner: prisoner, references: result.references, links: result.links, diagnostics: result.diagnostics,
                                   formerSlugs: result.formerSlugs, names: result.names)
            case .article:
                let result = ArticleDecoder.decode(bytes: bytes, path: path, file: absolutePath, config: config, asOf: asOf, media: media)
                let article = result.article.map { $0.isEmbargoed(at: moment) ? $0.asDraft() : $0 }
                return FileOutcome(article: article, references: result.references, links: result.links, diagnostics: result.diagnostics,
                                   formerSlugs: result.formerSlugs)
            case .page:
                let result = PageDecoder.decode(bytes: bytes, path: path, config: config, media: media)
                return FileOutcome(page: result.page, links: result.links, diagnostics: result.diagnostics, formerSlugs: result.formerSlugs)
            }
        }
    }

    /// `publishingAt` is the moment embargoes are judged against (`--as-of`); nil keeps every
    /// embargoed item out. An item under embargo is treated as a draft throughout.
    /// `asOf` is the site's date, which no fact may be dated after (`SiteDateChecks`); by
    /// default the day of `publishingAt`, and with neither, dates are not checked against it.
    /// `progress`, when given, is called from worker threads with (files read, files to read).
    public func load(includeDrafts: Bool = false, publishingAt moment: Moment? = nil, asOf: PartialDate? = nil,
                     progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        let siteDate = asOf ?? moment?.day
        var diagnostics: [Diagnostic] = []
        let configPath = "content/site.yml"
        var config: SiteConfig?
        if let bytes = read(configPath, diagnostics: &diagnostics) {
            let (decoded, problems) = SiteConfigDecoder.decode(bytes: bytes, path: configPath,
                                                               catalogFiles: CatalogFiles.codes(siteDirectory: siteDirectory))
            config = decoded
            diagnostics += problems
        }
        if let languages = config?.languages {
            config?.languages = CatalogFiles.apply(to: languages, siteDirectory: siteDirectory, diagnostics: &diagnostics)
        }
        let lists = ContentLists.load(siteDirectory: siteDirectory, languages: config?.languages.map(\.code), diagnostics: &diagnostics)

        var files = ContentFinder(siteDirectory: siteDirectory)
        let found = files.list("content/prisoners").map { ($0, Kind.prisoner) }
            + files.list("content/articles").map { ($0, Kind.article) }
            + files.list("content/pages").map { ($0, Kind.page) }
        // Translations (`x.az.md`) are read apart from the originals, and matched to them after.
        let (listing, translationFiles) = TranslationFiles.split(found, config: config, diagnostics: &diagnostics)
        let media = MediaLibrary(siteDirectory: siteDirectory)
        diagnostics += files.diagnostics

        // Parse and render every file in parallel; results come back in listing order.
        let readCounter = progress.map { ProgressCounter(total: found.count, report: $0) }
        let settings = config
        let outcomes = Parallel.map(listing, jobs: jobs) { entry -> FileOutcome in
            defer { readCounter?.increment() }
            let (path, kind) = entry
            switch readFile(path) {
            case .tooLarge(let size):
                // Refused before reading: a huge file costs neither memory nor time.
                return FileOutcome(diagnostics: [Diagnostic(.fileTooLarge, ContentText.tooLarge(size), file: path)])
            case .notRegular:
                return FileOutcome(diagnostics: [Diagnostic(.notRegularFile, ContentFileRead.notRegularMessage, file: path)])
            case .unreadable(let failure):
                return FileOutcome(diagnostics: [Diagnostic(.unreadableFile, "cannot read the file: \(failure.reason)", file: path)])
            case .bytes(let bytes):
                return FileOutcome.decode(bytes: bytes, path: path, absolutePath: sitePath + "/" + path, kind: kind,
                                          media: media, publishingAt: moment, config: settings, asOf: siteDate, lists: lists)
            }
        }

        let translated = Parallel.map(translationFiles, jobs: jobs) { entry -> (TranslationFiles.Entry, TranslationDecoder.Result) in
            defer { readCounter?.increment() }
            switch readFile(entry.path) {
            case .tooLarge(let size):
                return (entry, .init(diagnostics: [Diagnostic(.fileTooLarge, ContentText.tooLarge(size), file: entry.path)]))
            case .notRegular:
                return (entry, .init(diagnostics: [Diagnostic(.notRegularFile, ContentFileRead.notRegularMessage, file: entry.path)]))
            case .unreadable(let failure):
                return (entry, .init(diagnostics: [Diagnostic(.unreadableFile, "cannot read the file: \(failure.reason)", file: entry.path)]))
            case .bytes(let bytes):
                return (entry, TranslationDecoder.decode(bytes: bytes, path: entry.path, slug: entry.slug, language: entry.language,
                                                         kind: entry.kind, file: sitePath + "/" + entry.path, config: settings, media: media))
            }
        }

        let prisonerFiles = listing.filter { $0.1 == Kind.prisoner }.map(\.0)
        // The files' results collected on one thread while slugs used twice are looked for on another.
        let articleFiles = listing.filter { $0.1 == Kind.article }.map(\.0)
        let (collected, duplicates) = Parallel.together(jobs: jobs, {
            Collected(listing: listing, outcomes: outcomes)
        }, {
            CrossReferences.duplicateSlugs(
                prisonerFiles: prisonerFiles, articleFiles: articleFiles,
                pageFiles: listing.filter { $0.1 == Kind.page }.map(\.0))
        })
        let (prisoners, articles, pages, references, links) =
            (collected.prisoners, collected.articles, collected.pages, collected.references, collected.links)
        diagnostics += collected.diagnostics
        diagnostics += duplicates
        var translationLinks: [LinkReference] = []
        for (_, result) in translated {
            diagnostics += result.diagnostics
            translationLinks += result.links
        }
        let translations = TranslationFiles.match(translated.compactMap { entry, result in result.translation.map { (entry, $0) } },
                                                  prisoners: prisoners, articles: articles, pages: pages,
                                                  originalFiles: Set(listing.map(\.0)), diagnostics: &diagnostics)
        if !collected.formerSlugs.isEmpty {
            diagnostics += FormerSlugs.collisions(collected.formerSlugs[.prisoner] ?? [], live: prisonerFiles, noun: "prisoner")
            diagnostics += FormerSlugs.collisions(collected.formerSlugs[.article] ?? [], live: articleFiles, noun: "report")
            diagnostics += FormerSlugs.collisions(collected.formerSlugs[.page] ?? [], live: listing.filter { $0.1 == Kind.page }.map(\.0), noun: "page")
        }
        diagnostics += DuplicatePeople.check(collected.names)

        var checked = CrossReferences(prisoners: prisoners, prisonerFiles: prisonerFiles, articles: articles,
                                      references: references, includeDrafts: includeDrafts, publishingAt: moment)
        checked.prisonSlugs = Set(lists.prisons?.prisons.map(\.slug) ?? [])
        checked.check(links + translationLinks, pages: pages, articleFiles: articleFiles, config: config, asOf: siteDate)
        diagnostics += checked.diagnostics
        diagnostics.sort()

        guard let config, !diagnostics.hasErrors else {
            return Outcome(site: nil, diagnostics: diagnostics, fileCount: found.count + 1)
        }
        var site = Site(config: config,
                        prisoners: prisoners.filter { includeDrafts || !$0.draft },
                        articles: articles.filter { includeDrafts || !$0.draft },
                        pages: pages.filter { includeDrafts || !$0.draft },
                        prisons: lists.prisons?.prisons ?? [])
        site.media = checked.media
        site.articleNames = lists.charges?.names ?? [:]
        site.articleNamesByLanguage = lists.charges?.translatedNames ?? [:]
        site.translations = translations
        let window = moment.map { moment in
            EmbargoWindow(around: moment, ends: prisoners.compactMap { $0.embargoUntil } + articles.compactMap { $0.embargoUntil })
        }
        return Outcome(site: site, diagnostics: diagnostics, fileCount: found.count + 1, embargoWindow: window)
    }

    private func read(_ path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        let full = siteDirectory.appendingPathComponent(path).path
        if FileManager.default.fileExists(atPath: full), !ContentFinder(siteDirectory: siteDirectory).linkStaysInside(full) {
            diagnostics.append(Diagnostic(.symlinkOutside, "symbolic link leads outside the site folder; content must live inside the site", file: path))
            return nil
        }
        switch readFile(path) {
        case .tooLarge(let size):
            diagnostics.append(Diagnostic(.fileTooLarge, ContentText.tooLarge(size), file: path))
            return nil
        case .notRegular:
            diagnostics.append(Diagnostic(.notRegularFile, ContentFileRead.notRegularMessage, file: path))
            return nil
        case .unreadable(let failure):
            // The system's reason, when it says more than that the file is not there.
            let reason = failure.code == ENOENT ? "" : " (\(failure.reason))"
            diagnostics.append(Diagnostic(.missingSiteConfig, "missing or unreadable\(reason); every site needs \(path) with title and base_url", file: path, line: 1, column: 1))
            return nil
        case .bytes(let bytes):
            return bytes
        }
    }

    private func readFile(_ path: String) -> ContentFileRead {
        ContentFileRead.read(sitePath + "/" + path)
    }
}
