/// Integers written for readers: "1,085" in English, "1 085" in Azerbaijani and Russian (U+00A0
/// no-break space, so a number never breaks across lines). A fixed implementation rather than
/// Foundation's `NumberFormatter`, so output is byte-identical on every machine and ICU version.
public enum NumberText {
    public static func groupingSeparator(_ language: Language) -> String {
        switch language {
        case .en: ","
        case .az, .ru: "\u{00A0}"
        }
    }

    /// Groups of three digits from the right; negative numbers with a leading hyphen-minus.
    public static func write(_ n: Int, in language: Language) -> String {
        let digits = String(n.magnitude)
        let separator = groupingSeparator(language)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return n < 0 ? "-" + text : text
    }
}
