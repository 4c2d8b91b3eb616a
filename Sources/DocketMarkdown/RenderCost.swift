extension Markdown {
    /// A Markdown text that libcmark would take too long to render, and where that shows.
    public struct TooSlowToRender: Error, Equatable, Sendable {
        /// The text's line (from 1) by which the work passes the limit.
        public let line: Int
        public let message: String
    }

    /// The most time one text may take libcmark (0.30.2, Debian's) to render, in nanoseconds of
    /// this project's build machine, as `RenderCost` estimates it: 1.5 s, so that a text under it
    /// stays under 2 s when the machine is busy (the weights were measured on a loaded machine,
    /// and busier moments measured up to 1.5 times more).
    public static let renderTimeLimit = 1_500_000_000

    /// Nil when cmark renders `markdown` in bounded time; else why not. One pass over the bytes,
    /// for `docket check` and the build alike (the loader calls it for every body and every
    /// one-line text before anything is rendered).
    public static func renderCostProblem(utf8 bytes: UnsafeBufferPointer<UInt8>) -> TooSlowToRender? {
        // A text too short for any arrangement of its bytes to reach the limit is not scanned.
        guard RenderCost.mostFor(bytes.count) > renderTimeLimit else { return nil }
        return RenderCost.scan(bytes).problem
    }

    public static func renderCostProblem(_ markdown: String) -> TooSlowToRender? {
        var source = markdown
        return source.withUTF8 { renderCostProblem(utf8: $0) }
    }
}

/// An upper estimate of the time libcmark 0.30.2 takes to parse and render a text, from one
/// pass over its bytes.
///
/// cmark's time goes into the nodes and delimiters it makes: nearly every ASCII mark it treats
/// as special (emphasis, brackets, backticks, entities, escapes, and with smart punctuation
/// quotes, dashes and dots) costs about a microsecond, a plain byte about a hundredth of that.
/// Two shapes are quadratic in 0.30.2 and are counted as such:
/// - every link closed after `![` image openers in the same paragraph walks back over all of
///   them (CVE-2023-22486: `![[]()` repeated);
/// - every line, and every node added, walks the open block quotes and list items above it
///   (CVE-2023-24824: `>>>…a*a*…`, or ` - - - …x` followed by many lines).
/// The other shapes of cmark's pathological tests and of the CVEs fixed after 0.30.2 run in
/// linear time in 0.30.2 and are covered by the per-mark cost. The weights were measured on
/// this project's build machine (scripts/cmark-render-cost); every count is an upper bound
/// (a mark inside a code span still counts; nesting never decreases), so a text under the
/// limit is under it in cmark too.
struct RenderCost {
    // Nanoseconds.
    static let perByte = 12
    static let perEmphasisRun = 1_600
    /// Each further byte of a run of `*`, `_`, `` ` ``, `-` or `.` (cmark matches long runs byte by byte).
    static let perRunByte = 100
    static let perMark = 1_000
    static let perLine = 800
    static let perBlankLine = 80
    static let perBlockMarker = 800
    static let perLineAndLevel = 60
    static let perImageStep = 25

    var bytes = 0
    var marks = 0
    var lines = 0
    var deepest = 0
    var nestingWork = 0
    var imageOpeners = 0
    var imageSteps = 0
    var markWork = 0
    var lineWork = 0
    var problem: Markdown.TooSlowToRender?

    var total: Int { bytes * Self.perByte + markWork + lineWork + nestingWork + imageSteps * Self.perImageStep }

    static func scan(_ text: UnsafeBufferPointer<UInt8>) -> RenderCost {
        var cost = RenderCost()
        let count = text.count
        cost.bytes = count
        var depth = 0  // block quotes and list items open: an upper bound
        var imagesInParagraph = 0
        var line = 1
        var index = 0
        var previous: UInt8 = 10
        while index < count {
            if previous == 10 {
                // The line's container prefix: spaces, `>` and list markers.
                var columns = 0
                var markers = 0
                prefix: while index < count {
                    switch text[index] {
                    case 32: columns += 1; index += 1
                    case 9: columns += 4; index += 1
                    case 62: markers += 1; index += 1
                    case 42, 43, 45:
                        guard isMarkerEnd(text, index + 1) else { break prefix }
                        markers += 1; index += 1
                    case 48...57:
                        var end = index
                        while end < count, end - index < 9, text[end] >= 48, text[end] <= 57 { end += 1 }
                        guard end < count, text[end] == 46 || text[end] == 41, isMarkerEnd(text, end + 1) else { break prefix }
                        markers += 1; index = end + 1
                    default: break prefix
                    }
                }
                let blank = index == count || text[index] == 10
                if blank && markers == 0 { imagesInParagraph = 0 }
                // Containers go on only through indentation or `>`; each marker may open one more.
                depth = max(depth, min(depth, columns / 2 + markers) + markers)
                cost.deepest = max(cost.deepest, depth)
                cost.lines += 1
                cost.lineWork += (blank ? perBlankLine : perLine) + markers * perBlockMarker
                cost.nestingWork += depth * perLineAndLevel
                previous = 32
                continue
            }
            // Eight bytes at a time while none is one cmark looks at.
            if index + 8 <= count, let base = text.baseAddress,
               !Self.mayHoldMark(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                while index + 8 <= count, !Self.mayHoldMark(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
                previous = 97
                continue
            }
            let byte = text[index]
            // A byte the estimate does not count (letters, spaces, commas, brackets of other kinds…):
            // it and those that follow it are passed over in one tight loop.
            guard Self.isCounted(byte) else {
                index += 1
                while index < count, !Self.isCounted(text[index]) { index += 1 }
                previous = text[index - 1]
                continue
            }
            switch byte {
            case 10:
                if cost.problem == nil, cost.total > Markdown.renderTimeLimit { cost.problem = cost.describe(line: line) }
                if cost.problem != nil { return cost }
                line += 1
            case 42, 95:  // * _
                if byte != previous { cost.mark(perEmphasisRun, depth) } else { cost.markWork += perRunByte }
            case 96, 45, 46:  // ` - .
                if byte != previous { cost.mark(perMark, depth) } else { cost.markWork += perRunByte }
            case 34, 39:  // " ' (smart quotes, matched like emphasis)
                cost.mark(perEmphasisRun, depth)
            case 91, 60, 38, 92:  // [ < & \
                cost.mark(perMark, depth)
            case 33:  // !
                cost.mark(perMark, depth)
                if index + 1 < count, text[index + 1] == 91 {
                    imagesInParagraph += 1
                    cost.imageOpeners += 1
                }
            case 93:  // ]
                cost.mark(perMark, depth)
                cost.imageSteps += imagesInParagraph
            default:
                break
            }
            previous = byte
            index += 1
        }
        if cost.problem == nil, cost.total > Markdown.renderTimeLimit { cost.problem = cost.describe(line: line) }
        return cost
    }

    /// False only when no byte of `word` is one the scan counts: control characters (the line
    /// end), `!` to `/`, `<`, and `[` to `` ` ``. Per byte, without carries between them.
    /// The bytes the switch in `scan` counts: a line end, `! " & ' * - . <` and `[ \ ] _ \``,
    /// as two bit masks (bytes 0–63 and 64–127).
    /// (Literal masks, so the hot loop reads no lazily made global; `RenderCostTests.countedBytes`
    /// checks them against the list.)

    /// The most `scan` can estimate for any text of `count` bytes (every weight at its worst).
    /// Each byte is one mark, one line end or one container marker, so with `n` bytes:
    /// - bytes, marks and lines: at most `perByte·n + perEmphasisRun·n + (perLine + perBlockMarker)·(n + 1)`;
    /// - image steps: `a` openers `![` (two bytes each) times `b` closers `]`, with `2a + b ≤ n`:
    ///   at most `n²/8` steps;
    /// - nesting: the depth is at most the markers `M` seen, and it is added once per line `L`
    ///   (times `perLineAndLevel`) and once per mark `K`, with `M + L + K ≤ n + 1`: at most
    ///   `perLineAndLevel·(n+1)²/4 + (n+1)²/4`.
    /// Below about 8 KB this stays under the limit: such texts cannot be refused, and most bodies
    /// are that short, so they are not scanned at all.
    static func mostFor(_ count: Int) -> Int {
        let n = count + 1
        let linear = n * (perByte + perEmphasisRun + perLine + perBlockMarker)
        return linear + n * n / 8 * perImageStep + n * n / 4 * (perLineAndLevel + 1)
    }

    @inline(__always)
    static func isCounted(_ byte: UInt8) -> Bool {
        byte < 64 ? (UInt64(0x100064c600000400) >> byte) & 1 != 0 : byte < 128 && (UInt64(0x1b8000000) >> (byte &- 64)) & 1 != 0
    }

    @inline(__always)
    static func mayHoldMark(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = word & ~highs
        let below20 = (word &- ones &* 0x20) & ~word & highs
        // Bytes strictly between m and n (both at most 128).
        func between(_ m: UInt64, _ n: UInt64) -> UInt64 {
            (ones &* (127 + n) &- low7) & ~word & (low7 &+ ones &* (127 - m)) & highs
        }
        return below20 | between(0x20, 0x30) | between(0x3B, 0x3D) | between(0x5A, 0x61) != 0
    }

    /// A list marker ends at a space, a tab, a line end or the end of the text.
    private static func isMarkerEnd(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index >= text.count || text[index] == 32 || text[index] == 9 || text[index] == 10
    }

    /// A mark: a node or delimiter, added under `depth` open containers (each walked once).
    private mutating func mark(_ weight: Int, _ depth: Int) {
        marks += 1
        markWork += weight
        nestingWork += depth
    }

    private func describe(line: Int) -> Markdown.TooSlowToRender {
        let tenths = (total + 50_000_000) / 100_000_000
        let cause: String
        if imageSteps * Self.perImageStep >= max(markWork, nestingWork) {
            cause = "\(imageOpeners) image openers \"![\" in paragraphs that go on to close links with \"]\""
                + " (libcmark 0.30.2 goes back over every open \"![\" at each link)"
        } else if nestingWork > markWork {
            cause = "block quotes or lists nested up to \(deepest) deep over \(lines) lines"
                + " (libcmark 0.30.2 goes through every level on every line)"
        } else {
            cause = "\(marks) Markdown marks (emphasis, brackets, quotes, dashes, backticks…) in \(lines) lines"
        }
        return Markdown.TooSlowToRender(line: line, message:
            "this Markdown would take too long to render (an estimated \(tenths / 10).\(tenths % 10) s by this line, at most"
            + " \(Self.seconds(Markdown.renderTimeLimit)) s are allowed): \(cause); split it into smaller files or simplify it")
    }

    /// Nanoseconds as seconds with one decimal, without a trailing ".0".
    private static func seconds(_ nanoseconds: Int) -> String {
        let tenths = (nanoseconds + 50_000_000) / 100_000_000
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
