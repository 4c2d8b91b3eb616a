import FlyingFox
import FlyingSocks
import Foundation

/// The body of `/__docket/events`: a server-sent event stream that sends the build generation at
/// once and again whenever it changes, and a comment now and then so dead connections are noticed.
/// It ends when the server stops.
struct ReloadEvents: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let site: PreviewSite
    let isStopping: @Sendable () -> Bool
    /// A name for this run of the server, so a page from an earlier run reloads too.
    let runID: String

    func makeAsyncIterator() -> Iterator {
        Iterator(events: self)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        let events: ReloadEvents
        var sent: Int?
        var quietSince = Date()

        mutating func next() async throws -> UInt8? {
            fatalError("call nextBuffer(suggested:)")
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            while true {
                if events.isStopping() || Task.isCancelled { return nil }
                let generation = events.site.generation
                if generation != sent {
                    let first = sent == nil
                    sent = generation
                    quietSince = Date()
                    return Array(((first ? "retry: 1000\n" : "") + "data: \(events.runID)-\(generation)\n\n").utf8)
                }
                if Date().timeIntervalSince(quietSince) > 15 {
                    quietSince = Date()
                    return Array(": still here\n\n".utf8)
                }
                try await Task.sleep(nanoseconds: 100_000_000)
            }
        }
    }
}
