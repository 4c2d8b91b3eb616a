import DocketSupport

/// Turns a name or title into a slug (`Xədicə İsmayılova` → `xedice-ismayilova`): the words
/// `Romanisation` gives (Azerbaijani and Turkish letters and Cyrillic romanised, other Latin
/// diacritics stripped, apostrophes dropped) joined by single hyphens; lowercase ASCII, at most
/// 120 bytes, as the loader requires.
public enum Slugger {
    public static let maximumLength = 120

    public static func slug(_ text: String) -> String {
        truncated(Romanisation.words(text).joined(separator: "-"))
    }

    private static func truncated(_ slug: String) -> String {
        guard slug.utf8.count > maximumLength else { return slug }
        var cut = String(slug.prefix(maximumLength))
        if let lastHyphen = cut.lastIndex(of: "-") { cut = String(cut[..<lastHyphen]) }
        return cut
    }
}
