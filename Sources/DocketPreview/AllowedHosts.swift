import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Host:` values the preview answers: its own names, with its port or without one. Any
/// other name is refused, however the request reached the server: a web page elsewhere whose
/// name an attacker points at 127.0.0.1 (DNS rebinding) would otherwise read drafts and
/// embargoed reports through the editor's browser.
///
/// The names are `127.0.0.1`, `localhost` and `[::1]`, and the address given with `--host`.
/// Bound to every address (`0.0.0.0` or `::`), the preview also answers any IP address
/// written as such (`192.168.1.20`, `[fe80::1]`): no one can point an address at another
/// machine, only a name.
struct AllowedHosts: Sendable {
    let port: UInt16
    private let names: Set<String>
    private let anyAddress: Bool

    init(boundTo host: String, port: UInt16) {
        self.port = port
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        let host = host.lowercased()
        names.insert(host.contains(":") ? "[\(host)]" : host)
        self.names = names
        anyAddress = host == "0.0.0.0" || host == "::"
    }

    /// The names to list when refusing a request.
    var description: String {
        let names = names.sorted().joined(separator: ", ")
        return anyAddress ? names + " or an IP address" : names
    }

    /// Whether `value` (a `Host:` field) is one of the preview's names, with its port or none.
    func allows(_ value: String) -> Bool {
        let value = value.lowercased()
        let name: Substring
        let portText: Substring?
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return false }
            name = value[...close]
            let rest = value[value.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return false }
            portText = rest.isEmpty ? nil : rest.dropFirst()
        } else {
            let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            name = parts[0]
            portText = parts.count > 1 ? parts[1] : nil
        }
        if let portText {
            guard !portText.isEmpty, portText.allSatisfy(\.isASCIIDigit), UInt16(portText) == port else { return false }
        }
        return names.contains(String(name)) || (anyAddress && Self.isAddress(name))
    }

    /// An IPv4 address in dotted decimal, or an IPv6 address in brackets.
    private static func isAddress(_ name: Substring) -> Bool {
        var storage = in6_addr()
        if name.hasPrefix("[") && name.hasSuffix("]") {
            return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &storage) == 1
        }
        return inet_pton(AF_INET, String(name), &storage) == 1
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
