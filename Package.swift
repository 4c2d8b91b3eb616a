// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Docket",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "docket", targets: ["docket"]),
        .executable(name: "docket-corpus", targets: ["docket-corpus"]),
        .library(name: "DocketBuilder", targets: ["DocketBuilder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // A few POSIX calls Swift cannot reach directly (renameat2 for the atomic swap).
        .target(name: "CFileSystem", path: "Sources/CFileSystem"),
        // A per-thread arena allocator for libcmark (no malloc/free per node).
        .target(name: "CMarkdownArena", dependencies: ["CCmark"], path: "Sources/CMarkdownArena"),
        // What every stage shares and none owns: the lock (`Locked`), the thread pool (`Parallel`),
        // escaping text by UTF-8 bytes (`ByteEscaping`, `HTMLTextRule`), the JSON writer (`JSON`),
        // where writers put text (`TextSink`, `ShortText`, `DecimalDigits`), a failed file-system
        // call (`FileSystemError`) and front-matter quoting (`YAMLText`).
        .target(name: "DocketSupport", path: "Sources/DocketSupport"),
        // Interface languages: plural rules, per-language catalogs of interface strings, dates and
        // numbers in English, Azerbaijani and Russian.
        .target(name: "DocketLocalization", dependencies: ["DocketSupport"], path: "Sources/DocketLocalization"),
        // Markdown → safe HTML through libcmark.
        .target(name: "DocketMarkdown", dependencies: ["DocketSupport", "CCmark", "CMarkdownArena"], path: "Sources/DocketMarkdown"),
        // libyaml from Debian's libyaml-dev, found through pkg-config: front matter is composed
        // from its events (`YAMLComposer`).
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The site model: content files → validated prisoners, reports and events.
        .target(
            name: "DocketModel",
            dependencies: ["DocketSupport", "DocketMarkdown", "DocketLocalization", "CLibYAML"],
            path: "Sources/DocketModel"
        ),
        // Page kinds as Swift string templates built on the escaping HTML type.
        .target(name: "Templates", dependencies: ["DocketSupport", "DocketModel", "DocketMarkdown", "DocketLocalization"], path: "templates"),
        // Indexes, rendering every page, and the atomic output tree.
        .target(
            name: "DocketBuilder",
            dependencies: ["DocketSupport", "DocketModel", "Templates", "CFileSystem"],
            path: "Sources/DocketBuilder"
        ),
        // Editors' tools: `docket new` files and slugs, `check` output formats, progress lines.
        .target(name: "DocketEditing", dependencies: ["DocketSupport", "DocketModel", "DocketBuilder"], path: "Sources/DocketEditing"),
        // `docket serve`: the live preview server (FlyingSocks sockets, FlyingFox's request and
        // response types), rebuilding on change.
        .target(
            name: "DocketPreview",
            dependencies: [
                "DocketSupport", "DocketBuilder", "DocketModel", "Templates",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            path: "Sources/DocketPreview"
        ),
        .executableTarget(
            name: "docket",
            dependencies: ["DocketSupport", "DocketBuilder", "DocketEditing", "DocketPreview", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/docket"
        ),
        // libFuzzer target over one page (Fuzz/run); without -DDOCKET_FUZZING it replays inputs.
        .executableTarget(
            name: "docket-fuzz",
            dependencies: ["DocketBuilder", "DocketModel", "Templates"],
            path: "Fuzz/DocketFuzz"
        ),
        // A deterministic synthetic monitor for benchmarks and tests.
        .target(name: "DocketCorpus", dependencies: ["DocketSupport"], path: "Sources/DocketCorpus/Generator"),
        .executableTarget(name: "docket-corpus", dependencies: ["DocketCorpus"], path: "Sources/DocketCorpus/CLI"),
        .testTarget(
            name: "DocketTests",
            dependencies: [
                "DocketSupport", "DocketBuilder", "DocketModel", "DocketMarkdown", "Templates", "DocketEditing", "DocketPreview", "DocketCorpus",
                "DocketLocalization", "CLibYAML",
            ],
            path: "Tests/DocketTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
