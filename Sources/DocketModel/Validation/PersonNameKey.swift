import Foundation
import DocketSupport

/// The key under which the spellings of one person's name meet: "Tofiq Yaqublu", "Tofig
/// Yagublu", "Yagublu Tofig" and "Тофиг Ягублу" all give `iagublu tofig`.
///
/// A name is romanised as `docket new` romanises it (`Romanisation`: case and accents set aside,
/// Azerbaijani and Cyrillic letters in Latin), then each word is folded so that the spellings
/// Azerbaijani names have in English, Russian and Azerbaijani meet:
///
/// - `dzh` and `dj` → `j`, and `c` → `j` (Cəfərov, Jafarov, Джафаров);
/// - `g`, `q`, `h`, `x`, `gh` and `kh` are one letter: Russian writes Azerbaijani q, h and g as
///   г and x and h as х (Tofiq, Тофиг; Hilal, Гилал; Mehman, Мехман; Xədicə, Khadija, Хадиджа);
///   `sh`, `ch` and `zh` stay letters of their own;
/// - `e` → `a` (ə is written either way: Məmmədov, Mammadov, Мамедов);
/// - `y` → `i` (Ismayilova, Исмаилова; Aliyev, Алиев), and a word's first `y` before `e` is
///   dropped (Yevgeny, Evgeniy);
/// - `w` → `v`, `ou` → `u`;
/// - a letter written twice is written once (Mammadov, Mamedov).
///
/// The words are then sorted, so the order of given and family name does not matter. A name of
/// fewer than two words has no key: one word ("Ali", a nickname) says too little to compare.
/// The fold never merges names that differ in a consonant other than these (Mammadov and
/// Mammadli, Ilgar and Ilkin stay apart), but it does merge names that differ only in a vowel
/// `e`/`a` (Emin and Amin): it finds candidates for an editor to look at, and says so.
public enum PersonNameKey {
    public static func key(_ name: String) -> String? {
        let words = Romanisation.words(name)
        guard words.count >= 2 else { return nil }
        return words.map(fold).sorted().joined(separator: " ")
    }

    /// The key of a patronymic: the father's name folded as names are, without the word that
    /// says "son of" or "daughter of" (`oglu`, `ogly`, `qızı`, `kyzy`, `оглы`, `кызы`), so
    /// "Rashid oglu", "Rəşid oğlu" and "Рашид оглы" meet; nil when nothing is left.
    public static func patronymicKey(_ patronymic: String) -> String? {
        let words = Romanisation.words(patronymic).map(fold).filter { !patronymicMarkers.contains($0) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "Son of" and "daughter of" once folded: oglu, ogly/оглы, qızı, gizi, kızı, kyzy/кызы.
    static let patronymicMarkers: Set<String> = ["oglu", "ogli", "gizi", "kizi"]

    /// One romanised word (lowercase ASCII letters and digits), folded.
    static func fold(_ word: String) -> String {
        let bytes = Array(word.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        while index < bytes.count {
            let letter = bytes[index]
            var folded = letter
            var length = 1
            switch (Character(Unicode.Scalar(letter)), Character(Unicode.Scalar(at(1)))) {
            case ("d", "z") where at(2) == UInt8(ascii: "h"): (folded, length) = (UInt8(ascii: "j"), 3)
            case ("d", "j"): (folded, length) = (UInt8(ascii: "j"), 2)
            case ("k", "h"): (folded, length) = (UInt8(ascii: "g"), 2)
            case ("s", "h"): (folded, length) = (UInt8(ascii: "S"), 2)
            case ("c", "h"): (folded, length) = (UInt8(ascii: "C"), 2)
            case ("z", "h"): (folded, length) = (UInt8(ascii: "Z"), 2)
            case ("g", "h"): (folded, length) = (UInt8(ascii: "g"), 2)
            case ("o", "u"): (folded, length) = (UInt8(ascii: "u"), 2)
            case ("y", "e") where index == 0: (folded, length) = (UInt8(ascii: "a"), 2)
            case ("c", _): folded = UInt8(ascii: "j")
            case ("q", _), ("h", _), ("x", _): folded = UInt8(ascii: "g")
            case ("e", _): folded = UInt8(ascii: "a")
            case ("y", _): folded = UInt8(ascii: "i")
            case ("w", _): folded = UInt8(ascii: "v")
            default: break
            }
            if out.last != folded { out.append(folded) }
            index += length
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// One of a person's names (the name, an alias, the native spelling) where its file writes it,
/// with its key; nil key for a name too short to compare. `patronymic` is the key of the file's
/// `patronymic` (`PersonNameKey.patronymicKey`), the same for every name of the file.
public struct PersonName: Sendable, Equatable {
    public let text: String
    public let line: Int
    public let column: Int
    public let key: String?
    public let patronymic: String?

    public init(text: String, line: Int, column: Int, patronymic: String? = nil) {
        self.text = text
        self.line = line
        self.column = column
        key = PersonNameKey.key(text)
        self.patronymic = patronymic.flatMap(PersonNameKey.patronymicKey)
    }

    /// Two names can be one person's unless both have a patronymic and those differ: "Ali
    /// Aliyev, Rashid oglu" and "Ali Aliyev, Vagif oglu" are two people; without a patronymic
    /// on one side nothing says so.
    public func canBeSamePerson(as other: PersonName) -> Bool {
        key != nil && key == other.key && (patronymic == nil || other.patronymic == nil || patronymic == other.patronymic)
    }
}

/// Prisoner files whose names meet once spelling is folded (`PersonNameKey`): probably one person
/// written twice. A warning on the later file (in path order), naming the earlier file and line.
public enum DuplicatePeople {
    public static func check(_ files: [(file: String, names: [PersonName])]) -> [Diagnostic] {
        // The first file of each key and patronymic (nil: none), in path order.
        var first: [String: [(file: String, name: PersonName)]] = [:]
        var diagnostics: [Diagnostic] = []
        for (file, names) in files.sorted(by: { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }) {
            var reported: Set<String> = []
            for name in names {
                guard let key = name.key else { continue }
                let earlierOnes = first[key] ?? []
                if !earlierOnes.contains(where: { $0.name.patronymic == name.patronymic }) {
                    first[key, default: []].append((file, name))
                }
                guard let earlier = earlierOnes.first(where: { $0.file != file && name.canBeSamePerson(as: $0.name) }),
                      reported.insert(earlier.file).inserted else { continue }
                diagnostics.append(Diagnostic(.duplicatePerson, message(name, earlier: earlier.name, in: earlier.file),
                                              file: file, line: name.line, column: name.column))
            }
        }
        return diagnostics
    }

    /// What a refusal or a warning says about `name` meeting `earlier`, written in `file`.
    public static func message(_ name: PersonName, earlier: PersonName, in file: String) -> String {
        let same = name.text == earlier.text ? "is also the name" : "meets \"\(earlier.text)\""
        let oneWithout = (name.patronymic == nil) != (earlier.patronymic == nil)
        return "\"\(name.text)\" \(same) in \(file):\(earlier.line) once spelling is set aside; "
            + "if this is the same person, keep one file and put the other spellings in its aliases"
            + (oneWithout ? "; if they are two people, give both files their patronymic" : "")
    }
}

extension DuplicatePeople {
    /// The names of every prisoner file of the site (`docket new` compares a new person with them),
    /// read from each file that can be read, whatever its other problems.
    public static func prisonerNames(siteDirectory: URL) -> [(file: String, names: [PersonName])] {
        var finder = ContentFinder(siteDirectory: siteDirectory.standardizedFileURL)
        let root = siteDirectory.standardizedFileURL.path
        var files: [(file: String, names: [PersonName])] = []
        for path in finder.list("content/prisoners") {
            guard case .bytes(let bytes) = ContentFileRead.read(root + "/" + path) else { continue }
            let names = PrisonerDecoder.decode(bytes: bytes, path: path).names
            if !names.isEmpty { files.append((path, names)) }
        }
        return files
    }

    /// The first name, in path order, whose key meets `name`'s (and whose patronymic, if both
    /// have one, is the same), and its file.
    public static func match(_ name: String, patronymic: String? = nil,
                             in files: [(file: String, names: [PersonName])]) -> (file: String, name: PersonName)? {
        let new = PersonName(text: name, line: 0, column: 0, patronymic: patronymic)
        guard new.key != nil else { return nil }
        for (file, names) in files.sorted(by: { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }) {
            if let found = names.first(where: { new.canBeSamePerson(as: $0) }) { return (file, found) }
        }
        return nil
    }
}
