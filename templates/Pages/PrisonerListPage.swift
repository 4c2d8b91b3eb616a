import DocketLocalization
import DocketModel

/// `/prisoners/`, `/prisoners/by-arrest/` and `/prisoners/by-review/` (and their `page/N/`):
/// everyone in one of three orders (`PrisonerOrders`), a compact line each, 100 a page, with
/// the statuses and their counts in the lead and a small navigation between the orders.
public enum PrisonerListPage {
    public static let perPage = ListingSizes.prisoners

    public static func render(_ order: PrisonerOrders.Order, _ orders: PrisonerOrders, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let t = context.catalog
        let everyone = orders.list(order)
        let first = urls.path(order.route)
        let statuses: [HTML] = orders.byStatus.map { group in
            "<a href=\"\(urls.status(group.status))\">\(t[group.status.labelKey])</a> (\(context.number(group.prisoners.count)))"
        }
        let orderLinks: [HTML] = PrisonerOrders.Order.allCases.map { other in
            let label = t.format("order.\(other)")
            return other == order ? "<li><a href=\"\(urls.path(other.route))\" aria-current=\"page\">\(label)</a></li>"
                : "<li><a href=\"\(urls.path(other.route))\">\(label)</a></li>"
        }
        let heading = title(order, t)
        return Pagination.pages(everyone, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? t.format("pagination.pageSuffix", [("page", context.number(number))]) : "")</h1>
            <p class="lead">\(t.format("list.inThisMonitor", count: everyone.count))\(statuses.isEmpty ? HTML() : ": \(statuses.joined(separator: " · "))" as HTML). \(FacetLinks.line(context)).</p>
            <nav class="orders" aria-label="\(t.format("order.nav"))"><ul>\(orderLinks)</ul></nav>
            \(everyone.isEmpty ? "<p class=\"empty\">\(t[.listNoPrisoners])</p>\n" : PrisonerList.list(Array(chunk), context, order: order))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? pageTitle(heading, number, context) : heading,
                                                              path: path, section: .prisoners, body: body))
        }
    }

    static func title(_ order: PrisonerOrders.Order, _ catalog: Catalog) -> String {
        switch order {
        case .name: catalog.format("title.prisoners")
        case .arrest: catalog.format("title.prisonersByArrest")
        case .review: catalog.format("title.prisonersByReview")
        }
    }
}

/// "Prisoners, page 2" as a page's title.
func pageTitle(_ heading: String, _ number: Int, _ context: PageContext) -> String {
    context.catalog.format("pagination.titlePage", [("title", heading), ("page", context.number(number))])
}

/// A list of people, one compact line each: the photo small if there is one, the name, the
/// country, the status and since when.
enum PrisonerList {
    /// The longer side of a photo in a list, in CSS pixels.
    static let thumbnail = 40

    /// `order`: the prisoner list's order, whose date each line then shows ("arrested …" where the
    /// status does not say it, "reviewed …").
    static func list(_ prisoners: [Prisoner], _ context: PageContext, showCountry: Bool = true, order: PrisonerOrders.Order? = nil) -> HTML {
        let urls = context.urls
        let items: [HTML] = prisoners.map { prisoner in
            var details: [String] = showCountry ? [context.countryName(prisoner.country)] : []
            details.append(standing(prisoner, context))
            switch order {
            case .arrest?:
                if !prisoner.status.isHeld, let arrested = prisoner.arrested {
                    details.append(context.writesEnglish ? "arrested \(arrested.display)" : context.catalog.format("list.arrestedOn", [("date", context.date(arrested))]))
                }
            case .review?:
                if let date = PrisonerOrders.reviewed(prisoner) {
                    details.append(context.writesEnglish ? "reviewed \(date.display)" : context.catalog.format("list.reviewedOn", [("date", context.date(date))]))
                }
            case .name?, nil:
                break
            }
            return """
            <li><a href="\(urls.prisonerPath(prisoner.slug))"\(LanguageLinks.lang(prisoner.textLanguage))>\(photo(prisoner, urls))\(prisoner.name)</a>\(draftMark(prisoner.draft, context)) \
            <span class="meta">\(details.joined(separator: " · "))</span></li>

            """
        }
        // With a photo in the list, every name is indented past the photos' column.
        return prisoners.contains { $0.photo != nil } ? "<ul class=\"prisoners photos\">\n\(items)</ul>\n" : "<ul class=\"prisoners\">\n\(items)</ul>\n"
    }

    /// The status and since when: "Imprisoned since 3 May 2021", "Released 2 June 2024".
    static func standing(_ prisoner: Prisoner, _ context: PageContext) -> String {
        if context.writesEnglish {
            // Every line of every list: no catalog lookups on the English pages.
            let label = prisoner.status.label
            if prisoner.status.isHeld { return prisoner.arrested.map { "\(label) since \($0.display)" } ?? label }
            if prisoner.status != .deceased, let released = prisoner.released { return "\(label) \(released.display)" }
            return label
        }
        let t = context.catalog
        let label = t[prisoner.status.labelKey]
        if prisoner.status.isHeld {
            return prisoner.arrested.map { t.format("standing.since", [("status", label), ("date", context.date($0))]) } ?? label
        }
        if prisoner.status != .deceased, let released = prisoner.released {
            return t.format("standing.on", [("status", label), ("date", context.date(released))])
        }
        return label
    }

    /// The person's photo, its own file shown small (`thumbnail` on its longer side, its
    /// aspect kept); decorative, as the name is beside it.
    static func photo(_ prisoner: Prisoner, _ urls: SiteURLs) -> HTML {
        guard let photo = prisoner.photo, photo.width > 0, photo.height > 0 else { return HTML() }
        let (width, height) = photo.width >= photo.height
            ? (thumbnail, max(1, (thumbnail * photo.height + photo.width / 2) / photo.width))
            : (max(1, (thumbnail * photo.width + photo.height / 2) / photo.height), thumbnail)
        return "<img src=\"\(urls.media(photo.path))\" width=\"\(width)\" height=\"\(height)\" alt=\"\" loading=\"lazy\">"
    }
}
