import Foundation
import ProcessKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program in a process group of its own, so a time limit can stop it and every child
/// it started (LibreOffice's launcher forks the real office process). The program inherits no
/// descriptor of ours but its output log: an office process left behind must not hold a server's
/// sockets or another run's pipes.
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
        let child: ChildProcess
        do {
            child = try ChildProcess.start(executable, arguments, stdout: .file(log.path), stderr: .standardOutput, ownGroup: true)
        } catch {
            throw RunError(reason: error.reason)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let outcome = child.outcome {
                // Anything the launcher left behind in the group goes too.
                child.kill(SIGKILL, group: true)
                switch outcome {
                case .exited(let code): return .exited(code)
                case .signalled(let signal): return .signalled(signal)
                }
            }
            if Date() >= deadline {
                child.kill(SIGKILL, group: true)
                child.wait()
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
