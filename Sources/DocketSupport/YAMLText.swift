/// Writing a value into YAML front matter (`docket new`, the synthetic corpus): always a
/// double-quoted scalar, so a colon, a hash or a quote in a name can never change the
/// document's meaning, and every character reads back as it was given.
///
/// Inside double quotes YAML takes printable characters as they are; `\` and `"` are escaped,
/// and so is everything a reader would not get back: C0 and C1 controls and DEL (as `\n`,
/// `\t`, `\r` or `\xHH`), the line and paragraph separators U+2028 and U+2029 (which libyaml
/// would fold like a line break) and U+FEFF (as `\uHHHH`). The loader then judges the value
/// like any other, a control character included.
public enum YAMLText {
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x00..<0x20, 0x7F...0x9F: out += "\\x" + hex(scalar.value, digits: 2)
            case 0x2028, 0x2029, 0xFEFF: out += "\\u" + hex(scalar.value, digits: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
