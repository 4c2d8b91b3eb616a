import DocketModel

/// `/prisoners/`, `/prisoners/by-arrest/` and `/prisoners/by-review/` (and their `page/N/`):
/// everyone in one of three orders (`PrisonerOrders`), a compact line each, 100 a page, with
/// the statuses and their counts in the lead and a small navigation between the orders.
public enum PrisonerListPage {
    public static let perPage = ListingSizes.prisoners

    public static func render(_ order: PrisonerOrders.Order, _ orders: PrisonerOrders, _ context: PageContext) -> [RenderedPage] {
        let urls = context.urls
        let everyone = orders.list(order)
        let first = urls.path(order.route)
        let statuses: [HTML] = orders.byStatus.map { group in
            "<a href=\"\(urls.status(group.status))\">\(group.status.label)</a> (\(grouped(group.prisoners.count)))"
        }
        let orderLinks: [HTML] = PrisonerOrders.Order.allCases.map { other in
            other == order ? "<li><a href=\"\(urls.path(other.route))\" aria-current=\"page\">\(other.label)</a></li>"
                : "<li><a href=\"\(urls.path(other.route))\">\(other.label)</a></li>"
        }
        let heading = title(order)
        return Pagination.pages(everyone, size: perPage, first: first, urls: urls, catalog: context.catalog) { chunk, number, path, nav in
            let body: HTML = """
            <h1>\(heading)\(number > 1 ? " (page \(number))" : "")</h1>
            <p class="lead">\(plural(everyone.count, "person", "people")) in this monitor\(statuses.isEmpty ? HTML() : ": \(statuses.joined(separator: " · "))" as HTML). \(FacetLinks.line(context)).</p>
            <nav class="orders" aria-label="Order of the list"><ul>\(orderLinks)</ul></nav>
            \(everyone.isEmpty ? "<p class=\"empty\">No prisoners yet.</p>\n" : PrisonerList.list(Array(chunk), context, order: order))\
            \(nav)
            """
            return RenderedPage(path: path, html: Layout.page(context, title: number > 1 ? "\(heading), page \(number)" : heading,
                                                              path: path, section: .prisoners, body: body))
        }
    }

    static func title(_ order: PrisonerOrders.Order) -> String {
        switch order {
        case .name: "Prisoners"
        case .arrest: "Prisoners by date of arrest"
        case .review: "Prisoners recently reviewed"
        }
    }
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
            var details: [String] = showCountry ? [prisoner.country] : []
            details.append(standing(prisoner))
            switch order {
            case .arrest?:
                if !prisoner.status.isHeld, let arrested = prisoner.arrested { details.append("arrested \(arrested.display)") }
            case .review?:
                if let date = PrisonerOrders.reviewed(prisoner) { details.append("reviewed \(date.display)") }
            case .name?, nil:
                break
            }
            return """
            <li><a href="\(urls.prisonerPath(prisoner.slug))">\(photo(prisoner, urls))\(prisoner.name)</a>\(draftMark(prisoner.draft)) \
            <span class="meta">\(details.joined(separator: " · "))</span></li>

            """
        }
        // With a photo in the list, every name is indented past the photos' column.
        return prisoners.contains { $0.photo != nil } ? "<ul class=\"prisoners photos\">\n\(items)</ul>\n" : "<ul class=\"prisoners\">\n\(items)</ul>\n"
    }

    /// The status and since when: "Imprisoned since 3 May 2021", "Released 2 June 2024".
    static func standing(_ prisoner: Prisoner) -> String {
        let label = prisoner.status.label
        if prisoner.status.isHeld { return prisoner.arrested.map { "\(label) since \($0.display)" } ?? label }
        if prisoner.status != .deceased, let released = prisoner.released { return "\(label) \(released.display)" }
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
