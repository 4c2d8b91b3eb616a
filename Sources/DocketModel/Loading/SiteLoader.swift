import Foundation

/// Reads a site folder (`content/site.yml`, `content/prisoners/**/*.md`, `content/articles/**/*.md`)
/// into a validated `Site`, reporting every problem of every file in one run.
public struct SiteLoader {
    public let siteDirectory: URL

    /// Worker threads for parsing and rendering Markdown.
    public let jobs: Int

    public init(siteDirectory: URL, jobs: Int = Parallel.defaultJobs) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.jobs = jobs
    }

    public struct Outcome: Sendable {
        /// The site, when there is no error. Drafts are left out unless asked for.
        public let site: Site?
        /// Every error and warning, sorted by file and line.
        public let diagnostics: [Diagnostic]
        /// How many content files were read.
        public let fileCount: Int
    }

    private enum Kind { case prisoner, article }

    private struct FileOutcome {
        var prisoner: Prisoner?
        var article: Article?
        var references: [SlugReference] = []
        var diagnostics: [Diagnostic] = []
    }

    /// `publishingAt` is the moment embargoes are judged against (`--as-of`); nil keeps every
    /// embargoed item out. An item under embargo is treated as a draft throughout.
    public func load(includeDrafts: Bool = false, publishingAt moment: Moment? = nil) -> Outcome {
        var diagnostics: [Diagnostic] = []
        let configPath = "content/site.yml"
        var config: SiteConfig?
        if let bytes = read(configPath, diagnostics: &diagnostics) {
            let (decoded, problems) = SiteConfigDecoder.decode(bytes: bytes, path: configPath)
            config = decoded
            diagnostics += problems
        }

        var files = ContentFinder(siteDirectory: siteDirectory)
        var listing = files.list("content/prisoners").map { ($0, Kind.prisoner) }
        listing += files.list("content/articles").map { ($0, Kind.article) }
        diagnostics += files.diagnostics

        // Parse and render every file in parallel; results come back in listing order.
        let outcomes = Parallel.map(listing, jobs: jobs) { entry -> FileOutcome in
            let (path, kind) = entry
            if let size = fileSize(path), size > ContentText.maximumSize {
                // Refused before reading: a huge file costs neither memory nor time.
                return FileOutcome(diagnostics: [.error(ContentText.tooLarge(size), file: path)])
            }
            guard let bytes = readQuietly(path) else {
                return FileOutcome(diagnostics: [.error("cannot read the file", file: path)])
            }
            switch kind {
            case .prisoner:
                let result = PrisonerDecoder.decode(bytes: bytes, path: path)
                return FileOutcome(prisoner: result.prisoner, references: result.references, diagnostics: result.diagnostics)
            case .article:
                let result = ArticleDecoder.decode(bytes: bytes, path: path)
                return FileOutcome(article: result.article, references: result.references, diagnostics: result.diagnostics)
            }
        }

        var prisoners: [Prisoner] = []
        var articles: [Article] = []
        var referencesByFile: [String: [SlugReference]] = [:]
        for outcome in outcomes {
            diagnostics += outcome.diagnostics
            if let prisoner = outcome.prisoner { prisoners.append(prisoner.isEmbargoed(at: moment) ? prisoner.asDraft() : prisoner) }
            if let article = outcome.article { articles.append(article.isEmbargoed(at: moment) ? article.asDraft() : article) }
            for reference in outcome.references { referencesByFile[reference.file, default: []].append(reference) }
        }

        let checked = CrossReferences(
            prisoners: prisoners, prisonerFiles: listing.filter { $0.1 == Kind.prisoner }.map(\.0),
            articles: articles, articleFiles: listing.filter { $0.1 == Kind.article }.map(\.0),
            referencesByFile: referencesByFile, includeDrafts: includeDrafts, publishingAt: moment)
        diagnostics += checked.diagnostics
        diagnostics.sort()

        guard let config, !diagnostics.hasErrors else {
            return Outcome(site: nil, diagnostics: diagnostics, fileCount: listing.count + 1)
        }
        let site = Site(config: config,
                        prisoners: prisoners.filter { includeDrafts || !$0.draft },
                        articles: articles.filter { includeDrafts || !$0.draft })
        return Outcome(site: site, diagnostics: diagnostics, fileCount: listing.count + 1)
    }

    private func read(_ path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        let full = siteDirectory.appendingPathComponent(path).path
        if FileManager.default.fileExists(atPath: full), !ContentFinder(siteDirectory: siteDirectory).linkStaysInside(full) {
            diagnostics.append(.error("symbolic link leads outside the site folder; content must live inside the site", file: path))
            return nil
        }
        if let size = fileSize(path), size > ContentText.maximumSize {
            diagnostics.append(.error(ContentText.tooLarge(size), file: path))
            return nil
        }
        guard let bytes = readQuietly(path) else {
            diagnostics.append(.error("missing or unreadable; every site needs \(path) with title and base_url", file: path, line: 1, column: 1))
            return nil
        }
        return bytes
    }

    /// The size of the file (through a link, as reading would see it).
    private func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(siteDirectory.appendingPathComponent(path).path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    private func readQuietly(_ path: String) -> [UInt8]? {
        let url = siteDirectory.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return [UInt8](data)
    }
}
