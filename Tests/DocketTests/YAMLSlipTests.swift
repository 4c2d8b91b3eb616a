import Testing
@testable import DocketModel

/// Part 11 of issue 21: the commonest YAML slips get messages that say what to do.
@Suite struct YAMLSlipTests {
    private func errors(_ frontMatter: String) throws -> [String] {
        let site = try TestSite()
        try site.prisoner("x", frontMatter)
        return rendered(site.load().diagnostics)
    }

    private let head = "name: Test Person\ncountry: Azerbaijan\nstatus: detained\n"

    @Test func aColonInAnUnquotedValueSaysToQuoteItAndShowsTheLine() throws {
        #expect(try errors(head + "outlet: Meydan TV: Baku") == [
            "content/prisoners/x.md:5:18: error: YAML: a value that contains \": \" must be put in quotes (else YAML reads a second key); "
                + "write the line as: outlet: \"Meydan TV: Baku\" [E015 yaml-syntax]",
        ])
        // In a list of mappings, with a comment kept outside the quotes and a quote in the value escaped.
        #expect(try errors(head + "sources:\n  - title: The \"Voice\": Baku   # check\n    url: https://example.org/") == [
            "content/prisoners/x.md:6:23: error: YAML: a value that contains \": \" must be put in quotes (else YAML reads a second key); "
                + "write the line as: - title: \"The \\\"Voice\\\": Baku\"  # check [E015 yaml-syntax]",
        ])
    }

    @Test func aListItemFurtherLeftThanTheOneBefore() throws {
        #expect(try errors(head + "charges:\n  - Hooliganism\n - Tax evasion") == [
            "content/prisoners/x.md:7:2: error: YAML: list items must line up under each other: this \"-\" is in column 2, "
                + "the item above it in column 3 [E015 yaml-syntax]",
        ])
        #expect(try errors(head + "sources:\n  - title: A\n    url: https://example.org/a\n   - title: B\n    url: https://example.org/b") == [
            "content/prisoners/x.md:8:4: error: YAML: list items must line up under each other: this \"-\" is in column 4, "
                + "the item above it in column 3 [E015 yaml-syntax]",
        ])
    }

    /// Valid YAML, read as one item "Hooliganism - Tax evasion": refused, since no editor means it.
    @Test func aListItemFurtherRightThanTheOneBefore() throws {
        #expect(try errors(head + "charges:\n  - Hooliganism\n    - Tax evasion") == [
            "content/prisoners/x.md:7:5: error: YAML: list items must line up under each other: this \"-\" is in column 5, "
                + "the item above it in column 3; as it is, YAML reads it as more of the text above [E015 yaml-syntax]",
        ])
        #expect(try errors(head + "profession: Journalist\n  - blogger") == [
            "content/prisoners/x.md:6:3: error: YAML: this \"-\" line is read as more of the text above it, not as a list item; "
                + "a list goes under its key, each item on its own line, the items lined up under each other [E015 yaml-syntax]",
        ])
        // Text that runs over lines is still text, and a hyphen inside it is not an item.
        #expect(try errors(head + "profession: Journalist and\n  blogger - editor\n  -- and poet") == [])
    }

    @Test func aTabThatBreaksIndentationIsTheTabMessage() throws {
        #expect(try errors(head + "charges:\n  - Hooliganism\n\t- Tax evasion") == [
            "content/prisoners/x.md:7:1: error: YAML: a tab cannot indent YAML; use spaces [E015 yaml-syntax]",
        ])
    }

    @Test func otherMisindentedKeysKeepLibyamlsWords() throws {
        #expect(try errors(head + "sentence:\n  term: 5y\n date: 2015-01-01") == [
            "content/prisoners/x.md:7:2: error: YAML: did not find expected key while parsing a block mapping [E015 yaml-syntax]",
        ])
    }
}
