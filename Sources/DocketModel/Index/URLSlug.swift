import Foundation

/// Slugs for countries and tags, which editors write as free text ("Azerbaijan",
/// "Türkiye", "United States"): lowercase ASCII letters, digits and hyphens.
public enum URLSlug {
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "ə", with: "e")
            .replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "ł", with: "l")
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "x-" + hash(text) }
        return slug
    }

    /// Slugs for a set of names, made unique deterministically (`-2`, `-3` in name order).
    public static func unique(_ names: [String]) -> [String: String] {
        var taken: Set<String> = []
        var result: [String: String] = [:]
        for name in Set(names).sorted() {
            let base = make(name)
            var slug = base
            var counter = 2
            while taken.contains(slug) { slug = "\(base)-\(counter)"; counter += 1 }
            taken.insert(slug)
            result[name] = slug
        }
        return result
    }

    /// A short stable hash (FNV-1a, 64 bits, hex): the same on every machine and run.
    public static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension Event {
    /// A stable anchor for an event (`e-3f2a…`, small enough to be stored inline), the same in
    /// every build: made once, when the event is.
    static func anchor(origin: Origin, date: PartialDate, kind: EventKind, prisoners: [String], text: String) -> String {
        "e-" + URLSlug.hash("\(origin.sortKey)|\(date)|\(kind.rawValue)|\(prisoners.joined(separator: ","))|\(text)").prefix(12)
    }
}
