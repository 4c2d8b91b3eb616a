/// A detainee or prisoner: one file `content/prisoners/<slug>.md`.
/// Its fields are those of `Record`, read through it (see `Publishable`).
public struct Prisoner: Publishable {
    /// Every field of a prisoner, each written once: the decoder builds it, `Prisoner` shares it.
    public struct Record: PublishableRecord {
        public var slug: String
        /// The file, relative to the site folder.
        public var path: String
        public var name: String
        public var aliases: [String]
        public var nameNative: String?
        /// The common English name ("Türkiye" for `country: Turkey`), or the name site.yml declares.
        public var country: String
        /// ISO 3166-1 alpha-2 ("TR"); nil for a place declared in site.yml.
        public var countryCode: String?
        public var status: PrisonerStatus
        public var profession: String?
        public var outlet: String?
        /// Every detention, oldest first (one for the short form; none when the file gives no
        /// detention key). `arrested`, `charges`, `sentence`, `prison`, `released` and
        /// `releaseKind` read the current or last one (see `Detention.swift`).
        public var detentions: [Detention]
        public var lawyer: String?
        public var updated: PartialDate?
        public var sources: [Source]
        /// The events written in the file, followed by those derived from its fields.
        public var events: [Event]
        public var draft: Bool
        /// The biography (Markdown, rendered by cmark in safe mode when its page is made).
        public var body: MarkdownBody
        public var photo: Photo? = nil
        public var photoCredit: String? = nil
        /// Kept out of the site until this moment (judged against the build's as-of).
        public var embargoUntil: Moment? = nil
        /// Earlier slugs, each published as a redirect to this page (`Route.formerAddress`).
        public var formerSlugs: [String] = []
        /// The corrections published on the page, in the order written.
        public var corrections: [Correction] = []
        /// "Rashid oglu", "Islam qızı": shown in the fact box, and part of the duplicate-person key.
        public var patronymic: String? = nil
        /// Tags, as reports have: the person is listed on each tag's page.
        public var tags: [String] = []
        /// The language `name_native` is written in (`name_native: {az: "Xədicə İsmayılova"}`),
        /// for its `lang` attribute; nil when the file does not say.
        public var nameNativeLanguage: String? = nil
        /// The language of the words (name, aliases, biography) when they are not the page's own:
        /// on a translated page, a person with no translation shows the default language's words,
        /// marked with it; nil: the page's language.
        public var textLanguage: String? = nil
        /// On a translated page: the aliases that are the default language's spellings (its name
        /// and aliases, kept so every spelling is found), shown with its `lang`.
        public var defaultLanguageSpellings: [String] = []
    }

    /// The values, held once (see `SharedValues`).
    @usableFromInline let box: SharedValues<Record>

    public init(_ record: Record) {
        box = SharedValues(record)
    }

    @inlinable public var record: Record { box.values }
}
