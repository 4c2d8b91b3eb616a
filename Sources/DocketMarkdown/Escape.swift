import DocketSupport

extension Markdown {
    /// Plain text as HTML text: `&`, `<`, `>`, `"` and `'` escaped; control characters
    /// (forbidden in HTML) become U+FFFD.
    public static func escapeText(_ text: String) -> String {
        ByteEscaping.escape(text, HTMLTextRule.self)
    }
}
