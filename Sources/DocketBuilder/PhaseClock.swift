import Foundation

/// With `DOCKET_TIMING=1`, prints how long each phase of a build took (and the peak memory
/// so far) to standard error, for profiling; the build's output is the same either way.
struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["DOCKET_TIMING"] == "1"
    private var last = DispatchTime.now()

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = usage.ru_maxrss / 1024
        FileHandle.standardError.write(Data("\(phase): \(String(format: "%.3f", seconds)) s, peak memory so far \(peak) MB\n".utf8))
        last = now
    }
}
