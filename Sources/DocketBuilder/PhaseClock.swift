import Foundation

/// With `DOCKET_TIMING=1`, prints how long each phase of a build took (and the peak memory
/// so far) to standard error, for profiling; the build's output is the same either way.
struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["DOCKET_TIMING"] == "1"
    private var last = DispatchTime.now()
    private var lastCPU = PhaseClock.cpuSeconds()

    /// User and system time of the whole process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = usage.ru_maxrss / 1024
        let cpu = Self.cpuSeconds()
        let line = "\(phase): \(String(format: "%.3f", seconds)) s, CPU \(String(format: "%.3f", cpu - lastCPU)) s, peak memory so far \(peak) MB\n"
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastCPU = cpu
    }
}
