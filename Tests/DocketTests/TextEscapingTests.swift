import Testing
import DocketMarkdown
import DocketSupport
@testable import Templates

/// The byte-level escapers against what each format requires, including multi-byte scalars
/// next to the bytes they replace.
@Suite struct TextEscapingTests {
    @Test func htmlTextEscapesMarkupCharactersAndReplacesControls() {
        #expect(Markdown.escapeText("plain text, nothing to do") == "plain text, nothing to do")
        #expect(Markdown.escapeText("Ä<é>&\"'ü") == "Ä&lt;é&gt;&amp;&quot;&#39;ü")
        #expect(Markdown.escapeText("a\u{1}b\u{7F}c\u{85}d\u{9F}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        // Tab, LF and CR stay; so do scalars that start with C2 but are not controls.
        #expect(Markdown.escapeText("a\tb\nc\r\u{A0}\u{A9}") == "a\tb\nc\r\u{A0}\u{A9}")
        #expect(Markdown.escapeText("&") == "&amp;")
        #expect(Markdown.escapeText("") == "")
    }

    @Test func xmlTextDropsWhatXMLForbids() {
        #expect(XMLText.escape("a\u{1}b\u{B}c") == "abc")
        #expect(XMLText.escape("x\u{FFFE}y\u{FFFF}z\u{FFFD}") == "xyz\u{FFFD}")
        #expect(XMLText.escape("R&D <b>\u{85}") == "R&amp;D &lt;b&gt;\u{FFFD}")
        #expect(XMLText.escape("\u{EFFF}") == "\u{EFFF}")
    }

    @Test func jsonStringsEscapeQuotesBackslashesControlsAndLineSeparators() {
        #expect(JSON.string("plain").serialized == "\"plain\"")
        #expect(JSON.string("a\"b\\c\nd\re\tf\u{1}g\u{1F}").serialized == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001f\"")
        #expect(JSON.string("x\u{2028}y\u{2029}z\u{2027}").serialized == "\"x\\u2028y\\u2029z\u{2027}\"")
        #expect(JSON.string("ünïcødé \u{7F}").serialized == "\"ünïcødé \u{7F}\"")
    }

    @Test func jsonForAScriptElementCannotCloseIt() {
        let json = JSON.object([("name", .string("</script><!-- & -->"))])
        #expect(json.forScriptElement == "{\"name\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e\"}")
    }

    @Test func csvQuotesOnlyWhenNeededAndDefusesFormulas() {
        #expect(CSVTable.field("Tbilisi") == "Tbilisi")
        #expect(CSVTable.field("a, b") == "\"a, b\"")
        #expect(CSVTable.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVTable.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVTable.field("-1, or") == "\"'-1, or\"")
    }
}
