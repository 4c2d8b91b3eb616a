/// One content file, checked on its own and turned into a one-page site with every check a
/// whole build makes (a reference to another prisoner is then reported as missing).
/// The fuzzer's way in: no site folder, no disk.
public enum SingleFileLoader {
    public enum Kind: Sendable { case prisoner, article }

    /// `content/site.yml` on its own: the settings, or the problems.
    public static func config(bytes: [UInt8]) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigDecoder.decode(bytes: bytes, path: "content/site.yml")
    }

    public static func load(bytes: [UInt8], kind: Kind, slug: String, config: SiteConfig,
                            publishingAt moment: Moment? = nil) -> SiteLoader.Outcome {
        let path = kind == .prisoner ? "content/prisoners/\(slug).md" : "content/articles/\(slug).md"
        let outcome = SiteLoader.FileOutcome.decode(bytes: bytes, path: path, kind: kind == .prisoner ? .prisoner : .article,
                                                    media: nil, publishingAt: moment, config: config,
                                                    asOf: moment?.day)
        let prisoners = outcome.prisoner.map { [$0] } ?? []
        let articles = outcome.article.map { [$0] } ?? []
        let references = outcome.references
        var diagnostics = outcome.diagnostics
        diagnostics += CrossReferences.duplicateSlugs(prisonerFiles: kind == .prisoner ? [path] : [],
                                                      articleFiles: kind == .article ? [path] : [])
        let checked = CrossReferences(
            prisoners: prisoners, prisonerFiles: kind == .prisoner ? [path] : [], articles: articles,
            references: references.isEmpty ? [] : [(path, references)], includeDrafts: false, publishingAt: moment)
        diagnostics += checked.diagnostics
        diagnostics.sort()
        guard !diagnostics.hasErrors else { return SiteLoader.Outcome(site: nil, diagnostics: diagnostics, fileCount: 1) }
        let site = Site(config: config, prisoners: prisoners.filter { !$0.draft }, articles: articles.filter { !$0.draft })
        return SiteLoader.Outcome(site: site, diagnostics: diagnostics, fileCount: 1)
    }
}
