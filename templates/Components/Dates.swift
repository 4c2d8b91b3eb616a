import DocketModel

/// A partial date for readers, machine-readable too: `<time datetime="2015-09">September 2015</time>`.
func time(_ date: PartialDate) -> HTML {
    "\(time: date)"
}

extension HTML.Interpolation {
    /// `time(date)` written straight into the page by the date's own writers: digits and month
    /// names, no intermediate strings.
    mutating func appendInterpolation(time date: PartialDate) {
        appendLiteral("<time datetime=\"")
        date.writeISO(into: &self)
        appendLiteral("\">")
        date.writeForReaders(into: &self)
        appendLiteral("</time>")
    }
}

/// `time(date)` in the page's language: `<time datetime="2014-12-05">5 dekabr 2014</time>`; the
/// English catalog's pages write it as `time(date)` does.
func time(_ date: PartialDate, _ context: PageContext) -> HTML {
    "\(time: date, context)"
}

extension HTML.Interpolation {
    /// `time(date, context)` written straight into the page.
    mutating func appendInterpolation(time date: PartialDate, _ context: PageContext) {
        guard !context.writesEnglish else { return appendInterpolation(time: date) }
        appendLiteral("<time datetime=\"")
        date.writeISO(into: &self)
        appendLiteral("\">")
        appendInterpolation(context.date(date))
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

/// " Draft" after a draft's title, in the page's language.
func draftMark(_ isDraft: Bool, _ context: PageContext) -> HTML {
    isDraft ? " <span class=\"draft\">\(context.label(.reportDraft))</span>" : HTML()
}
