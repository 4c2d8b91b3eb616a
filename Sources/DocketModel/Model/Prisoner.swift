/// A detainee or prisoner: one file `content/prisoners/<slug>.md`.
public struct Prisoner: Hashable, Sendable {
    /// The values, held once (see `SharedValues`).
    @usableFromInline let box: SharedValues<Fields>

    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline let slug: String
        @usableFromInline let path: String
        @usableFromInline let name: String
        @usableFromInline let aliases: [String]
        @usableFromInline let nameNative: String?
        @usableFromInline let country: String
        @usableFromInline let status: PrisonerStatus
        @usableFromInline let profession: String?
        @usableFromInline let outlet: String?
        @usableFromInline let arrested: PartialDate?
        @usableFromInline let charges: [String]
        @usableFromInline let sentence: Sentence?
        @usableFromInline let released: PartialDate?
        @usableFromInline let lawyer: String?
        @usableFromInline let prison: String?
        @usableFromInline let updated: PartialDate?
        @usableFromInline let sources: [Source]
        @usableFromInline let events: [Event]
        @usableFromInline let draft: Bool
        @usableFromInline let embargoUntil: Moment?
        @usableFromInline let body: MarkdownBody
        @usableFromInline let photo: Photo?
        @usableFromInline let photoCredit: String?
    }

    @inlinable public var slug: String { box.values.slug }
    /// The file, relative to the site folder.
    @inlinable public var path: String { box.values.path }
    @inlinable public var name: String { box.values.name }
    @inlinable public var aliases: [String] { box.values.aliases }
    @inlinable public var nameNative: String? { box.values.nameNative }
    @inlinable public var country: String { box.values.country }
    @inlinable public var status: PrisonerStatus { box.values.status }
    @inlinable public var profession: String? { box.values.profession }
    @inlinable public var outlet: String? { box.values.outlet }
    @inlinable public var arrested: PartialDate? { box.values.arrested }
    @inlinable public var charges: [String] { box.values.charges }
    @inlinable public var sentence: Sentence? { box.values.sentence }
    @inlinable public var released: PartialDate? { box.values.released }
    @inlinable public var lawyer: String? { box.values.lawyer }
    @inlinable public var prison: String? { box.values.prison }
    @inlinable public var updated: PartialDate? { box.values.updated }
    @inlinable public var sources: [Source] { box.values.sources }
    /// The events written in the file, followed by those derived from its fields.
    @inlinable public var events: [Event] { box.values.events }
    @inlinable public var draft: Bool { box.values.draft }
    /// Kept out of the site until this moment (judged against the build's as-of).
    @inlinable public var embargoUntil: Moment? { box.values.embargoUntil }
    /// The biography (Markdown, rendered by cmark in safe mode when its page is made).
    @inlinable public var body: MarkdownBody { box.values.body }
    @inlinable public var photo: Photo? { box.values.photo }
    @inlinable public var photoCredit: String? { box.values.photoCredit }

    public init(slug: String, path: String, name: String, aliases: [String], nameNative: String?, country: String,
                status: PrisonerStatus, profession: String?, outlet: String?, arrested: PartialDate?, charges: [String],
                sentence: Sentence?, released: PartialDate?, lawyer: String?, prison: String?, updated: PartialDate?,
                sources: [Source], events: [Event], draft: Bool, body: MarkdownBody,
                photo: Photo? = nil, photoCredit: String? = nil, embargoUntil: Moment? = nil) {
        box = SharedValues(Fields(slug: slug, path: path, name: name, aliases: aliases, nameNative: nameNative,
                                 country: country, status: status, profession: profession, outlet: outlet,
                                 arrested: arrested, charges: charges, sentence: sentence, released: released,
                                 lawyer: lawyer, prison: prison, updated: updated, sources: sources, events: events,
                                 draft: draft, embargoUntil: embargoUntil, body: body, photo: photo,
                                 photoCredit: photoCredit))
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
