import Foundation

/// Latin letters for a name or a title, as `docket new`'s slugs and the duplicate-person key
/// (`PersonNameKey`) both write them: Azerbaijani and Turkish letters and Cyrillic romanised
/// (`ə`→e, `ş`→sh, `Г`→g, `х`→kh), other Latin diacritics stripped (`é`→e), apostrophes dropped;
/// lowercase ASCII letters and digits, split into words wherever anything else stands.
public enum Romanisation {
    /// The words of `text`, each lowercase ASCII letters and digits (`Xədicə İsmayılova` →
    /// `["xedice", "ismayilova"]`). A letter with no Latin form (Arabic, Chinese) separates words.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            // ASCII (most names) without Unicode's tables: what the general path gives it.
            if scalar.isASCII {
                switch scalar {
                case "a"..."z", "0"..."9": word.unicodeScalars.append(scalar)
                case "A"..."Z": word.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
                case "'", "`": continue
                default: endWord()
                }
                continue
            }
            if apostrophes.contains(scalar) { continue }
            if let mapped = table[scalar] {
                word += mapped
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if let mapped = table[lower] {
                    word += mapped
                } else if let ascii = asciiLetterOrDigit(lower) {
                    word += ascii
                } else if lower.properties.generalCategory == .nonspacingMark {
                    continue  // a combining accent typed separately: dropped
                } else {
                    endWord()
                }
            }
        }
        endWord()
        return words
    }

    /// A letter with diacritics (`é`, `ñ`, `ą`) → its base letter, when that is ASCII.
    private static func asciiLetterOrDigit(_ scalar: Unicode.Scalar) -> String? {
        if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") { return String(scalar) }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        guard !base.isEmpty, base.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }) else { return nil }
        return String(String.UnicodeScalarView(base))
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "\u{2018}", "`"]

    /// Letters whose romanisation is not just the letter without its accents. Keys are lowercase,
    /// but for `İ`, whose lowercase form in Unicode carries a combining dot.
    public static let table: [Unicode.Scalar: String] = [
        // Azerbaijani and Turkish
        "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u",
        // Other Latin letters that do not decompose
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ħ": "h",
        // Russian Cyrillic (a common, BGN-like romanisation)
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Ukrainian and Belarusian
        "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
        // Azerbaijani, Kazakh and other Cyrillic
        "ә": "e", "ғ": "g", "ҹ": "j", "ј": "y", "ү": "u", "һ": "h", "ө": "o", "ҝ": "g", "қ": "q",
        "ң": "ng", "ұ": "u", "ҳ": "h", "ӯ": "u", "ҷ": "j", "ђ": "dj", "ћ": "c", "џ": "dz", "љ": "lj", "њ": "nj",
    ]
}
