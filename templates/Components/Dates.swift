import DocketLocalization
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

/// A catalog text with some of its `{name}`s filled with markup (a `<time>`, a `<strong>`), the
/// rest of the text escaped: `phrase(t, "home.heldHeadline", count: 5, ["count": "<strong>5</strong>"])`.
/// With `count`, the plural form for it is chosen.
func phrase(_ catalog: Catalog, _ key: String, count: Int? = nil, _ markup: [(String, HTML)], _ text: [(String, String)] = []) -> HTML {
    // Each markup argument becomes a private-use character no catalog text contains, then the markup.
    let marks = markup.indices.map { String(UnicodeScalar(0xE000 + UInt32($0))!) }
    let arguments = zip(markup, marks).map { ($0.0, $1) } + text
    let filled = count.map { catalog.format(key, count: $0, arguments) } ?? catalog.format(key, arguments)
    var bytes = HTML("\(filled)").bytes
    for (mark, (_, html)) in zip(marks, markup) {
        let pattern = Array(mark.utf8)
        guard let index = bytes.indices.first(where: { bytes[$0...].starts(with: pattern) }) else { continue }
        bytes.replaceSubrange(index..<(index + pattern.count), with: html.bytes)
    }
    return HTML(trustedMarkup: bytes)
}
