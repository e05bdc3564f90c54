import Foundation
import Synchronization

/// Removes the temporary files of writes in progress when the process is stopped by SIGINT,
/// SIGTERM or SIGHUP, then dies of the same signal. A batch writes on every core at once, so
/// there is one slot per write in flight; the paths live in buffers allocated once, and the
/// handler only reads them and calls unlink, signal and raise, which are async-signal-safe.
enum TemporaryFileCleanup {
    /// Writes in flight that can be cleaned up; a write beyond them is simply not armed.
    static let slots = 64
    private static let capacity = Int(PATH_MAX) + 1
    nonisolated(unsafe) private static var buffers: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var armed: UnsafeMutablePointer<sig_atomic_t>?
    /// Which slots a write holds; taken and given back under the lock, never in the handler.
    private static let taken = Mutex([Bool](repeating: false, count: slots))

    /// Installs the handlers and ignores SIGPIPE and SIGXFSZ, so that writing to a closed pipe returns EPIPE
    /// (reported with a code) instead of killing the process silently. Call once at start.
    static func install() {
        if buffers == nil {
            buffers = .allocate(capacity: capacity * slots)
            buffers?.initialize(repeating: 0, count: capacity * slots)
            armed = .allocate(capacity: slots)
            armed?.initialize(repeating: 0, count: slots)
        }
        signal(SIGPIPE, SIG_IGN)
        // Passing a file size limit (ulimit -f) then fails the write with EFBIG, reported like a full disk.
        signal(SIGXFSZ, SIG_IGN)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if let armed = TemporaryFileCleanup.armed, let buffers = TemporaryFileCleanup.buffers {
                    for slot in 0..<TemporaryFileCleanup.slots where armed[slot] != 0 {
                        unlink(buffers + slot * TemporaryFileCleanup.capacity)
                    }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Marks a temporary file to remove if a signal arrives before `disarm`; the slot it took
    /// (nil when none is free, the handlers are not installed or the path is too long).
    static func arm(_ path: String) -> Int? {
        guard let buffers, let armed, path.utf8.count < capacity else { return nil }
        let slot: Int? = taken.withLock { taken in
            guard let free = taken.firstIndex(of: false) else { return nil }
            taken[free] = true
            return free
        }
        guard let slot else { return nil }
        _ = path.withCString { strncpy(buffers + slot * capacity, $0, capacity - 1) }
        armed[slot] = 1
        return slot
    }

    /// The temporary file is gone or renamed: nothing to remove any more.
    static func disarm(_ slot: Int?) {
        guard let slot, let armed else { return }
        armed[slot] = 0
        taken.withLock { $0[slot] = false }
    }
}
