/// The interface strings of one language, keyed by stable identifiers (`InterfaceKey` raw values
/// and `Message.key`s). Built-in catalogs cover every label the templates print; a site can
/// override or extend one with `overriding(with:)` (the future `content/i18n/<lang>.yml`, read by
/// DocketModel, which owns the YAML composer).
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

    private func fill(_ template: String, _ arguments: [(String, String)]) -> String {
        var text = template
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
