import DocketModel

/// What every template reads: the site, its indexes and its URLs.
///
/// A class, so that each of the tens of thousands of page jobs holds one reference to it
/// rather than a copy of every index it holds.
public final class PageContext: Sendable {
    public let index: SiteIndex
    public let urls: SiteURLs
    /// True in a build with `--drafts`: drafts are shown, marked as drafts.
    public let showsDrafts: Bool
    /// The frame around every page, its fixed parts rendered once.
    public let frame: LayoutFrame
    /// Every published correction, newest first (`/corrections/` and its feed; none: neither is made).
    public let corrections: [CorrectionEntry]
    /// The page of its year's timeline listing each event past the year's first page, by anchor.
    private let laterTimelinePages: [String: Int]

    public init(index: SiteIndex, showsDrafts: Bool = false) {
        self.index = index
        self.urls = SiteURLs(config: index.site.config)
        self.showsDrafts = showsDrafts
        corrections = CorrectionEntry.newestFirst(index.site)
        frame = LayoutFrame(config: index.site.config, urls: urls, pages: index.site.pages, asOf: index.asOf,
                            linksCorrections: !corrections.isEmpty)
        laterTimelinePages = TimelinePage.laterPages(index.years)
    }

    /// Where an event is listed: its year's timeline, on the page that holds it, at its anchor.
    public func eventLink(_ event: Event) -> String {
        urls.event(event, onPage: laterTimelinePages[event.anchor] ?? 1)
    }

    public var config: SiteConfig { index.site.config }
}
