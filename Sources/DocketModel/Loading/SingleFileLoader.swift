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
        var prisoners: [Prisoner] = []
        var articles: [Article] = []
        var references: [SlugReference] = []
        var diagnostics: [Diagnostic] = []
        let path: String
        switch kind {
        case .prisoner:
            path = "content/prisoners/\(slug).md"
            let result = PrisonerDecoder.decode(bytes: bytes, path: path)
            if let prisoner = result.prisoner { prisoners.append(prisoner.isEmbargoed(at: moment) ? prisoner.asDraft() : prisoner) }
            references = result.references
            diagnostics = result.diagnostics
        case .article:
            path = "content/articles/\(slug).md"
            let result = ArticleDecoder.decode(bytes: bytes, path: path)
            if let article = result.article { articles.append(article.isEmbargoed(at: moment) ? article.asDraft() : article) }
            references = result.references
            diagnostics = result.diagnostics
        }
        let checked = CrossReferences(
            prisoners: prisoners, prisonerFiles: kind == .prisoner ? [path] : [],
            articles: articles, articleFiles: kind == .article ? [path] : [],
            referencesByFile: references.isEmpty ? [:] : [path: references], includeDrafts: false, publishingAt: moment)
        diagnostics += checked.diagnostics
        diagnostics.sort()
        guard !diagnostics.hasErrors else { return SiteLoader.Outcome(site: nil, diagnostics: diagnostics, fileCount: 1) }
        let site = Site(config: config, prisoners: prisoners.filter { !$0.draft }, articles: articles.filter { !$0.draft })
        return SiteLoader.Outcome(site: site, diagnostics: diagnostics, fileCount: 1)
    }
}
