extension Catalog {
    /// A catalog's entries from its plain labels, month names and messages.
    static func entries(
        _ plain: [InterfaceKey: String], months: [String], genitiveMonths: [String], messages: [String: CatalogValue]
    ) -> [String: CatalogValue] {
        var entries = messages
        for (key, text) in plain { entries[key.rawValue] = .text(text) }
        for (index, name) in months.enumerated() { entries["month.\(index + 1)"] = .text(name) }
        for (index, name) in genitiveMonths.enumerated() { entries["month.\(index + 1).genitive"] = .text(name) }
        return entries
    }
}
