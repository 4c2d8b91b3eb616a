import DocketMarkdown

/// Text for XML documents (Atom, sitemap): escaped like HTML, with the control characters
/// XML 1.0 forbids removed.
enum XMLText {
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            && !text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF }
        if allowed { return Markdown.escapeText(text) }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where (scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r") && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
            kept.append(scalar)
        }
        return Markdown.escapeText(String(kept))
    }
}
