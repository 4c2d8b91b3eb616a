import Foundation

/// With `DOCKET_TIMING=1`, prints how long each phase of a build took (wall and CPU time, and
/// the peak memory so far) to standard error, for profiling; the output is the same either way.
struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["DOCKET_TIMING"] == "1"
    private var last = DispatchTime.now()
    private var lastCPU = PhaseClock.cpuSeconds(PhaseClock.usage())

    private static func usage() -> rusage {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage
    }

    /// User and system time of the whole process so far.
    private static func cpuSeconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        let usage = Self.usage()
        let peak = usage.ru_maxrss / 1024
        let cpu = Self.cpuSeconds(usage)
        let line = "\(phase): \(String(format: "%.3f", seconds)) s, CPU \(String(format: "%.3f", cpu - lastCPU)) s, peak memory so far \(peak) MB\n"
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastCPU = cpu
    }
}
