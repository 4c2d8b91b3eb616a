/// Fields of a prisoner's record that need no more than reading: `patronymic` and `tags`.
enum RecordFields {
    /// `patronymic` (text) and `tags` (a list of text, as reports have, each kept once).
    static func patronymicAndTags(_ fields: FieldReader.Fields, reader: inout FieldReader) -> (String?, [String]) {
        let patronymic = reader.string("patronymic", in: fields, what: PrisonerDecoder.what)
        var tags: [String] = []
        for (tag, _) in reader.stringList("tags", in: fields) where !tags.contains(tag) { tags.append(tag) }
        return (patronymic, tags)
    }
}
