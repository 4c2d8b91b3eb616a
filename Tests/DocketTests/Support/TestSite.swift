import Foundation
@testable import DocketBuilder
@testable import DocketModel

/// A small site in a temporary folder, removed when the value is released.
final class TestSite {
    let root: URL

    static let siteYML = """
    title: Test Monitor
    base_url: https://example.org/
    language: en
    description: A monitor for tests.
    """

    init(siteYML: String = TestSite.siteYML) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("docket-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/prisoners"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
        try write("content/site.yml", siteYML)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func prisoner(_ slug: String, _ frontMatter: String, body: String = "A biography.") throws {
        try write("content/prisoners/\(slug).md", "---\n\(frontMatter)\n---\n\(body)\n")
    }

    func article(_ slug: String, _ frontMatter: String, body: String = "A report.") throws {
        try write("content/articles/\(slug).md", "---\n\(frontMatter)\n---\n\(body)\n")
    }

    func load(includeDrafts: Bool = false) -> SiteLoader.Outcome {
        SiteLoader(siteDirectory: root).load(includeDrafts: includeDrafts)
    }

    var output: URL { root.appendingPathComponent("public") }

    @discardableResult
    func build(asOf: String = "2016-01-15", includeDrafts: Bool = false, output: URL? = nil) throws -> SiteBuilder.Report {
        let options = SiteBuilder.Options(siteDirectory: root, outputDirectory: output ?? self.output,
                                          asOf: try PartialDate(parsing: asOf), includeDrafts: includeDrafts)
        return try SiteBuilder(options: options).build()
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file under the output folder with its bytes, by relative path.
    func outputTree(_ folder: URL? = nil) -> [String: Data] {
        let base = folder ?? output
        var tree: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return tree }
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                let relative = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
                tree[relative] = try? Data(contentsOf: url)
            }
        }
        return tree
    }
}

/// The rendered diagnostics, one per line, for exact comparisons.
func rendered(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.description) }

/// The values of the named attributes (`href`, `src`) in a page, in order.
func attributeValues(_ text: String, names: [String]) -> [String] {
    var found: [String] = []
    for name in names {
        var rest = text[...]
        while let start = rest.range(of: " \(name)=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            found.append(String(rest[..<end]))
            rest = rest[end...]
        }
    }
    return found
}
