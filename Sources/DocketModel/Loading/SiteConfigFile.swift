import Foundation

/// `content/site.yml` alone, for tools that need the settings without loading the site.
public enum SiteConfigFile {
    /// The settings, or nil when the file is missing or has an error.
    public static func read(siteDirectory: URL) -> SiteConfig? {
        let path = "content/site.yml"
        // Read as a build reads it: a named pipe there is refused, never waited on.
        guard case .bytes(let bytes) = ContentFileRead.read(siteDirectory.appendingPathComponent(path).path) else { return nil }
        return SiteConfigDecoder.decode(bytes: bytes, path: path, catalogFiles: CatalogFiles.codes(siteDirectory: siteDirectory)).0
    }
}
