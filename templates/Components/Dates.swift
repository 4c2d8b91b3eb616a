import DocketModel

/// A partial date for readers, machine-readable too: `<time datetime="2015-09">September 2015</time>`.
func time(_ date: PartialDate) -> HTML {
    "\(time: date)"
}

extension HTML.Interpolation {
    /// `time(date)` written straight into the page: digits and month names need no escaping
    /// and no intermediate strings.
    mutating func appendInterpolation(time date: PartialDate) {
        guard (1...9999).contains(date.year) else {
            appendLiteral("<time datetime=\"")
            appendInterpolation(date.description)
            appendLiteral("\">")
            appendInterpolation(date.display)
            appendLiteral("</time>")
            return
        }
        appendLiteral("<time datetime=\"")
        appendInterpolation(digits: date.year, width: 4)
        if let month = date.month {
            appendLiteral("-")
            appendInterpolation(digits: month, width: 2)
            if let day = date.day {
                appendLiteral("-")
                appendInterpolation(digits: day, width: 2)
            }
        }
        appendLiteral("\">")
        // As `PartialDate.display`: "2014", "September 2015", "5 December 2014".
        if let month = date.month {
            if let day = date.day {
                appendInterpolation(digits: day)
                appendLiteral(" ")
            }
            appendInterpolation(CivilDate.monthNames[month - 1])
            appendLiteral(" ")
        }
        appendInterpolation(digits: date.year)
        appendLiteral("</time>")
    }
}

func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    count == 1 ? "1 \(singular)" : "\(count) \(pluralForm ?? singular + "s")"
}

/// 1234567 → "1,234,567" (fixed, not locale-dependent).
func grouped(_ number: Int) -> String {
    let digits = String(abs(number))
    var out = ""
    for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(character)
    }
    return number < 0 ? "-" + out : out
}
