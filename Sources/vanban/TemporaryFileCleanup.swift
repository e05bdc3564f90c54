import Foundation

/// Removes the temporary file of a write in progress when the process is stopped by SIGINT,
/// SIGTERM or SIGHUP, then dies of the same signal. The path lives in a buffer allocated once,
/// and the handler only calls unlink, signal and raise, which are async-signal-safe.
enum TemporaryFileCleanup {
    nonisolated(unsafe) private static var buffer: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var armed: sig_atomic_t = 0
    private static let capacity = Int(PATH_MAX) + 1

    /// Installs the handlers and ignores SIGPIPE and SIGXFSZ, so that writing to a closed pipe returns EPIPE
    /// (reported with a code) instead of killing the process silently. Call once at start.
    static func install() {
        if buffer == nil {
            buffer = .allocate(capacity: capacity)
            buffer?.initialize(repeating: 0, count: capacity)
        }
        signal(SIGPIPE, SIG_IGN)
        // Passing a file size limit (ulimit -f) then fails the write with EFBIG, reported like a full disk.
        signal(SIGXFSZ, SIG_IGN)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if TemporaryFileCleanup.armed != 0, let path = TemporaryFileCleanup.buffer { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Marks a temporary file to remove if a signal arrives before `disarm`.
    static func arm(_ path: String) {
        guard let buffer, path.utf8.count < capacity else { return }
        armed = 0
        _ = path.withCString { strncpy(buffer, $0, capacity - 1) }
        armed = 1
    }

    /// The temporary file is gone or renamed: nothing to remove any more.
    static func disarm() { armed = 0 }
}
