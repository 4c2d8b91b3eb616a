import Foundation

/// Environment variables that let tests reach paths a normal run cannot choose, read once:
/// `DOCKET_TEST_SWAP=rename` swaps with two renames as where the file system has no
/// `RENAME_EXCHANGE`, `DOCKET_TEST_KILL=between-renames` kills the build between them (see
/// `OutputWriter.swapIn`). Unset, they change nothing.
enum TestSwitches {
    private static let environment = ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("DOCKET_TEST_") }

    static func value(_ name: String) -> String? { environment[name] }
}
