import DocketLocalization

/// `content/site.yml`: the monitor's own settings.
public struct SiteConfig: Hashable, Sendable {
    public let title: String
    /// Absolute, ending in `/`: `https://example.org/monitor/`.
    public let baseURL: String
    public let language: String
    public let description: String
    /// The licence of the open data (`/data/`), e.g. "CC BY 4.0".
    public let dataLicense: String?
    /// The site's .onion address, for the `onion-location` meta tag Tor Browser reads.
    public let onionURL: String?
    /// Places outside ISO 3166-1 that `country:` may name (`countries:` in site.yml).
    public let countries: [DeclaredCountry]
    /// `search: pagefind`: a search box for readers whose browser runs scripts, over an index
    /// Pagefind makes after the build; nil: no search, and no script on any page.
    public var search: SiteSearch? = nil
    /// Where `search:` is written in `content/site.yml` (line, column), for the build's error
    /// when Pagefind cannot be run.
    public var searchPosition: SourcePosition? = nil
    /// The languages the site is published in, default first (`languages:`). Without it, one:
    /// `language`, with its built-in interface catalog (English for a code without one).
    public var languages: [SiteLanguage]

    public init(title: String, baseURL: String, language: String, description: String,
                dataLicense: String? = nil, onionURL: String? = nil, countries: [DeclaredCountry] = []) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.description = description
        self.dataLicense = dataLicense
        self.onionURL = onionURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.countries = countries
        languages = [SiteLanguage(code: language, title: title, description: description,
                                  catalog: Catalog.builtIn(Language(rawValue: language) ?? .en), isDefault: true)]
    }

    /// The default language: the first of `languages`.
    public var defaultLanguage: SiteLanguage { languages[0] }

    /// True when the site is published in more than one language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// These settings as pages in `language` show them: its title and description, and its code
    /// as `language`.
    public func localized(to language: SiteLanguage) -> SiteConfig {
        guard !language.isDefault || language.title != title || language.description != description else { return self }
        var copy = SiteConfig(title: language.title, baseURL: baseURL, language: language.code, description: language.description,
                              dataLicense: dataLicense, onionURL: onionURL, countries: countries)
        copy.search = search
        copy.searchPosition = searchPosition
        copy.languages = languages
        return copy
    }

    /// The path part of `baseURL`, starting and ending with `/`: `/monitor/`.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterScheme = baseURL[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        var path = String(afterScheme[slash...])
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        return path.hasSuffix("/") ? path : path + "/"
    }
}

/// The search engines `search:` in site.yml may name.
public enum SiteSearch: String, CaseIterable, Hashable, Sendable {
    /// Pagefind (pagefind.app), run on the built site: a static index and a script, all from the site's own host.
    case pagefind
}

/// A line and column in a content file, counted from 1.
public struct SourcePosition: Hashable, Sendable {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
