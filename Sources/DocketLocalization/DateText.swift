/// Dates at the precision they are known, in each language: "5 December 2014" / "5 dekabr 2014" /
/// "5 декабря 2014" (Russian months in the genitive after a day), "September 2015" /
/// "sentyabr 2015" / "сентябрь 2015" (nominative), or the year alone. Plain integers, so this
/// module does not depend on the model; month names come from the catalog (`month.N`,
/// `month.N.genitive`), so a site can override them.
public enum DateText {
    /// `month` is 1...12 and `day` 1...31 when given; a day without a month is ignored.
    public static func write(year: Int, month: Int? = nil, day: Int? = nil, in catalog: Catalog) -> String {
        let yearText = String(year)
        guard let month, (1...12).contains(month) else { return yearText }
        guard let day else { return "\(catalog.monthName(month)) \(yearText)" }
        return "\(day) \(catalog.monthName(month, genitive: true)) \(yearText)"
    }

    public static func write(year: Int, month: Int? = nil, day: Int? = nil, in language: Language) -> String {
        write(year: year, month: month, day: day, in: language.catalog)
    }
}

extension Catalog {
    /// The month's name, nominative or (after a day number) genitive. `month` is 1...12.
    public func monthName(_ month: Int, genitive: Bool = false) -> String {
        let key = "month.\(month)" + (genitive ? ".genitive" : "")
        return entries[key]?.form(.other) ?? Catalog.englishEntries[key]?.form(.other) ?? String(month)
    }
}
