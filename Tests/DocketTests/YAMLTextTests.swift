import DocketSupport
import Testing
@testable import DocketModel

/// `YAMLText.quoted`, shared by `docket new` and the corpus generator: whatever the text, the
/// front matter keeps its meaning and the value reads back exactly as it was given.
@Suite struct YAMLTextTests {
    @Test func plainTextIsOnlyQuoted() {
        #expect(YAMLText.quoted("Gilal Mamedov") == "\"Gilal Mamedov\"")
        #expect(YAMLText.quoted("Xədicə İsmayılova: # not a comment") == "\"Xədicə İsmayılova: # not a comment\"")
    }

    @Test func escapesWhatAReaderWouldNotGetBack() {
        #expect(YAMLText.quoted("a\\b\"c") == "\"a\\\\b\\\"c\"")
        #expect(YAMLText.quoted("one\ntwo\tthree\r") == "\"one\\ntwo\\tthree\\r\"")
        #expect(YAMLText.quoted("\u{0}\u{1B}\u{7F}\u{85}\u{9F}") == "\"\\x00\\x1B\\x7F\\x85\\x9F\"")
        #expect(YAMLText.quoted("\u{2028}\u{2029}\u{FEFF}") == "\"\\u2028\\u2029\\uFEFF\"")
    }

    @Test func everyValueReadsBackAsGiven() {
        let texts = ["plain", "a: b # c", "'single' \"double\" \\back\\", "  spaced  ", "line\nbreak\r\nend", "tab\tin",
                     "\u{0}\u{7}\u{1B}[2J\u{7F}", "\u{85}\u{A0}\u{9F}", "line\u{2028}para\u{2029}bom\u{FEFF}",
                     "Ελληνικά русский عربي 中文 🙂", "- not a list", "&anchor *alias !tag %directive @ `"]
        for text in texts {
            let yaml = "value: \(YAMLText.quoted(text))\n"
            guard case .success(.mapping(let pairs, _)?) = YAMLComposer.compose(yaml),
                  let value = pairs.first?.value, case .scalar(let scalar) = value else {
                Issue.record("not read back as one value: \(yaml.debugDescription)")
                continue
            }
            #expect(scalar.string == text, "\(yaml.debugDescription)")
        }
    }
}
