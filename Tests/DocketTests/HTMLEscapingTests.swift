import Foundation
import Testing
import DocketModel
@testable import Templates

@Suite struct HTMLEscapingTests {
    @Test func escapesInterpolatedStrings() {
        let name = "<script>alert('x')</script> & \"friends\""
        let html: HTML = "<h1 title=\"\(name)\">\(name)</h1>"
        #expect(html.rendered == "<h1 title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;</h1>")
    }

    @Test func keepsHTMLAsIsAndEscapesOtherValues() {
        let inner: HTML = "<em>\("a<b")</em>"
        let count = 3
        let html: HTML = "<p>\(inner) \(count)</p>"
        #expect(html.rendered == "<p><em>a&lt;b</em> 3</p>")
    }

    /// Raw markup enters an `HTML` value through `HTML(trustedMarkup:)` and nowhere else:
    /// literals are `StaticString`s (a value made at run time cannot pass for one), only
    /// HTML.swift can touch the bytes, and every other way in that takes text escapes it.
    /// Fails when a second door appears in HTML.swift or a `trustedMarkup` door anywhere else.
    @Test func trustedMarkupIsTheOnlyRawDoor() throws {
        #expect(HTML(trustedMarkup: "<p>x</p>").rendered == "<p>x</p>")
        let optional: String? = "<x>"
        let html: HTML = "\(optional)"
        #expect(html.rendered == "&lt;x&gt;")
        #expect(HTML.StringLiteralType.self == StaticString.self)
        #expect(HTML.Interpolation.StringLiteralType.self == StaticString.self)

        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: root.appendingPathComponent("templates/Core/HTML.swift"), encoding: .utf8)
        // The bytes: read by anyone, written only in this file.
        let storage = source.split(separator: "\n").filter { $0.contains("var bytes") }
        #expect(storage.count == 2)
        for line in storage {
            #expect(line.contains("private(set) var bytes") || line.contains("fileprivate var bytes"), "\(line)")
        }
        // Every initializer and function of HTML.swift that takes text or bytes either is the
        // door or escapes what it takes.
        let textTypes = ["String", "Substring", "[UInt8]", "Character", "UnsafeBufferPointer", "UnsafeRawBufferPointer", "ArraySlice"]
        var doors: [String] = []
        for declaration in Self.declarations(in: source) {
            let takesText = declaration.parameters.contains { parameter in
                textTypes.contains { type in parameter.type == type || parameter.type == type + "?" || parameter.type.hasPrefix(type + "<") }
            }
            guard takesText else { continue }
            if declaration.parameters.first?.label == "trustedMarkup" {
                doors.append(declaration.name)
            } else {
                #expect(declaration.body.contains("ByteEscaping.append") || declaration.body.contains("escapeText"),
                        "\(declaration.name)(\(declaration.parameters.map(\.label))) takes text without escaping it")
            }
        }
        #expect(doors == ["init", "init"])  // `HTML(trustedMarkup:)`, for a String and for bytes
        // And no other file declares one.
        for folder in ["Sources", "templates", "Fuzz"] {
            let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            for file in files where !(folder == "templates" && file == "Core/HTML.swift") {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
                #expect(!text.contains("init(trustedMarkup"), "\(folder)/\(file) declares a second door")
                #expect(!text.contains("init(unsafe") && !text.contains("appendRaw"), "\(folder)/\(file)")
            }
        }
    }

    struct Declaration {
        var name: String
        var parameters: [(label: String, type: String)]
        var body: String
    }

    /// The `init`s and `func`s of a Swift source, with their parameters and bodies (enough
    /// of Swift's grammar for HTML.swift: balanced parentheses and braces).
    static func declarations(in source: String) -> [Declaration] {
        let characters = Array(source)
        var found: [Declaration] = []
        var index = 0
        func matching(_ open: Character, _ close: Character, from start: Int) -> Int {
            var depth = 0
            var position = start
            while position < characters.count {
                if characters[position] == open { depth += 1 }
                if characters[position] == close { depth -= 1; if depth == 0 { return position } }
                position += 1
            }
            return characters.count - 1
        }
        while index < characters.count {
            let rest = String(characters[index..<min(characters.count, index + 6)])
            guard rest.hasPrefix("init(") || rest.hasPrefix("init?(") || rest.hasPrefix("func ") else { index += 1; continue }
            let before = index > 0 ? characters[index - 1] : " "
            guard before == " " || before == "\n" else { index += 1; continue }
            guard let open = characters[index...].firstIndex(of: "(") else { break }
            let name = String(characters[index..<open]).replacingOccurrences(of: "func ", with: "").replacingOccurrences(of: "?", with: "")
            let close = matching("(", ")", from: open)
            let list = String(characters[(open + 1)..<close])
            var parameters: [(String, String)] = []
            var depth = 0
            var current = ""
            for character in list + "," {
                if "<([".contains(character) { depth += 1 }
                if ">)]".contains(character) { depth -= 1 }
                if character == ",", depth == 0 {
                    let parts = current.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    if parts.count == 2 {
                        let label = String(parts[0].split(separator: " ").first ?? "")
                        let type = parts[1].split(separator: "=").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                        parameters.append((label, type.replacingOccurrences(of: "inout ", with: "")))
                    }
                    current = ""
                } else {
                    current.append(character)
                }
            }
            var bodyText = ""
            if let brace = characters[close...].firstIndex(of: "{") {
                let end = matching("{", "}", from: brace)
                bodyText = String(characters[brace...end])
            }
            found.append(Declaration(name: name, parameters: parameters, body: bodyText))
            index = close + 1
        }
        return found
    }
}

/// Links written from their parts are the links written from text.
@Suite struct PagePathTests {
    @Test func partsWriteWhatTheTextWould() {
        for base in ["https://example.org/", "https://example.org/monitor/", "https://example.org/a&b\"c/"] {
            let urls = SiteURLs(config: SiteConfig(title: "T", baseURL: base, language: "en", description: ""))
            for slug in ["ana-maria", "x"] {
                #expect(urls.prisonerPath(slug).description == urls.prisoner(slug))
                #expect(urls.articlePath(slug).description == urls.article(slug))
                let fromParts: HTML = "<a href=\"\(urls.prisonerPath(slug))\">"
                let fromText: HTML = "<a href=\"\(urls.prisoner(slug))\">"
                #expect(fromParts == fromText)
                #expect(fromParts.rendered.hasSuffix("prisoners/\(slug)/\">"))
            }
        }
    }
}
