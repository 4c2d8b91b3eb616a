import Testing
@testable import DocketModel

/// Tags are YAML 1.2's core schema or nothing: `!!str` makes a value text (so `!!str null` is
/// the text "null"), `!!int`, `!!float`, `!!bool` and `!!null` are checked, `!!seq` and `!!map`
/// must fit; any other tag is refused where it is written, so none can hide a key or a value.
@Suite struct YAMLTagTests {
    private func problem(_ yaml: String) -> YAMLDocument.Problem? {
        guard case .failure(let problem) = YAMLDocument.parse(yaml) else { return nil }
        return problem
    }

    private func errors(prisoner frontMatter: String) throws -> [String] {
        let site = try TestSite()
        try site.prisoner("x", frontMatter)
        return rendered(site.load().diagnostics)
    }

    @Test func aLocalTagOnAKeyIsRefusedInsteadOfHidingTheDuplicate() throws {
        let errors = try errors(prisoner: "name: X\ncountry: Yemen\n!x status: released\nstatus: imprisoned")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/prisoners/x.md:4:1: error: the tag \"!x\" is not allowed in front matter") == true, "\(errors)")
    }

    @Test func aCoreTagOnAKeyDoesNotHideTheDuplicate() throws {
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\n!!str status: released\nstatus: imprisoned") == [
            "content/prisoners/x.md:5:1: error: duplicate key \"status\"; each key may appear once [E019 duplicate-key]",
        ])
        #expect(try errors(prisoner: "name: X\ncountry: Yemen\nstatus: released\n\"status\": imprisoned") == [
            "content/prisoners/x.md:5:1: error: duplicate key \"status\"; each key may appear once [E019 duplicate-key]",
        ])
    }

    @Test func strMakesNullText() throws {
        let root = try #require(try YAMLDocument.parse("""
            title: !!str null
            tilde: !!str ~
            verbatim: !<tag:yaml.org,2002:str> NULL
            nonSpecific: ! null
            plain: null
            nulled: !!null ""
            """).get())
        var reader = FieldReader(file: "t.yml", lineOffset: 0)
        let keys = ["title", "tilde", "verbatim", "nonSpecific", "plain", "nulled"]
        let found = reader.fields(of: root, allowed: keys, what: "a test")
        let fields = try #require(found)
        #expect(reader.string("title", in: fields, required: true, what: "a test") == "null")
        #expect(reader.string("tilde", in: fields, required: true, what: "a test") == "~")
        #expect(reader.string("verbatim", in: fields, required: true, what: "a test") == "NULL")
        #expect(reader.string("nonSpecific", in: fields, required: true, what: "a test") == "null")
        #expect(reader.optional("plain", in: fields) == nil)
        #expect(reader.optional("nulled", in: fields) == nil)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        #expect(try errors(prisoner: "name: !!str null\ncountry: Azerbaijan\nprofession: !!str ~\nstatus: imprisoned").isEmpty)
    }

    @Test func coreTagsAreCheckedAgainstTheirValues() {
        for yaml in ["a: !!int 7", "a: !!int 0x1F", "a: !!int -12", "a: !!int 0o17", "a: !!float 1.5", "a: !!float -.inf", "a: !!float .NaN",
                     "a: !!float 2e3", "a: !!bool true", "a: !!bool FALSE", "a: !!null", "a: !!null ~", "a: !!seq [b]",
                     "a: !!map {b: c}", "!!map {a: b}", "a: !!str b"] {
            #expect(problem(yaml) == nil, "refused: \(yaml)")
        }
        let refused: [(String, String)] = [
            ("a: !!int seven", "the value tagged !!int must be an integer, not \"seven\""),
            ("a: !!int 1.5", "the value tagged !!int must be an integer, not \"1.5\""),
            ("a: !!float many", "the value tagged !!float must be a number, not \"many\""),
            ("a: !!bool yes", "the value tagged !!bool must be true or false, not \"yes\""),
            ("a: !!null x", "the value tagged !!null must be empty, ~ or null, not \"x\""),
            ("a: !!seq b", "the value tagged !!seq must be a list, not a single value"),
            ("a: !!map [b]", "the value tagged !!map must be a mapping, not a list"),
            ("a: !!str [b]", "the value tagged !!str must be text, not a list"),
        ]
        for (yaml, message) in refused {
            let found = problem(yaml)
            #expect(found?.message == message, "\(yaml): \(found?.message ?? "accepted")")
            #expect(found.map { [$0.line, $0.column] } == [1, 4], "\(yaml)")
        }
    }

    @Test func everyOtherTagIsRefusedWhereItIsWritten() {
        for (yaml, tag) in [("a: !x b", "!x"), ("a: !!binary aGk=", "!!binary"), ("a: !!timestamp 2001-12-14", "!!timestamp"),
                            ("a: !<tag:example.com,2000:x> b", "!<tag:example.com,2000:x>"), ("a: !!set {b}", "!!set"),
                            ("a:\n  - !local [b]", "!local")] {
            let found = problem(yaml)
            #expect(found?.message.hasPrefix("the tag \"\(tag)\" is not allowed in front matter") == true, "\(yaml): \(found?.message ?? "accepted")")
            #expect(found?.column == (yaml.hasPrefix("a:\n") ? 5 : 4), "\(yaml)")
        }
    }
}
