import DocketSupport

/// The two ways a date is written, once each, into any `TextSink`: `description` and `display`
/// are made by them, and the pages' `<time>` elements write them straight into the page.
extension PartialDate {
    /// Writes the date as content and data files hold it: `2015`, `2015-09`, `2015-09-01`.
    @inlinable
    public func writeISO<Sink: TextSink>(into sink: inout Sink) {
        Self.write(year, width: 4, into: &sink)
        guard let month else { return }
        sink.appendLiteral("-")
        Self.write(month, width: 2, into: &sink)
        guard let day else { return }
        sink.appendLiteral("-")
        Self.write(day, width: 2, into: &sink)
    }

    /// Writes the date for readers: "2014", "September 2015", "5 December 2014". The month's
    /// name comes from `CivilDate.monthNames`, the one place the names are kept.
    @inlinable
    public func writeForReaders<Sink: TextSink>(into sink: inout Sink) {
        if let month {
            if let day {
                Self.write(day, width: 1, into: &sink)
                sink.appendLiteral(" ")
            }
            sink.appendText(CivilDate.monthNames[month - 1])
            sink.appendLiteral(" ")
        }
        Self.write(year, width: 1, into: &sink)
    }

    /// Room for either form of any date: three numbers of at most 20 characters each
    /// (`Int.min`) and two hyphens, or two numbers, two spaces and a month name of up to 22 bytes.
    static let textCapacity = 64

    /// `value` in decimal, zero-padded to `width` characters. A negative number (only a date
    /// made in code has one; parsing refuses it) is `String(value)` padded in front: `00-5`.
    @inlinable
    static func write<Sink: TextSink>(_ value: Int, width: Int, into sink: inout Sink) {
        guard value < 0 else { return sink.appendDigits(value, width: width) }
        let text = String(value)
        if text.utf8.count < width { sink.appendDigits(0, width: width - text.utf8.count) }
        sink.appendText(text)
    }
}
