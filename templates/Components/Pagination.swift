import DocketLocalization
/// Splits long listings into pages so that no page grows without bound.
public enum Pagination {
    /// Items in chunks of `size` (at least one chunk, possibly empty).
    public static func chunks<T>(_ items: [T], size: Int) -> [ArraySlice<T>] {
        guard !items.isEmpty else { return [items[...]] }
        return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }

    /// One rendered page per chunk of `items`: `make` gets the chunk, its 1-based number, its
    /// site path (`first`, then `first/page/N/`) and the navigation between the pages.
    static func pages<T>(_ items: [T], size: Int, first: String, urls: SiteURLs, catalog: Catalog? = nil,
                         _ make: (_ chunk: ArraySlice<T>, _ number: Int, _ path: String, _ nav: HTML) -> RenderedPage) -> [RenderedPage] {
        let chunks = chunks(items, size: size)
        return chunks.enumerated().map { offset, chunk in
            let number = offset + 1
            return make(chunk, number, urls.paginated(first, page: number), nav(first: first, page: number, of: chunks.count, urls: urls, catalog: catalog))
        }
    }

    /// "Newer / Page 2 of 5 / Older" navigation; nothing when there is one page.
    /// `catalog`: the words of the page's language (nil: English).
    static func nav(first: String, page: Int, of count: Int, urls: SiteURLs, label: String? = nil, catalog: Catalog? = nil) -> HTML {
        guard count > 1 else { return HTML() }
        let t = catalog ?? Catalog.builtIn(.en)
        let label = label ?? t[.paginationPages]
        let previous: HTML = page > 1 ? "<a href=\"\(urls.paginated(first, page: page - 1))\" rel=\"prev\">\(t.format("pagination.previous"))</a>" : HTML()
        let next: HTML = page < count ? "<a href=\"\(urls.paginated(first, page: page + 1))\" rel=\"next\">\(t.format("pagination.next"))</a>" : HTML()
        var numbers: [HTML] = []
        for number in 1...count where number == 1 || number == count || abs(number - page) <= 2 {
            numbers.append(number == page
                ? "<li><a href=\"\(urls.paginated(first, page: number))\" aria-current=\"page\">\(number)</a></li>"
                : "<li><a href=\"\(urls.paginated(first, page: number))\">\(number)</a></li>")
        }
        return """
        <nav class="pagination" aria-label="\(label)">
        \(previous) <ul>\(numbers)</ul> \(next)
        <p>\(t.string(.pageOf(page: page, pages: count)))</p>
        </nav>

        """
    }
}
