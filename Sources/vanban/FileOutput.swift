import Foundation
import VanBan

/// Writes output files the safe way: never over an existing file unless asked, and atomically,
/// so an interrupted write leaves either the old file or the new one, never half of one.
enum FileOutput {
    /// Writes `data` to `path`. Without `overwrite`, an existing file is an error (`VB201`).
    static func write(_ data: Data, to path: String, overwrite: Bool) throws(Diagnostic) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).vanban-\(UUID().uuidString).tmp")
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(CommandMessage.outputExists(path))
        }
        do {
            try data.write(to: temporary)
        } catch {
            throw Diagnostic(Message.cannotWrite(file: path, FileProblem(error)))
        }
        defer { unlink(temporary.path) }
        if overwrite {
            guard rename(temporary.path, target.path) == 0 else {
                throw Diagnostic(Message.cannotWrite(file: path, FileProblem(errno: errno)))
            }
        } else {
            // link(2) refuses an existing name, so a file that appeared since the check above is not clobbered.
            if link(temporary.path, target.path) != 0 {
                let failure = errno
                if failure == EEXIST { throw Diagnostic(CommandMessage.outputExists(path)) }
                // Some file systems (FAT on a USB stick, some network shares) have no hard links:
                // check once more and rename, which is still atomic for the file's content.
                guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(failure) else {
                    throw Diagnostic(Message.cannotWrite(file: path, FileProblem(errno: failure)))
                }
                if FileManager.default.fileExists(atPath: path) { throw Diagnostic(CommandMessage.outputExists(path)) }
                guard rename(temporary.path, target.path) == 0 else {
                    throw Diagnostic(Message.cannotWrite(file: path, FileProblem(errno: errno)))
                }
            }
        }
    }
}
