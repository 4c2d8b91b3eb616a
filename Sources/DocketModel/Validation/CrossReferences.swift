import Foundation

/// The checks that need every file: slugs used twice, and slugs named that do not exist
/// or belong to a draft while the page naming them is published.
struct CrossReferences {
    private(set) var diagnostics: [Diagnostic] = []

    /// `prisonerFiles` and `articleFiles` are every file found, including those that failed to decode,
    /// so a broken prisoner file does not also make every reference to it an error.
    /// `references` are the slugs each file names. Slugs used twice are checked apart, by
    /// `duplicateSlugs` (a build runs it beside collecting the files' results).
    init(prisoners: [Prisoner], prisonerFiles: [String], articles: [Article],
         references: [(file: String, references: [SlugReference])], includeDrafts: Bool,
         publishingAt: Moment? = nil) {
        // Every file gave a prisoner (the usual case): none is broken.
        let slugsOfBrokenFiles = prisoners.count == prisonerFiles.count ? []
            : Set(prisonerFiles.map(Self.slug(ofPath:))).subtracting(prisoners.map(\.slug))

        var prisonerBySlug: [String: Prisoner] = [:]
        for prisoner in prisoners where prisonerBySlug[prisoner.slug] == nil { prisonerBySlug[prisoner.slug] = prisoner }
        lazy var allSlugs = prisonerBySlug.keys.sorted()
        var draftFiles = Set(prisoners.filter(\.draft).map(\.path))
        draftFiles.formUnion(articles.filter(\.draft).map(\.path))

        for (file, references) in references {
            let referrerIsDraft = draftFiles.contains(file)
            for reference in references {
                guard let prisoner = prisonerBySlug[reference.slug] else {
                    if slugsOfBrokenFiles.contains(reference.slug) { continue }
                    diagnostics.append(.error("no prisoner \"\(reference.slug)\"\(Suggestions.hint(for: reference.slug, in: allSlugs)); "
                        + "expected the slug of a file in content/prisoners/", file: file, line: reference.line, column: reference.column))
                    continue
                }
                if prisoner.draft && !referrerIsDraft && !includeDrafts {
                    let message: String
                    if let until = prisoner.embargoUntil, prisoner.isEmbargoed(at: publishingAt) {
                        message = "prisoner \"\(reference.slug)\" is under embargo until \(until); a published page cannot name "
                            + "an embargoed record (embargo this page as well, or remove the reference)"
                    } else {
                        message = "prisoner \"\(reference.slug)\" is a draft; a published page cannot name a draft "
                            + "(publish \(prisoner.path) or remove the reference)"
                    }
                    diagnostics.append(.error(message, file: file, line: reference.line, column: reference.column))
                }
            }
        }
    }

    static func slug(ofPath path: String) -> String {
        let name = fileName(ofPath: path)
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// The last part of a `/`-separated path (trailing slashes ignored), found by its bytes.
    static func fileName(ofPath path: String) -> String {
        var end = path.utf8.endIndex
        while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") { end = path.utf8.index(before: end) }
        guard end > path.utf8.startIndex else { return path }
        let start = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.utf8.startIndex
        return String(path[start..<end])
    }

    /// The slug with case and Unicode normalisation set aside; ASCII (most slugs) without Foundation.
    static func comparisonKey(_ slug: String) -> String {
        guard slug.utf8.allSatisfy({ $0 < 0x80 }) else { return slug.precomposedStringWithCanonicalMapping.lowercased() }
        return String(decoding: slug.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Files of one kind whose slugs are the same once case and Unicode normalisation are set aside.
    static func duplicateSlugs(prisonerFiles: [String], articleFiles: [String], pageFiles: [String] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        checkUnique(prisonerFiles, noun: "prisoner", into: &diagnostics)
        checkUnique(articleFiles, noun: "article", into: &diagnostics)
        checkUnique(pageFiles, noun: "page", into: &diagnostics)
        return diagnostics
    }

    private static func checkUnique(_ paths: [String], noun: String, into diagnostics: inout [Diagnostic]) {
        var firstPath: [String: String] = [:]
        for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let slug = Self.slug(ofPath: path)
            let key = Self.comparisonKey(slug)
            if let first = firstPath[key] {
                let firstSlug = Self.slug(ofPath: first)
                // Swift's == already treats NFC and NFD alike, so compare the scalars themselves.
                let how = firstSlug.unicodeScalars.elementsEqual(slug.unicodeScalars) ? ""
                    : firstSlug.lowercased().unicodeScalars.elementsEqual(slug.lowercased().unicodeScalars)
                    ? " (the names differ only by case)" : " (the same name in another Unicode normalisation)"
                diagnostics.append(.error("\(noun) slug \"\(slug)\" is already used by \(first)\(how); slugs must be unique",
                                          file: path, line: 1, column: 1))
            } else {
                firstPath[key] = path
            }
        }
    }
}
