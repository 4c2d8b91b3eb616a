/// How decoding a prisoner, an article or a page begins, the same for each: the slug from the
/// file's name (checked), the front matter parsed and its keys checked against the kind's,
/// and the body's render cost checked, its links noted when it passes (a body libcmark would
/// take too long on is not parsed for links either).
struct ContentStart {
    /// Holds every problem found so far; the decoder goes on with it.
    var reader: FieldReader
    let slug: String
    /// The body's links, to which the decoder adds its sources' URLs.
    var links: LinkReferences
    /// The file and its front matter's entries; nil when either could not be read.
    let opened: (file: ContentFile, fields: FieldReader.Fields)?

    /// `page` is the kind's route for a slug (`Route.prisoner`): the file's page is at the
    /// route of its slug. `what` names the front matter in messages.
    init(bytes: [UInt8], path: String, page: (String) -> Route, keys: [String], what: String, config: SiteConfig?,
         media: MediaLibrary? = nil) {
        var reader = FieldReader(file: path, lineOffset: 1)
        slug = ContentFile.slug(ofPath: path, reader: &reader)
        links = LinkReferences(config: config, page: "/" + page(slug).path, file: path, media: media)
        if let file = ContentFile.parse(bytes: bytes, path: path, reader: &reader),
           let fields = reader.fields(of: file.root, allowed: keys, what: what) {
            if file.checkBodyRenderCost(reader: &reader) { links.noteBody(of: file.frontMatter) }
            opened = (file, fields)
        } else {
            opened = nil
        }
        self.reader = reader
    }
}
