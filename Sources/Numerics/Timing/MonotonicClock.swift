#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The package's one clock: monotonic wall-clock seconds for time budgets and
/// benchmarks, and the calling thread's CPU seconds for benchmarks on shared
/// machines.
///
/// Readings are only meaningful as differences.
public enum MonotonicClock {
    /// Seconds on the monotonic clock (`CLOCK_MONOTONIC`), unaffected by
    /// changes of the system time.
    public static func seconds() -> Double {
        read(CLOCK_MONOTONIC)
    }

    /// CPU seconds consumed by the calling thread (`CLOCK_THREAD_CPUTIME_ID`):
    /// excludes the time the thread was descheduled by other load.
    public static func threadCPUSeconds() -> Double {
        read(CLOCK_THREAD_CPUTIME_ID)
    }

    private static func read(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
