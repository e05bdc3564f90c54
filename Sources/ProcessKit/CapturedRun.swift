import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with its output captured, within a time limit.
/// (The first run makes this process ignore SIGPIPE.)
public enum CapturedRun {
    /// What a finished run printed and how it ended.
    public struct Result: Sendable {
        public var outcome: ChildProcess.Outcome
        public var stdout: Data
        public var stderr: Data
        /// The exit status, or 128 + the signal number.
        public var status: Int32 { ChildProcess.status(of: outcome) }
    }

    /// The run did not end in time; it and its process group were killed.
    public struct TimedOut: Error, CustomStringConvertible {
        public var command: String
        public var seconds: TimeInterval
        public var stdout: Data
        public var stderr: Data
        public var description: String {
            "\(command) did not finish within \(Int(seconds)) s and was killed; it had printed:\n"
                + String(decoding: stdout.suffix(2000), as: UTF8.self) + String(decoding: stderr.suffix(2000), as: UTF8.self)
        }
    }

    /// Runs `executable` with `stdin` as its input; kills it (and its group) after `timeout` seconds.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           directory: String? = nil, stdin: Data = Data(), timeout: TimeInterval) throws -> Result {
        // A child that stops reading its input must give us EPIPE, not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let input = try Pipe2(), output = try Pipe2(), errors = try Pipe2()
        let child: ChildProcess
        do {
            child = try ChildProcess.start(executable, arguments, environment: environment, directory: directory,
                                           stdin: .descriptor(input.read), stdout: .descriptor(output.write),
                                           stderr: .descriptor(errors.write), ownGroup: true)
        } catch {
            [input.read, input.write, output.read, output.write, errors.read, errors.write].forEach { close($0) }
            throw error
        }
        close(input.read); close(output.write); close(errors.write)

        let group = DispatchGroup()
        let outBox = DataBox(), errBox = DataBox()
        for (fd, box) in [(output.read, outBox), (errors.read, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = readAll(fd)
                group.leave()
            }
        }
        let writeFD = input.write
        DispatchQueue.global().async {
            // A program that never reads its input must not block us: EPIPE ends the write.
            stdin.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writeFD, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 { if errno == EINTR { continue } else { break } }
                    offset += written
                }
            }
            close(writeFD)
        }

        let deadline = DispatchTime.now() + timeout
        let command = ([executable] + arguments).joined(separator: " ")
        guard let outcome = child.wait(timeout: timeout) else {
            child.kill(SIGKILL, group: true)
            child.wait(timeout: 5)
            _ = group.wait(timeout: .now() + 2)
            throw TimedOut(command: command, seconds: timeout, stdout: outBox.data, stderr: errBox.data)
        }
        // Whatever the program left running in its group holds the pipes no longer than this.
        if group.wait(timeout: max(deadline, .now() + 5)) == .timedOut {
            child.kill(SIGKILL, group: true)
            if group.wait(timeout: .now() + 2) == .timedOut {
                throw TimedOut(command: command + " (its output stayed open after it ended)", seconds: timeout,
                               stdout: outBox.data, stderr: errBox.data)
            }
        }
        return Result(outcome: outcome, stdout: outBox.data, stderr: errBox.data)
    }

    private final class DataBox: @unchecked Sendable { var data = Data() }

    private static func readAll(_ fd: Int32) -> Data {
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[0..<count]) }
            else if count < 0 && errno == EINTR { continue }
            else { return data }
        }
    }
}

/// A pipe whose ends close on exec, so no other child inherits them.
struct Pipe2 {
    let read: Int32
    let write: Int32

    init() throws {
        guard let ends = SpawnExtensions.closeOnExecPipe() else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        read = ends.read
        write = ends.write
    }
}
