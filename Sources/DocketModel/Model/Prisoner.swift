/// A detainee or prisoner: one file `content/prisoners/<slug>.md`.
public struct Prisoner: Hashable, Sendable {
    public let slug: String
    /// The file, relative to the site folder.
    public let path: String
    public let name: String
    public let aliases: [String]
    public let nameNative: String?
    public let country: String
    public let status: PrisonerStatus
    public let profession: String?
    public let outlet: String?
    public let arrested: PartialDate?
    public let charges: [String]
    public let sentence: Sentence?
    public let released: PartialDate?
    public let lawyer: String?
    public let prison: String?
    public let updated: PartialDate?
    public let sources: [Source]
    /// The events written in the file, followed by those derived from its fields.
    public let events: [Event]
    public let draft: Bool
    /// Kept out of the site until this moment (judged against the build's as-of).
    public let embargoUntil: Moment?
    /// The biography (Markdown, rendered by cmark in safe mode when its page is made).
    public let body: MarkdownBody
    public let photo: Photo?
    public let photoCredit: String?

    public init(slug: String, path: String, name: String, aliases: [String], nameNative: String?, country: String,
                status: PrisonerStatus, profession: String?, outlet: String?, arrested: PartialDate?, charges: [String],
                sentence: Sentence?, released: PartialDate?, lawyer: String?, prison: String?, updated: PartialDate?,
                sources: [Source], events: [Event], draft: Bool, body: MarkdownBody,
                photo: Photo? = nil, photoCredit: String? = nil, embargoUntil: Moment? = nil) {
        self.slug = slug
        self.path = path
        self.name = name
        self.aliases = aliases
        self.nameNative = nameNative
        self.country = country
        self.status = status
        self.profession = profession
        self.outlet = outlet
        self.arrested = arrested
        self.charges = charges
        self.sentence = sentence
        self.released = released
        self.lawyer = lawyer
        self.prison = prison
        self.updated = updated
        self.sources = sources
        self.events = events
        self.draft = draft
        self.body = body
        self.photo = photo
        self.photoCredit = photoCredit
        self.embargoUntil = embargoUntil
    }

    /// True while the embargo holds at `moment` (nil: every embargo holds).
    public func isEmbargoed(at moment: Moment?) -> Bool {
        guard let embargoUntil else { return false }
        return moment.map { $0 < embargoUntil } ?? true
    }

    /// The same record marked as a draft: how an embargoed record is treated while the embargo holds.
    public func asDraft() -> Prisoner {
        Prisoner(slug: slug, path: path, name: name, aliases: aliases, nameNative: nameNative, country: country,
                 status: status, profession: profession, outlet: outlet, arrested: arrested, charges: charges,
                 sentence: sentence, released: released, lawyer: lawyer, prison: prison, updated: updated,
                 sources: sources, events: events, draft: true, body: body,
                 photo: photo, photoCredit: photoCredit, embargoUntil: embargoUntil)
    }
}
