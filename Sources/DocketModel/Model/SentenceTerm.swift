/// A prison term as editors write it: `7y6m`, `6y`, `8m`, `30d`, `life`, or `death`.
public enum SentenceTerm: Hashable, Sendable, CustomStringConvertible {
    case fixed(years: Int, months: Int, days: Int)
    case life
    /// A death sentence (usually commuted later: see `SentenceChange`).
    case death

    public struct ParseError: Error, CustomStringConvertible {
        public let text: String
        public var description: String {
            "invalid sentence term \"\(text)\"; expected whole years, months and days like 7y6m, 6y, 8m, 30d, life, or death"
        }
    }

    public init(parsing text: String) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed == "life" { self = .life; return }
        if trimmed == "death" { self = .death; return }
        var years = 0, months = 0, days = 0
        var seen: [Character] = []
        var digits = ""
        for character in trimmed {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let value = Int(digits), digits.count <= 4, ["y", "m", "d"].contains(character),
                  !seen.contains(character),
                  seen.allSatisfy({ "ymd".firstIndex(of: $0)! < "ymd".firstIndex(of: character)! })
            else { throw ParseError(text: text) }
            switch character {
            case "y": years = value
            case "m": months = value
            default: days = value
            }
            seen.append(character)
            digits = ""
        }
        guard digits.isEmpty, !seen.isEmpty, years + months + days > 0 else { throw ParseError(text: text) }
        self = .fixed(years: years, months: months, days: days)
    }

    /// As written: `7y6m`, `life`.
    public var description: String {
        switch self {
        case .life: return "life"
        case .death: return "death"
        case let .fixed(years, months, days):
            var text = ""
            if years > 0 { text += "\(years)y" }
            if months > 0 { text += "\(months)m" }
            if days > 0 { text += "\(days)d" }
            return text
        }
    }

    /// For readers: "7 years 6 months", "life imprisonment".
    public var display: String {
        switch self {
        case .life: return "life imprisonment"
        case .death: return "death"
        case let .fixed(years, months, days):
            var parts: [String] = []
            if years > 0 { parts.append(years == 1 ? "1 year" : "\(years) years") }
            if months > 0 { parts.append(months == 1 ? "1 month" : "\(months) months") }
            if days > 0 { parts.append(days == 1 ? "1 day" : "\(days) days") }
            return parts.joined(separator: " ")
        }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
