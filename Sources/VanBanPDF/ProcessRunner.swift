import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program in a process group of its own, so a time limit can stop it and every child
/// it started (LibreOffice's launcher forks the real office process).
enum ProcessRunner {
    /// How a run ended.
    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    /// Runs `executable` with `arguments`, output to `log`; polls every 50 ms, calling `tick`.
    static func run(_ executable: String, _ arguments: [String], log: URL, timeout: TimeInterval,
                    tick: () -> Void = {}) throws(RunError) -> Outcome {
        var fileActions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&fileActions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&fileActions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&fileActions, 1, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &fileActions, &attributes, argv, environ)
        guard status == 0 else { throw RunError(reason: String(cString: strerror(status))) }

        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var waitStatus: Int32 = 0
            let result = waitpid(pid, &waitStatus, WNOHANG)
            if result == pid {
                // Anything the launcher left behind in the group goes too.
                kill(-pid, SIGKILL)
                if waitStatus & 0x7F == 0 { return .exited((waitStatus >> 8) & 0xFF) }
                return .signalled(waitStatus & 0x7F)
            }
            if result < 0, errno != EINTR { return .exited(-1) }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &waitStatus, 0)
                return .timedOut
            }
            tick()
            usleep(50_000)
        }
    }

    /// Why a program could not be started.
    struct RunError: Error { var reason: String }

    /// The full path of an executable: a path as given, else the first match on PATH.
    static func find(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
