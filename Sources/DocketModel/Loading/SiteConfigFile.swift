import Foundation

/// `content/site.yml` alone, for tools that need the settings without loading the site.
public enum SiteConfigFile {
    /// The settings, or nil when the file is missing or has an error.
    public static func read(siteDirectory: URL) -> SiteConfig? {
        let path = "content/site.yml"
        guard let data = FileManager.default.contents(atPath: siteDirectory.appendingPathComponent(path).path) else { return nil }
        return SiteConfigDecoder.decode(bytes: Array(data), path: path).0
    }
}
