/// A date with the precision the generator chose: `2014`, `2014-12` or `2014-12-05`.
///
/// None is after May 2025: the corpus is built `--as-of 2025-06-01` (Benchmarks/run, the
/// tests) or later, and a date after the site's date is an error (`SiteDateChecks`).
struct GeneratedDate {
    static let latest = (year: 2025, month: 5)

    var year: Int
    var month: Int?
    var day: Int?

    var text: String {
        var out = String(year)
        if let month { out += "-" + (month < 10 ? "0\(month)" : "\(month)") }
        if let month, let day { _ = month; out += "-" + (day < 10 ? "0\(day)" : "\(day)") }
        return out
    }

    /// A date in `year` at day precision `dayPercent`% of the time, month precision `monthPercent`%, else year only.
    static func random(year: Int, _ random: inout SeededRandom, dayPercent: Int = 60, monthPercent: Int = 25) -> GeneratedDate {
        let roll = random.int(1...100)
        let (year, month) = clamped(year: year, month: random.int(1...12))
        let day = random.int(1...28)
        if roll <= dayPercent { return GeneratedDate(year: year, month: month, day: day) }
        if roll <= dayPercent + monthPercent { return GeneratedDate(year: year, month: month, day: nil) }
        return GeneratedDate(year: year, month: nil, day: nil)
    }

    /// `year` and `month`, or May 2025 when they are later.
    static func clamped(year: Int, month: Int) -> (year: Int, month: Int) {
        year > latest.year || (year == latest.year && month > latest.month) ? latest : (year, month)
    }
}
