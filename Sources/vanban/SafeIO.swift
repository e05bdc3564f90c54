import Foundation
import VanBan

/// Reads inputs within `InputLimits`: a 50 MB limit by default, checked before reading a
/// regular file and while reading a pipe or a device, so `import - < /dev/zero` stops at once.
enum InputFile {
    /// The bytes of a file, or of standard input for "-".
    static func read(_ path: String, limits: InputLimits = .current) throws(Diagnostic) -> Data {
        let name = path == "-" ? "<stdin>" : path
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw Diagnostic(Message.fileUnreadable(file: path, FileProblem(errno: errno)))
            }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw Diagnostic(Message.fileUnreadable(file: path, .notAFile)) }
            if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limits.inputBytes {
                throw Diagnostic(Message.inputTooLarge(name, limit: limits.inputBytes))
            }
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Diagnostic(Message.fileUnreadable(file: name, FileProblem(errno: errno)))
            }
            if count == 0 { return data }
            guard data.count + count <= limits.inputBytes else {
                throw Diagnostic(Message.inputTooLarge(name, limit: limits.inputBytes))
            }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}

/// Writes to standard output and standard error with write(2), so a full disk, a closed pipe
/// or a revoked terminal is an error with a code instead of a trap in FileHandle.
enum StandardStreams {
    /// Writes all of `data` to standard output; fails with VB204 naming the reason.
    static func writeOutput(_ data: Data) throws(Diagnostic) {
        if let failure = writeAll(data, to: STDOUT_FILENO) {
            throw Diagnostic(Message.cannotWrite(file: "<stdout>", FileProblem(errno: failure)))
        }
    }

    /// Writes to standard error; a failure there has nowhere to be reported, so it is dropped.
    static func writeError(_ text: String) {
        _ = writeAll(Data(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte, retrying short writes and EINTR; returns errno on failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { raw -> Int32? in
            guard var pointer = raw.baseAddress else { return nil }
            var left = raw.count
            while left > 0 {
                let written = write(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                left -= written
                pointer += written
            }
            return nil
        }
    }
}
