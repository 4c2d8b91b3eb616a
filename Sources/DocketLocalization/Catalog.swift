/// The interface strings of one language, keyed by stable identifiers (`InterfaceKey` raw values
/// and `Message.key`s). Built-in catalogs cover every label the templates print; a site can
/// override or extend one with `overriding(with:)` (`content/i18n/<lang>.yml`, read by `CatalogFiles` in
/// DocketModel, which owns the YAML composer). `format` fills keys with named arguments.
public struct Catalog: Sendable, Hashable {
    public let language: Language
    public private(set) var entries: [String: CatalogValue]

    public init(language: Language, entries: [String: CatalogValue]) {
        self.language = language
        self.entries = entries
    }

    public static func builtIn(_ language: Language) -> Catalog {
        switch language {
        case .en: Catalog(language: .en, entries: englishEntries)
        case .az: Catalog(language: .az, entries: azerbaijaniEntries)
        case .ru: Catalog(language: .ru, entries: russianEntries)
        }
    }

    /// Every key a complete catalog has: the English catalog's, which is the reference.
    public static var requiredKeys: [String] { englishEntries.keys.sorted() }

    /// This catalog with `overrides` replacing or adding entries.
    public func overriding(with overrides: [String: CatalogValue]) -> Catalog {
        Catalog(language: language, entries: entries.merging(overrides) { _, new in new })
    }

    /// What a catalog for `language` lacks, sorted: required keys absent, plain where a plural is
    /// needed (or the reverse), plural entries without a form the language needs (`other`, or
    /// every category the language distinguishes when `other` is not given).
    public static func missingKeys(for language: Language, in entries: [String: CatalogValue]) -> [String] {
        var missing: [String] = []
        for key in requiredKeys {
            guard let value = entries[key] else { missing.append(key); continue }
            let reference = englishEntries[key]!
            if reference.isPlural != value.isPlural { missing.append(key); continue }
            if case .plural(let forms) = value, forms[.other] == nil {
                let lacking = language.pluralCategories.filter { $0 != .other && forms[$0] == nil }
                if !lacking.isEmpty { missing.append(key) }
            }
        }
        return missing
    }

    /// What this catalog lacks (see `missingKeys(for:in:)`).
    public var missingKeys: [String] { Catalog.missingKeys(for: language, in: entries) }

    /// A plain label; English if this catalog lacks it (`missingKeys` reports that).
    public subscript(key: InterfaceKey) -> String {
        entries[key.rawValue]?.form(.other) ?? Catalog.englishEntries[key.rawValue]?.form(.other) ?? key.rawValue
    }

    /// A string with arguments, plural forms chosen by this catalog's language.
    public func string(_ message: Message) -> String {
        let count = message.count
        let category = count.map(language.pluralCategory) ?? .other
        let template = entries[message.key]?.form(category)
            ?? Catalog.englishEntries[message.key]?.form(count.map(Language.en.pluralCategory) ?? .other)
            ?? message.key
        return fill(template, message.arguments(in: self))
    }

    /// The text of `key` (a catalog entry with named arguments, like `derived.sentencedTo`) with
    /// each `{name}` replaced; English if this catalog lacks it.
    public func format(_ key: String, _ arguments: [(String, String)] = []) -> String {
        let template = entries[key]?.form(.other) ?? Catalog.englishEntries[key]?.form(.other) ?? key
        return fill(template, arguments)
    }

    /// The form of `key` for `count` in this language (`{count}` written in its numbers), with the
    /// other `{name}`s replaced; English if this catalog lacks it.
    public func format(_ key: String, count: Int, _ arguments: [(String, String)] = []) -> String {
        let template = entries[key]?.form(language.pluralCategory(count))
            ?? Catalog.englishEntries[key]?.form(Language.en.pluralCategory(count)) ?? key
        return fill(template, arguments + [("count", NumberText.write(count, in: language))])
    }

    /// `template` with each `{name}` of `arguments` replaced, in one pass over its bytes (no
    /// search per argument: this runs for every line of every list on a page in another language).
    private func fill(_ template: String, _ arguments: [(String, String)]) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result: [UInt8] = []
        result.reserveCapacity(template.utf8.count + 32)
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")) {
                let name = bytes[(index + 1)..<close]
                if let value = arguments.first(where: { $0.0.utf8.elementsEqual(name) })?.1 {
                    result.append(contentsOf: value.utf8)
                    index = close + 1
                    continue
                }
            }
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
