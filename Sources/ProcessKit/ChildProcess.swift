import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started with `posix_spawn`, inheriting only the descriptors it is given.
///
/// Foundation's `Process` lets a child inherit every descriptor the parent has open without
/// close-on-exec, so a daemon started by one child (a database server, an office process) could
/// keep another child's output pipe open for ever and its reader would never see end of file.
/// Here every child gets standard input, output and error and nothing else.
public final class ChildProcess: @unchecked Sendable {
    /// Where one of the child's standard streams goes.
    public enum Stream: Sendable {
        /// `/dev/null`.
        case null
        /// A file, created or truncated.
        case file(String)
        /// A descriptor of ours (duplicated into the child; we keep ours).
        case descriptor(Int32)
        /// Wherever standard output goes (for standard error only).
        case standardOutput
    }

    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Why a program could not be started.
    public struct StartError: Error, CustomStringConvertible {
        public var executable: String
        public var reason: String
        public var description: String { "cannot start \(executable): \(reason)" }
    }

    /// The child's process id (also its process group when started with `ownGroup`).
    public let processIdentifier: pid_t
    private let lock = NSLock()
    private var finished: Outcome?

    private init(pid: pid_t) { processIdentifier = pid }

    /// Starts `executable` (a path) with `arguments`.
    /// - Parameters:
    ///   - environment: the child's whole environment; nil keeps ours.
    ///   - directory: the child's working folder; nil keeps ours.
    ///   - ownGroup: start a process group of its own, so `kill(group:)` stops its children too.
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             directory: String? = nil, stdin: Stream = .null, stdout: Stream = .null,
                             stderr: Stream = .null, ownGroup: Bool = false) throws(StartError) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .null: posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, target, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .descriptor(let fd): posix_spawn_file_actions_adddup2(&actions, fd, target)
            case .standardOutput: posix_spawn_file_actions_adddup2(&actions, 1, target)
            }
        }
        if let directory, SpawnExtensions.addChdir(&actions, directory) != 0 {
            throw StartError(executable: executable, reason: "cannot change to \(directory)")
        }
        SpawnExtensions.closeFrom(&actions, 3)
        var flags = Int16(0)
        if ownGroup {
            flags |= Int16(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        // A child starts with default signal handling, whatever we ignore or block.
        var defaults = sigset_t(), empty = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        flags |= Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK)
        posix_spawnattr_setflags(&attributes, flags)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { variables.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, variables)
        guard status == 0 else { throw StartError(executable: executable, reason: String(cString: strerror(status))) }
        return ChildProcess(pid: pid)
    }

    /// The outcome if the child has ended, without waiting.
    public var outcome: Outcome? {
        lock.lock()
        defer { lock.unlock() }
        if let finished { return finished }
        var status: Int32 = 0
        let result = waitpid(processIdentifier, &status, WNOHANG)
        guard result == processIdentifier else { return nil }
        finished = Self.outcome(of: status)
        return finished
    }

    /// Whether the child is still running.
    public var isRunning: Bool { outcome == nil }

    /// Waits until the child ends, or until `timeout` seconds have passed (then nil).
    @discardableResult
    public func wait(timeout: TimeInterval? = nil) -> Outcome? {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var pause: useconds_t = 1_000
        while true {
            if let outcome { return outcome }
            if let deadline, Date() >= deadline { return nil }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
    }

    /// Sends `signal` to the child (and to its group when it has one of its own).
    public func kill(_ signal: Int32 = SIGKILL, group: Bool = false) {
        guard outcome == nil else { return }
        _ = Glibc.kill(group ? -processIdentifier : processIdentifier, signal)
    }

    /// The exit status, or 128 + the signal number, as a shell reports it.
    public static func status(of outcome: Outcome) -> Int32 {
        switch outcome {
        case .exited(let code): code
        case .signalled(let signal): 128 + signal
        }
    }

    private static func outcome(of status: Int32) -> Outcome {
        status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
    }
}
