/// Where a writer puts text, a piece at a time and without intermediate strings: a page being
/// built (the templates' `HTML.Interpolation`, which escapes what it is given) or a short
/// string (`ShortText`). A writer generic over its sink (`PartialDate.writeISO(into:)`) is then
/// one implementation for every place its text goes, and the fast path of each.
public protocol TextSink {
    /// Text written in the source.
    mutating func appendLiteral(_ literal: StaticString)
    /// Text made at run time (a sink for markup escapes it).
    mutating func appendText(_ text: String)
    /// A whole number from 0 as decimal digits, at least `width` of them (zero-padded).
    mutating func appendDigits(_ value: Int, width: Int)
}
