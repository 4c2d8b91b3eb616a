import Foundation

/// `/names/`: every spelling of every published prisoner's name (the name, each alias and
/// `name_native`), sorted by `NameCollation`, grouped by script and then by first letter.
/// Drafts and embargoed people are not in `Site.prisoners`, so never here.
public struct NameIndex: Sendable {
    /// One spelling, linking to its person.
    public struct Entry: Sendable, Equatable {
        public let text: String
        public let slug: String
        /// The person's main name; `isMain` when `text` is it.
        public let mainName: String
        public var isMain: Bool { text == mainName }
        /// When other people's entries read the same: what tells this person apart (their
        /// patronymic, country and year of arrest: "Kamran oglu, Egypt, arrested 2009"); else nil.
        public internal(set) var namesake: String? = nil
    }

    /// The entries starting with one letter of one script.
    public struct Letter: Sendable {
        /// As shown in the bar of letters: "C", "Ç", "İ", "Е".
        public let label: String
        /// In the page's anchor (`#letter-<slug>`) and a letter page's address: a–z for the basic
        /// Latin letters, else the script's name and the letter's code point (`latin-u00c7`).
        public let slug: String
        public let entries: [Entry]
        /// Its own pages (`/names/<slug>/`, then `page/N/`, `letterPageSize` names a page) when
        /// it has more than `NameIndex.letterPageLimit` entries, or when the letters short enough
        /// to be listed on `/names/` itself would together make it longer than `indexPageLimit`.
        public let hasOwnPage: Bool

        /// The entries of each of its own pages, in order.
        public var pages: [ArraySlice<Entry>] {
            stride(from: 0, to: entries.count, by: NameIndex.letterPageSize).map {
                entries[$0..<min($0 + NameIndex.letterPageSize, entries.count)]
            }
        }

        /// What each of its own pages holds, for the bar of letters: "Abb–Ahm" (the first three
        /// letters of the page's first name and of its last). A letter of one page has its label.
        public var pageLabels: [String] {
            let pages = pages
            guard pages.count > 1 else { return [label] }
            func start(_ text: String) -> String {
                let letters = text.filter { $0.isLetter }.prefix(3)
                return letters.prefix(1).uppercased() + letters.dropFirst().lowercased()
            }
            return pages.map { page in
                let first = start(page.first!.text), last = start(page.last!.text)
                return first == last ? first : first + "–" + last
            }
        }
    }

    public struct Section: Sendable {
        public let script: NameCollation.Script
        public let letters: [Letter]
    }

    /// A letter with more entries than this gets a page of its own.
    public static let letterPageLimit = 200
    /// The most names `/names/` lists itself: past this, every letter has its own pages, and
    /// `/names/` is the bar of letters and their counts.
    public static let indexPageLimit = 800
    /// The names a page of a letter's own shows (85 to 130 bytes each, with namesakes' notes:
    /// under 100 KB).
    public static let letterPageSize = 500

    /// Each script present, in `NameCollation.Script`'s order.
    public let sections: [Section]

    public var count: Int { sections.reduce(0) { $0 + $1.letters.reduce(0) { $0 + $1.entries.count } } }
    public var lettersWithOwnPage: [Letter] { sections.flatMap { $0.letters.filter(\.hasOwnPage) } }

    public init(_ prisoners: [Prisoner]) {
        var keyed: [(key: [UInt32], entry: Entry, person: Int)] = []
        keyed.reserveCapacity(prisoners.count * 2)
        for (person, prisoner) in prisoners.enumerated() {
            var seen: Set<String> = []
            for text in [prisoner.name] + prisoner.aliases + (prisoner.nameNative.map { [$0] } ?? []) {
                let trimmed = text.trimmingWhitespace()
                guard !trimmed.isEmpty, seen.insert(trimmed).inserted else { continue }
                keyed.append((NameCollation.key(trimmed), Entry(text: trimmed, slug: prisoner.slug, mainName: prisoner.name), person))
            }
        }
        // One sort on precomputed keys; equal keys by the text's code points, then the slug.
        keyed.sort { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            if a.entry.text != b.entry.text { return a.entry.text.unicodeScalars.lexicographicallyPrecedes(b.entry.text.unicodeScalars) { $0.value < $1.value } }
            return a.entry.slug < b.entry.slug
        }
        // Entries of the same text for different people: each says whose it is.
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end].entry.text == keyed[start].entry.text { end += 1 }
            if end - start > 1 && Set(keyed[start..<end].map(\.entry.slug)).count > 1 {
                for index in start..<end {
                    let prisoner = prisoners[keyed[index].person]
                    let parts = [prisoner.patronymic, prisoner.country, prisoner.arrested.map { "arrested \($0.year)" }].compactMap { $0 }
                    keyed[index].entry.namesake = parts.joined(separator: ", ")
                }
            }
            start = end
        }
        var script: NameCollation.Script?
        var current: (label: String, slug: String, entries: [Entry])?
        var grouped: [(script: NameCollation.Script, letters: [(label: String, slug: String, entries: [Entry])])] = []
        var letters: [(label: String, slug: String, entries: [Entry])] = []
        func closeLetter() {
            if let open = current { letters.append(open) }
            current = nil
        }
        func closeSection() {
            closeLetter()
            if let script, !letters.isEmpty { grouped.append((script, letters)) }
            letters = []
        }
        for (key, entry, _) in keyed {
            let (entryScript, label, slug) = NameCollation.group(key)
            if entryScript != script { closeSection(); script = entryScript }
            if current?.slug != slug { closeLetter(); current = (label, slug, []) }
            current!.entries.append(entry)
        }
        closeSection()
        // The letters `/names/` would list itself; too many together, and each has its own pages.
        let listedOnIndex = grouped.reduce(0) { $0 + $1.letters.reduce(0) { $0 + ($1.entries.count > Self.letterPageLimit ? 0 : $1.entries.count) } }
        let everyLetterOwnPage = listedOnIndex > Self.indexPageLimit
        self.sections = grouped.map { group in
            Section(script: group.script, letters: group.letters.map {
                Letter(label: $0.label, slug: $0.slug, entries: $0.entries,
                       hasOwnPage: everyLetterOwnPage || $0.entries.count > Self.letterPageLimit)
            })
        }
    }
}

/// How the index of names sorts, the same on every machine (no ICU, no locale): each character
/// gets a weight from a fixed table, the weights are compared in turn, and equal keys fall back
/// to the text's code points.
///
/// - Scripts come apart first, in the order of `Script` (Latin, Cyrillic, Greek, Armenian,
///   Georgian, Hebrew, Arabic, others), the script being the first letter's.
/// - Latin follows the Azerbaijani alphabet for its letters and English order for the rest:
///   a b c ç d e ə f g ğ h ı i j k l m n o ö p q r s ş t u ü v w x y z. Capital I is the dotless
///   letter (before İ), as in Azerbaijani and Turkish. Other accented letters sort and group as
///   their base letter (é as e, á as a).
/// - Cyrillic: the Russian alphabet, Ё with Е; other Cyrillic letters after я by code point.
/// - Other scripts by code point of the lower-case letter.
/// - Case is ignored; a space or hyphen sorts before any letter; other punctuation is skipped.
public enum NameCollation {
    public enum Script: UInt32, Sendable, CaseIterable, Comparable {
        case latin = 1, cyrillic, greek, armenian, georgian, hebrew, arabic, other
        public var name: String {
            switch self {
            case .latin: "Latin"
            case .cyrillic: "Cyrillic"
            case .greek: "Greek"
            case .armenian: "Armenian"
            case .georgian: "Georgian"
            case .hebrew: "Hebrew"
            case .arabic: "Arabic"
            case .other: "Other scripts"
            }
        }
        public var slug: String { String(describing: self) }
        public static func < (a: Script, b: Script) -> Bool { a.rawValue < b.rawValue }

        static func of(_ scalar: Unicode.Scalar) -> Script {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: .latin
            case 0x400...0x52F: .cyrillic
            case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
            case 0x530...0x58F: .armenian
            case 0x10A0...0x10FF, 0x1C90...0x1CBF: .georgian
            case 0x590...0x5FF: .hebrew
            case 0x600...0x6FF, 0x750...0x77F: .arabic
            default: .other
            }
        }
    }

    /// The Latin letters in order, lower case; each is its own group.
    static let latinOrder: [Character] = Array("abcçdeəfgğhıijklmnoöpqrsştuüvwxyz")
    static let latinWeight: [Character: UInt32] = Dictionary(uniqueKeysWithValues: latinOrder.enumerated().map { ($1, UInt32($0 + 1)) })
    static let russianOrder: [Character] = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя")
    static let russianWeight: [Character: UInt32] = Dictionary(uniqueKeysWithValues: russianOrder.enumerated().map { ($1, UInt32($0 + 1)) })

    /// A weight is the script in the top byte and the letter's place below: 0 is a word break.
    static func weight(_ script: Script, _ place: UInt32) -> UInt32 { script.rawValue << 24 | place }

    /// The sort key of a name.
    public static func key(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            if character == " " || character == "-" || character == "\u{2010}" {
                if let last = key.last, last != 0 { key.append(0) }
                continue
            }
            guard let first = character.unicodeScalars.first, character.isLetter || character.isNumber else { continue }
            let script = Script.of(first)
            switch script {
            case .latin:
                if let place = latinPlace(character) { key.append(weight(.latin, place)) }
            case .cyrillic:
                var lower = Character(character.lowercased())
                if lower == "ё" { lower = "е" }
                if let place = russianWeight[lower] { key.append(weight(.cyrillic, place)) }
                else { key.append(weight(.cyrillic, 0x100 + (lower.unicodeScalars.first?.value ?? 0))) }
            default:
                let lower = character.lowercased().unicodeScalars.first?.value ?? first.value
                key.append(weight(character.isNumber ? .other : script, lower & 0xFFFFFF))
            }
        }
        while key.last == 0 { key.removeLast() }
        return key
    }

    /// A Latin letter's place: its own in `latinOrder`, else its base letter's.
    static func latinPlace(_ character: Character) -> UInt32? {
        if character == "I" { return latinWeight["ı"] }
        if character == "İ" { return latinWeight["i"] }
        let lower = Character(character.lowercased())
        if let place = latinWeight[lower] { return place }
        // Decomposed: the base letter, unless that is an alphabet letter with its mark (ç, ş).
        let base = lower.unicodeScalars.first.flatMap { String(Character($0)).decomposedStringWithCanonicalMappingFirst }
        if let base, let place = latinWeight[base] { return place }
        return nil
    }

    /// The script, the letter as the bar shows it and its slug, for the group a key starts.
    public static func group(_ key: [UInt32]) -> (Script, String, String) {
        guard let first = key.first(where: { $0 != 0 }) else { return (.other, "#", "other-0") }
        let script = Script(rawValue: first >> 24) ?? .other
        let place = first & 0xFFFFFF
        switch script {
        case .latin:
            let letter = latinOrder[Int(place) - 1]
            let label = letter == "ı" ? "I" : letter == "i" ? "İ" : letter.uppercased()
            if letter.isASCII && letter != "i" { return (.latin, label, String(letter)) }
            if letter == "ı" { return (.latin, label, "i") }
            return (.latin, label, slug(.latin, label))
        case .cyrillic:
            let label = place <= UInt32(russianOrder.count) ? russianOrder[Int(place) - 1].uppercased()
                : Unicode.Scalar(place - 0x100).map { String(Character($0)).uppercased() } ?? "?"
            return (.cyrillic, label, slug(.cyrillic, label))
        default:
            let label = Unicode.Scalar(place).map { String(Character($0)).uppercased() } ?? "?"
            return (script, label, slug(script, label))
        }
    }

    static func slug(_ script: Script, _ label: String) -> String {
        let value = label.unicodeScalars.first?.value ?? 0
        let hex = String(value, radix: 16)
        return script.slug + "-u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// The first scalar of the canonical decomposition (NFD), as a character: é → e.
    var decomposedStringWithCanonicalMappingFirst: Character? {
        decomposedStringWithCanonicalMapping.unicodeScalars.first.map { Character($0) }
    }
}
