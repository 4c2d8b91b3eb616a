import DocketLocalization
import DocketModel
import Foundation

/// What every template reads: the site, its indexes and its URLs, in one language.
///
/// A class, so that each of the tens of thousands of page jobs holds one reference to it
/// rather than a copy of every index it holds.
public final class PageContext: Sendable {
    public let index: SiteIndex
    public let urls: SiteURLs
    /// True in a build with `--drafts`: drafts are shown, marked as drafts.
    public let showsDrafts: Bool
    /// The language these pages are in (one context per language; the default one at the root).
    public let language: SiteLanguage
    /// The frame around every page, its fixed parts rendered once.
    public let frame: LayoutFrame
    /// Every published correction, newest first (`/corrections/` and its feed; none: neither is made).
    public let corrections: [CorrectionEntry]
    /// The page of its year's timeline listing each event past the year's first page, by anchor.
    private let laterTimelinePages: [String: Int]
    /// Country names in this language, by the English name the model keys them by.
    private let countryNames: [String: String]
    /// True when dates and numbers are written as the English catalog writes them (the fast path).
    public let writesEnglish: Bool

    /// `language`: the pages' language (nil: the site's default); the index is of the site as
    /// that language reads it (`Site.localized(to:)`).
    public init(index: SiteIndex, showsDrafts: Bool = false, language: SiteLanguage? = nil) {
        let language = language ?? index.site.config.defaultLanguage
        self.index = index
        self.language = language
        self.urls = SiteURLs(config: index.site.config, language: language)
        self.showsDrafts = showsDrafts
        writesEnglish = language.catalog == Catalog.builtIn(.en)
        countryNames = Self.countryNames(index.site, in: language)
        corrections = CorrectionEntry.newestFirst(index.site)
        laterTimelinePages = TimelinePage.laterPages(index.years)
        let writesEnglish = self.writesEnglish
        frame = LayoutFrame(config: index.site.config, urls: urls, pages: index.site.pages, asOf: index.asOf,
                            linksCorrections: !corrections.isEmpty, language: language,
                            asOfText: writesEnglish ? index.asOf.display
                                : DateText.write(year: index.asOf.year, month: index.asOf.month, day: index.asOf.day, in: language.catalog))
    }

    /// Where an event is listed: its year's timeline, on the page that holds it, at its anchor.
    public func eventLink(_ event: Event) -> String {
        urls.event(event, onPage: laterTimelinePages[event.anchor] ?? 1)
    }

    public var config: SiteConfig { index.site.config }
    public var catalog: Catalog { language.catalog }

    /// A plain interface label in this language.
    public func label(_ key: InterfaceKey) -> String { language.catalog[key] }

    /// An interface string with arguments, its numbers and plural forms in this language.
    public func text(_ message: Message) -> String { language.catalog.string(message) }

    /// A date for readers in this language: "5 December 2014", "5 dekabr 2014", "5 декабря 2014".
    public func date(_ date: PartialDate) -> String {
        writesEnglish ? date.display : DateText.write(year: date.year, month: date.month, day: date.day, in: language.catalog)
    }

    /// A count for readers: "1,085" in English, "1 085" (no-break space) in Russian and Azerbaijani.
    public func number(_ number: Int) -> String { NumberText.write(number, in: language.language) }

    /// A country's name in this language (CLDR's, from the ICU data Foundation carries), from the
    /// English name the model holds; a place site.yml declares keeps its own name.
    public func countryName(_ name: String) -> String { countryNames.isEmpty ? name : countryNames[name] ?? name }

    private static func countryNames(_ site: Site, in language: SiteLanguage) -> [String: String] {
        guard language.code != "en" else { return [:] }
        let locale = Locale(identifier: language.code)
        var names: [String: String] = [:]
        for prisoner in site.prisoners {
            guard names[prisoner.country] == nil, let code = prisoner.countryCode,
                  let name = locale.localizedString(forRegionCode: code) else { continue }
            names[prisoner.country] = name
        }
        return names
    }
}
