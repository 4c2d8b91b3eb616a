import DocketModel
import DocketSupport
import Foundation

/// What each language of a multilingual site still lacks, for `docket check`: one note per
/// prisoner, report or page with no translation file into a language, and a count per language.
public struct UntranslatedNote: Sendable, Equatable {
    /// The original, relative to the site folder.
    public let file: String
    /// The language's code (`az`).
    public let language: String
    /// The translation file that would give it (`content/prisoners/x.az.md`).
    public let translation: String

    /// Every published item without a translation, by language (in `languages:` order), then by file.
    public static func notes(_ site: Site) -> [UntranslatedNote] {
        var notes: [UntranslatedNote] = []
        for language in site.config.languages where !language.isDefault {
            let missing = site.untranslated(in: language)
            let files = missing.prisoners.map(\.path) + missing.articles.map(\.path) + missing.pages.map(\.path)
            for file in files.sorted() {
                notes.append(UntranslatedNote(file: file, language: language.code,
                                              translation: String(file.dropLast(3)) + ".\(language.code).md"))
            }
        }
        return notes
    }

    /// "Azerbaijani (az)".
    static func languageName(_ code: String) -> String {
        let name = Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
        return "\(name) (\(code))"
    }

    /// `content/prisoners/x.md: note: not translated into Azerbaijani (az) yet: no content/prisoners/x.az.md`.
    public var description: String {
        "\(file): note: not translated into \(Self.languageName(language)) yet: no \(translation)"
    }

    /// `::notice file=…,title=untranslated::…` for GitHub Actions.
    public var githubLine: String {
        "::notice file=\(GitHubAnnotation.escapeProperty(file)),title=untranslated::\(GitHubAnnotation.escapeData("not translated into \(Self.languageName(language)) yet: no \(translation)"))"
    }

    /// One object of `check --format json`'s list, beside the problems: severity `note`.
    public var jsonObject: String {
        "  {\"file\": \(DiagnosticJSON.string(file)), \"line\": 0, \"column\": 0, \"severity\": \"note\", \"code\": \"untranslated\", "
            + "\"name\": \"untranslated\", \"language\": \(DiagnosticJSON.string(language)), \"translation\": \(DiagnosticJSON.string(translation)), "
            + "\"message\": \(DiagnosticJSON.string("not translated into \(Self.languageName(language)) yet"))}"
    }

    /// "az: 3 of 10 not translated yet; ru: all translated".
    public static func tally(_ notes: [UntranslatedNote], _ site: Site) -> String {
        let total = site.prisoners.count + site.articles.count + site.pages.count
        return site.config.languages.filter { !$0.isDefault }.map { language in
            let count = notes.count { $0.language == language.code }
            return count == 0 ? "\(language.code): all translated" : "\(language.code): \(count) of \(total) not translated yet"
        }.joined(separator: "; ")
    }
}

extension DiagnosticFormat {
    /// The output lines with the untranslated items as notes after the problems (text and
    /// GitHub), or as objects of the same JSON list.
    public func lines(_ diagnostics: [Diagnostic], notes: [UntranslatedNote]) -> [String] {
        guard !notes.isEmpty else { return lines(diagnostics) }
        switch self {
        case .text: return lines(diagnostics) + notes.map(\.description)
        case .github: return lines(diagnostics) + notes.map(\.githubLine)
        case .json:
            let objects = DiagnosticJSON.lines(diagnostics).dropFirst().dropLast().map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
                + notes.map(\.jsonObject)
            return ["["] + objects.enumerated().map { $0.offset < objects.count - 1 ? $0.element + "," : $0.element } + ["]"]
        }
    }
}
