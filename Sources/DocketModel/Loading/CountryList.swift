import Foundation

/// What `country:` accepts, and the country it names.
///
/// ISO 3166-1 is built in: the alpha-2 codes and their English names come from Foundation's
/// `Locale` (the ICU data the Swift toolchain ships, so the same on every machine with one
/// toolchain). A value may be, in any case and with or without its accents:
/// - the common English name as CLDR writes it ("Russia", "Türkiye", "Côte d’Ivoire");
/// - the ISO official short name ("Russian Federation", "Iran (Islamic Republic of)"), or a
///   well-known former or alternative name ("Turkey", "Burma", "Czech Republic"): ICU has
///   neither, so they are the small table `ISOCountries.otherNames`;
/// - an alpha-2 code ("AZ");
/// - a place `site.yml` declares under `countries:`.
/// Pages show the common English name (or the declared one).
public struct CountryList: Sendable {
    /// Why a value names no country.
    public enum Problem: Error, Equatable, Sendable {
        /// No country has this name; `suggestion` is the closest one's name, if any is close.
        case unknown(suggestion: String?)
        /// The letters come from two scripts: `character` (the `position`th character, from 1)
        /// is a `script` letter in a `mainScript` name. `suggestion`: the country the name
        /// would be with look-alike letters made Latin.
        case mixedScripts(character: Unicode.Scalar, position: Int, script: String, mainScript: String, suggestion: String?)

        public var code: DiagnosticCode {
            switch self {
            case .unknown: .unknownCountry
            case .mixedScripts: .mixedScripts
            }
        }

        /// The message for the value `text` of the key `key`.
        public func message(_ text: String, key: String = "country") -> String {
            switch self {
            case .unknown(let suggestion?):
                return "unknown country \"\(text)\"; did you mean \"\(suggestion)\"?"
            case .unknown(nil):
                return "unknown country \"\(text)\": expected a country's English name (Azerbaijan), its ISO 3166-1 code (AZ), or a place declared under \"countries\" in site.yml"
            case .mixedScripts(let character, let position, let script, let mainScript, let suggestion):
                let name = character.properties.name.map { " " + $0 } ?? ""
                let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
                return "\"\(key)\" mixes scripts: character \(position) of \"\(text)\" is \(Diagnostic.scalarName(character.value))\(name), a \(script) letter in a \(mainScript) name\(hint)"
            }
        }
    }

    private let declared: [(key: String, country: DeclaredCountry)]

    public init(declared: [DeclaredCountry] = []) {
        self.declared = declared.map { (CountryKey.make($0.name), $0) }
    }

    /// The country `text` names, or why it names none.
    public func resolve(_ text: String) -> Result<Country, Problem> {
        let iso = ISOCountries.shared
        // Most files write the name as pages show it: no folding needed.
        if let code = iso.codeByName[text] { return .success(Country(name: text, code: code)) }
        if let problem = MixedScripts.find(in: text) {
            var suggestion: String?
            if problem.mainScript == "Latin", let latin = MixedScripts.latinLookalikes(text),
               case .success(let country) = resolve(latin) { suggestion = country.name }
            return .failure(.mixedScripts(character: problem.character, position: problem.position,
                                          script: problem.script, mainScript: problem.mainScript, suggestion: suggestion))
        }
        let key = CountryKey.make(text)
        for entry in declared where entry.key == key { return .success(Country(name: entry.country.name, code: nil)) }
        if let code = iso.codeByKey[key], let name = iso.nameByCode[code] { return .success(Country(name: name, code: code)) }
        return .failure(.unknown(suggestion: suggestion(for: key)))
    }

    /// The name of the country whose name (not code) is nearest `key`, if one is near.
    private func suggestion(for key: String) -> String? {
        let iso = ISOCountries.shared
        let candidates = iso.suggestionKeys + declared.map(\.key)
        guard let closest = Suggestions.closest(to: key, in: candidates) else { return nil }
        if let entry = declared.first(where: { $0.key == closest }) { return entry.country.name }
        return iso.codeByKey[closest].flatMap { iso.nameByCode[$0] }
    }

    /// The ISO country a name or code names, if any (for `site.yml`, which may not declare one again).
    public static func isoCountry(_ text: String) -> Country? {
        if case .success(let country) = CountryList().resolve(text) { return country }
        return nil
    }

    /// Every ISO country, by code.
    public static var isoCountries: [Country] {
        let iso = ISOCountries.shared
        return iso.nameByCode.keys.sorted().map { Country(name: iso.nameByCode[$0]!, code: $0) }
    }
}

/// A name folded for comparison: lowercase, without accents, "&" read as "and", "St." as
/// "Saint", "the" left out, punctuation as spaces ("Côte d’Ivoire" and "cote d'ivoire" meet,
/// as do "Bahamas (the)" and "The Bahamas").
enum CountryKey {
    static func make(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        func flush() {
            if word == "st" { word = "saint" }
            if !word.isEmpty && word != "the" { words.append(word) }
            word = ""
        }
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else {
                flush()
                if scalar == "&" { words.append("and") }
            }
        }
        flush()
        return words.joined(separator: " ")
    }
}

/// ISO 3166-1 from ICU, and the names ICU does not have.
struct ISOCountries: Sendable {
    /// "AZ" → "Azerbaijan".
    let nameByCode: [String: String]
    /// "Azerbaijan" → "AZ": the names as pages show them, for the common case with no folding.
    let codeByName: [String: String]
    /// `CountryKey` of every accepted name, and the lowercased code → the code.
    let codeByKey: [String: String]
    /// The keys of names (not codes), for "did you mean".
    let suggestionKeys: [String]

    static let shared = ISOCountries()

    /// Codes ICU lists that are not ISO 3166-1 countries: exceptionally reserved codes (Ascension,
    /// Clipperton, Sark, Diego Garcia, Ceuta and Melilla, the Canary Islands, Tristan da Cunha) and
    /// groupings (EU, the eurozone, Outlying Oceania, the UN). XK (Kosovo), user-assigned but used
    /// as its code by the EU and most ISO-based lists, is kept.
    static let notCountries: Set<String> = ["AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "QO", "UN", "ZZ"]

    /// ISO's official short names where they differ from CLDR's common names beyond accents, "&"
    /// and "St.", and well-known former or alternative names. ICU has neither.
    static let otherNames: [String: [String]] = [
        "AG": ["Antigua and Barbuda"],
        "BA": ["Bosnia"],
        "BN": ["Brunei Darussalam"],
        "BO": ["Bolivia (Plurinational State of)", "Plurinational State of Bolivia"],
        "BQ": ["Bonaire, Sint Eustatius and Saba"],
        "BY": ["Byelorussia", "Belorussia"],
        "CD": ["Congo (the Democratic Republic of the)", "Democratic Republic of the Congo", "DR Congo", "DRC", "Zaire", "Congo-Kinshasa"],
        "CG": ["Congo", "Republic of the Congo", "Congo-Brazzaville"],
        "CI": ["Ivory Coast"],
        "CV": ["Cabo Verde"],
        "CZ": ["Czech Republic"],
        "FK": ["Falkland Islands (Malvinas)"],
        "FM": ["Micronesia (Federated States of)", "Federated States of Micronesia"],
        "GB": ["United Kingdom of Great Britain and Northern Ireland", "UK", "Great Britain", "Britain"],
        "HK": ["Hong Kong SAR China"],
        "IO": ["British Indian Ocean Territory"],
        "IR": ["Iran (Islamic Republic of)", "Islamic Republic of Iran"],
        "KG": ["Kyrgyz Republic", "Kirghizia"],
        "KP": ["Korea (the Democratic People's Republic of)", "Democratic People's Republic of Korea", "DPRK"],
        "KR": ["Korea (the Republic of)", "Republic of Korea"],
        "LA": ["Lao People's Democratic Republic", "Lao PDR"],
        "MD": ["Moldova (the Republic of)", "Republic of Moldova"],
        "MF": ["Saint Martin (French part)"],
        "MK": ["Macedonia", "Republic of Macedonia", "The former Yugoslav Republic of Macedonia", "Republic of North Macedonia"],
        "MM": ["Myanmar", "Burma"],
        "MO": ["Macau", "Macao SAR China"],
        "NL": ["Netherlands (Kingdom of the)"],
        "PN": ["Pitcairn"],
        "PS": ["Palestine, State of", "State of Palestine", "Palestine"],
        "RU": ["Russian Federation"],
        "SH": ["Saint Helena, Ascension and Tristan da Cunha"],
        "SX": ["Sint Maarten (Dutch part)"],
        "SY": ["Syrian Arab Republic"],
        "SZ": ["Swaziland"],
        "TL": ["East Timor"],
        "TR": ["Turkey"],
        "TW": ["Taiwan (Province of China)"],
        "TZ": ["Tanzania, the United Republic of", "United Republic of Tanzania"],
        "US": ["United States of America", "USA"],
        "VA": ["Holy See", "Vatican"],
        "VE": ["Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"],
        "VG": ["Virgin Islands (British)"],
        "VI": ["Virgin Islands (U.S.)"],
        "VN": ["Viet Nam"],
    ]

    init() {
        let english = Locale(identifier: "en")
        var nameByCode: [String: String] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }), !Self.notCountries.contains(code),
                  let name = english.localizedString(forRegionCode: code), !name.isEmpty, name != code else { continue }
            nameByCode[code] = name
        }
        var codeByName: [String: String] = [:]
        var codeByKey: [String: String] = [:]
        var suggestionKeys: [String] = []
        func add(_ name: String, _ code: String) {
            let key = CountryKey.make(name)
            // The first claim wins: a common name is never taken by another country's other name.
            guard codeByKey[key] == nil else { return }
            codeByKey[key] = code
            suggestionKeys.append(key)
        }
        for code in nameByCode.keys.sorted() {
            codeByName[nameByCode[code]!] = code
            add(nameByCode[code]!, code)
        }
        for code in Self.otherNames.keys.sorted() where nameByCode[code] != nil {
            for name in Self.otherNames[code]! { add(name, code) }
        }
        for code in nameByCode.keys where codeByKey[code.lowercased()] == nil { codeByKey[code.lowercased()] = code }
        self.nameByCode = nameByCode
        self.codeByName = codeByName
        self.codeByKey = codeByKey
        self.suggestionKeys = suggestionKeys.sorted()
    }
}

/// Letters from two scripts in one name: a Cyrillic "А" in "Аzerbaijan" looks Latin and is not.
enum MixedScripts {
    struct Found {
        let character: Unicode.Scalar
        let position: Int
        let script: String
        let mainScript: String
    }

    /// The script of a letter, from its Unicode name ("CYRILLIC CAPITAL LETTER A" → Cyrillic);
    /// nil for what is not a letter of a script (digits, punctuation, marks, modifier letters).
    static func script(of scalar: Unicode.Scalar) -> String? {
        if scalar.isASCII { return (scalar.properties.isAlphabetic) ? "Latin" : nil }
        guard scalar.properties.isAlphabetic, let name = scalar.properties.name,
              let first = name.split(separator: " ").first else { return nil }
        switch first {
        case "MODIFIER", "COMBINING", "CIRCLED", "PARENTHESIZED", "FULLWIDTH", "SQUARED": return nil
        case "CJK": return "Han"
        default: return first.prefix(1) + first.dropFirst().lowercased()
        }
    }

    /// The first letter outside the name's main script (the one most of its letters are in), or nil.
    static func find(in text: String) -> Found? {
        if text.utf8.allSatisfy({ $0 < 128 }) { return nil }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for scalar in text.unicodeScalars {
            guard let script = script(of: scalar) else { continue }
            if counts[script] == nil { order.append(script) }
            counts[script, default: 0] += 1
        }
        guard order.count > 1 else { return nil }
        // Most letters win; between equals, the first met.
        let main = order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }!
        for (index, character) in text.enumerated() {
            for scalar in character.unicodeScalars {
                if let script = script(of: scalar), script != main {
                    return Found(character: scalar, position: index + 1, script: script, mainScript: main)
                }
            }
        }
        return nil
    }

    /// Cyrillic and Greek letters that look like Latin ones.
    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
        "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "ν": "v",
    ]

    /// `text` with its look-alike letters made Latin, or nil if some other letter stays foreign.
    static func latinLookalikes(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let latin = lookalikes[scalar] { out.append(latin); continue }
            if let script = script(of: scalar), script != "Latin" { return nil }
            out.append(scalar)
        }
        return String(out)
    }
}
