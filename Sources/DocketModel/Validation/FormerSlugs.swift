/// Former slugs against every file of their kind: a redirect may not take the address of a
/// live page (a file's slug, drafts included, since a draft is published one day), nor the
/// address another file's redirect already has.
enum FormerSlugs {
    /// `former`: every former slug of one kind, where each is written; `live`: every file of
    /// that kind (including those that failed to decode). Each collision is reported at the
    /// former slug, naming the other file; of two files giving one former slug, the later by
    /// path (then line) is reported.
    static func collisions(_ former: [SlugReference], live: [String], noun: String) -> [Diagnostic] {
        guard !former.isEmpty else { return [] }
        var liveFile: [String: String] = [:]
        for path in live.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let slug = CrossReferences.slug(ofPath: path)
            if liveFile[slug] == nil { liveFile[slug] = path }
        }
        let ordered = former.sorted { a, b in
            a.file != b.file ? a.file.utf8.lexicographicallyPrecedes(b.file.utf8) : (a.line, a.column) < (b.line, b.column)
        }
        var diagnostics: [Diagnostic] = []
        var first: [String: SlugReference] = [:]
        for reference in ordered {
            if let path = liveFile[reference.slug], path != reference.file {
                diagnostics.append(Diagnostic(.formerSlugTaken, "former slug \"\(reference.slug)\" is the slug of \(path); "
                    + "the \(noun) there has that address, so this one cannot redirect from it (remove the former slug, or rename the other file)",
                    file: reference.file, line: reference.line, column: reference.column))
            } else if let earlier = first[reference.slug] {
                diagnostics.append(Diagnostic(.formerSlugTaken, "former slug \"\(reference.slug)\" is already a former slug of "
                    + "\(earlier.file):\(earlier.line); an old address can redirect to one \(noun) only",
                    file: reference.file, line: reference.line, column: reference.column))
            } else {
                first[reference.slug] = reference
            }
        }
        return diagnostics
    }
}
