/// Every kind of problem docket reports about content, each with a stable id (`E014`), a name
/// (`unknown-value`) and a one-line summary. A kind is what an editor fixes one way; the
/// message says where and what exactly. Errors are `E…`, warnings `W…` (`--strict` makes a
/// warning an error, and it keeps its `W` id).
///
/// Ids are stable: editors' notes, CI filters and `docs/editing.md` quote them. A new kind takes
/// the next free number of its letter; a kind that goes away leaves its number unused for ever,
/// and no id is ever given to another kind. The cases are listed in id order.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Reading the file
    case fileTooLarge = "E001"
    case notRegularFile = "E002"
    case unreadableFile = "E003"
    case missingSiteConfig = "E004"
    case symlinkOutside = "E005"
    case badSymlink = "E006"
    // Its text
    case notUTF8 = "E007"
    case controlCharacter = "E008"
    case bidiControl = "E009"
    // Its front matter
    case emptyFrontMatter = "E010"
    case noFrontMatter = "E011"
    case unclosedFrontMatter = "E012"
    case secondFrontMatter = "E013"
    case frontMatterTooLarge = "E014"
    // YAML
    case yamlSyntax = "E015"
    case yamlAlias = "E016"
    case yamlTooDeep = "E017"
    case yamlTag = "E018"
    case duplicateKey = "E019"
    // Keys and values
    case unknownKey = "E020"
    case missingKey = "E021"
    case wrongType = "E022"
    case emptyValue = "E023"
    case unknownValue = "E024"
    case invalidDate = "E025"
    case invalidURL = "E026"
    case invalidValue = "E027"
    case datesOutOfOrder = "E028"
    case unknownSource = "E029"
    case photoPath = "E030"
    case photoFormat = "E031"
    case bodyTooComplex = "E032"
    // Slugs and what they name
    case invalidSlug = "E033"
    case reservedSlug = "E034"
    case duplicateSlug = "E035"
    case unknownPrisoner = "E036"
    case brokenLink = "E037"
    case linkToDraft = "E038"
    case linkToEmbargoed = "E039"
    // The preview
    case previewNotWritten = "E040"
    // Countries
    case unknownCountry = "E041"
    case mixedScripts = "E042"
    // Slugs, continued
    case formerSlugTaken = "E043"
    // The site's date
    case futureDate = "E044"
    case notSchedulable = "E045"
    // Detentions
    case twoDetentionForms = "E046"
    case heldButReleased = "E047"
    // Sources
    case ambiguousSource = "E048"
    case searchFailed = "E049"
    // Languages and translations
    case factInTranslation = "E050"
    case strayTranslation = "E051"
    case incompleteCatalog = "E052"
    case unknownLanguage = "E053"
    case unmatchedTranslation = "E054"
    // Warnings
    case ignoredFile = "W001"
    case duplicateEntry = "W002"
    case creditWithoutPhoto = "W003"
    case staleStatus = "W004"
    case duplicatePerson = "W005"
    case termEnded = "W006"
    case scheduledPassed = "W007"
    case imageWithoutDescription = "W008"
    case linkToFormerAddress = "W009"
    case unknownArticle = "W010"
    case unknownPrison = "W011"

    /// `E014`: what tools and people quote.
    public var id: String { rawValue }

    /// Errors stop a build; warnings are printed and the build goes on.
    public var severity: Diagnostic.Severity { rawValue.hasPrefix("W") ? .warning : .error }

    /// `unknown-value`: the id's reading, in kebab case.
    public var name: String {
        switch self {
        case .fileTooLarge: "file-too-large"
        case .notRegularFile: "not-regular-file"
        case .unreadableFile: "unreadable-file"
        case .missingSiteConfig: "missing-site-config"
        case .symlinkOutside: "symlink-outside"
        case .badSymlink: "bad-symlink"
        case .notUTF8: "not-utf8"
        case .controlCharacter: "control-character"
        case .bidiControl: "bidi-control"
        case .emptyFrontMatter: "empty-front-matter"
        case .noFrontMatter: "no-front-matter"
        case .unclosedFrontMatter: "unclosed-front-matter"
        case .secondFrontMatter: "second-front-matter"
        case .frontMatterTooLarge: "front-matter-too-large"
        case .yamlSyntax: "yaml-syntax"
        case .yamlAlias: "yaml-alias"
        case .yamlTooDeep: "yaml-too-deep"
        case .yamlTag: "yaml-tag"
        case .duplicateKey: "duplicate-key"
        case .unknownKey: "unknown-key"
        case .missingKey: "missing-key"
        case .wrongType: "wrong-type"
        case .emptyValue: "empty-value"
        case .unknownValue: "unknown-value"
        case .invalidDate: "invalid-date"
        case .invalidURL: "invalid-url"
        case .invalidValue: "invalid-value"
        case .datesOutOfOrder: "dates-out-of-order"
        case .unknownSource: "unknown-source"
        case .photoPath: "photo-path"
        case .photoFormat: "photo-format"
        case .bodyTooComplex: "body-too-complex"
        case .invalidSlug: "invalid-slug"
        case .reservedSlug: "reserved-slug"
        case .duplicateSlug: "duplicate-slug"
        case .unknownPrisoner: "unknown-prisoner"
        case .brokenLink: "broken-link"
        case .linkToDraft: "link-to-draft"
        case .linkToEmbargoed: "link-to-embargoed"
        case .previewNotWritten: "preview-not-written"
        case .unknownCountry: "unknown-country"
        case .mixedScripts: "mixed-scripts"
        case .formerSlugTaken: "former-slug-taken"
        case .futureDate: "future-date"
        case .notSchedulable: "not-schedulable"
        case .twoDetentionForms: "two-detention-forms"
        case .heldButReleased: "held-but-released"
        case .ambiguousSource: "ambiguous-source"
        case .searchFailed: "search-failed"
        case .factInTranslation: "fact-in-translation"
        case .strayTranslation: "stray-translation"
        case .incompleteCatalog: "incomplete-catalog"
        case .unknownLanguage: "unknown-language"
        case .unmatchedTranslation: "unmatched-translation"
        case .ignoredFile: "ignored-file"
        case .duplicateEntry: "duplicate-entry"
        case .creditWithoutPhoto: "credit-without-photo"
        case .staleStatus: "stale-status"
        case .duplicatePerson: "duplicate-person"
        case .termEnded: "term-ended"
        case .scheduledPassed: "scheduled-passed"
        case .imageWithoutDescription: "image-without-description"
        case .linkToFormerAddress: "link-to-former-address"
        case .unknownArticle: "unknown-article"
        case .unknownPrison: "unknown-prison"
        }
    }

    /// One line on what the problem is, for `docs/editing.md` and tools.
    public var summary: String {
        switch self {
        case .fileTooLarge: "a file is over the 8 MiB limit"
        case .notRegularFile: "a content path is a named pipe, a device, a socket or a folder, not a plain file"
        case .unreadableFile: "a file could not be read (permissions, or a disk error)"
        case .missingSiteConfig: "content/site.yml is missing or cannot be read"
        case .symlinkOutside: "a symbolic link leads outside the site folder"
        case .badSymlink: "a symbolic link points nowhere, or to a folder"
        case .notUTF8: "a file is not UTF-8 text (UTF-16, or another encoding)"
        case .controlCharacter: "a file or a value holds an invisible control character (or a NUL byte)"
        case .bidiControl: "a value holds a bidirectional control that can disguise text"
        case .emptyFrontMatter: "a file, or its front matter, is empty"
        case .noFrontMatter: "a content file does not start with a line ---"
        case .unclosedFrontMatter: "front matter has no closing line ---"
        case .secondFrontMatter: "the body starts with a second front-matter block"
        case .frontMatterTooLarge: "front matter is over 256 KiB"
        case .yamlSyntax: "the front matter is not valid YAML (a tab for indentation, a quote never closed, …)"
        case .yamlAlias: "a value starts with *, which YAML reads as an alias"
        case .yamlTooDeep: "lists and mappings nest more than 32 deep"
        case .yamlTag: "a value starts with !, which YAML reads as a tag, or a tag does not fit its value"
        case .duplicateKey: "a key appears twice in one mapping"
        case .unknownKey: "a key that this kind of file does not have (often a typo)"
        case .missingKey: "a required key is missing or has no value"
        case .wrongType: "a value is the wrong kind: a list where text belongs, text where a list belongs, …"
        case .emptyValue: "a key is given an empty text"
        case .unknownValue: "a value is not one of those allowed (a status, an event kind, true or false)"
        case .invalidDate: "a date or a moment is malformed or impossible"
        case .invalidURL: "a URL is not an http or https address (or not a .onion one where that is needed)"
        case .invalidValue: "a value does not have the form its key needs (a sentence term, a number, a language tag)"
        case .datesOutOfOrder: "dates contradict each other (released before arrested)"
        case .unknownSource: "an event's source is neither a URL nor the title, URL or publisher of one of the file's sources"
        case .photoPath: "a photo path is not a plain path to a file in content/media/"
        case .photoFormat: "a photo, or an image a text shows, is not a readable PNG, JPEG, GIF or WebP image"
        case .bodyTooComplex: "a body or an event text would take too long to render"
        case .invalidSlug: "a file name is not a valid slug (lowercase letters, digits, single hyphens)"
        case .reservedSlug: "a page is named after an address the site itself uses"
        case .duplicateSlug: "two files of one kind have the same slug"
        case .unknownPrisoner: "a prisoner named by slug does not exist"
        case .brokenLink: "a link or an image into the site leads to no page the build writes, or to no file in content/media/"
        case .linkToDraft: "a published page names or links to a draft"
        case .linkToEmbargoed: "a published page names or links to an item under embargo"
        case .previewNotWritten: "the preview could not write the site to its temporary folder"
        case .unknownCountry: "a country is neither an ISO 3166-1 country (by name or code) nor a place declared in site.yml"
        case .mixedScripts: "a name mixes letters of two scripts (a Cyrillic А in a Latin name), which look alike and differ"
        case .formerSlugTaken: "a former slug is a live slug of its kind, or another file's former slug"
        case .futureDate: "a date is after the site's date (--as-of, else today): an event not marked scheduled, an arrest, a release, a sentence, updated, a correction"
        case .notSchedulable: "scheduled: true on an event that is not a hearing, trial or appeal"
        case .twoDetentionForms: "a prisoner file has both \"detentions\" and the top-level arrested, charges, … of a single detention"
        case .heldButReleased: "the status says held (detained, imprisoned) but the last detention has a release date"
        case .ambiguousSource: "an event's source names more than one of the file's sources (two with that publisher)"
        case .searchFailed: "site.yml turns search on, and Pagefind could not be run or failed (the build publishes nothing)"
        case .factInTranslation: "a translation gives a fact (a date, the status, a place, a slug…), which only the default language's file may give"
        case .strayTranslation: "a translation file has no original beside it, or is in a language site.yml does not declare (or the default one)"
        case .incompleteCatalog: "content/i18n/<code>.yml names a key no catalog has, lacks keys its language needs, or is for an undeclared language"
        case .unknownLanguage: "\"languages\" in site.yml names a code without a catalog, twice, or disagrees with \"language\""
        case .unmatchedTranslation: "a translation's list (events, sources, corrections, charges) has an item the original lacks, or names an event id the original lacks"
        case .ignoredFile: "a file in a content folder is ignored: its name does not end in .md"
        case .duplicateEntry: "the same event, prisoner, declared country, listed article or prison spelling is given twice; the first is kept"
        case .creditWithoutPhoto: "photo_credit is set but there is no photo"
        case .staleStatus: "no longer given (since 0.2 a held status with a release date is E047 held-but-released); kept so the id is never reused"
        case .duplicatePerson: "two prisoner files name the same person, once spelling is set aside (Tofiq Yaqublu, Тофиг Ягублу)"
        case .termEnded: "the status says held but the fixed term ended before the site's date"
        case .scheduledPassed: "a scheduled hearing, trial or appeal is dated before the site's date: record what happened"
        case .imageWithoutDescription: "an image in a body or a text has no description (alt text) for readers who cannot see it"
        case .linkToFormerAddress: "a link leads to a former slug's address, which redirects; link to the current one"
        case .unknownArticle: "a charge names an article that content/charges.yml does not list"
        case .unknownPrison: "a prison is not a slug, name or alias in content/prisons.yml"
        }
    }

    /// Codes no longer given, kept so that their ids are never reused (docs/editing.md says what
    /// replaced each).
    public static let retired: Set<DiagnosticCode> = [.staleStatus]

    /// `E014 unknown-value`, as the text and GitHub outputs show it.
    public var label: String { id + " " + name }
}
