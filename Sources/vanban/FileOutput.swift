import Foundation
import VanBan

/// Writes output files the safe way: never over an existing file unless asked, and atomically,
/// so an interrupted write leaves either the old file or the new one, never half of one.
enum FileOutput {
    /// Writes `data` to `path`. Without `overwrite`, an existing file is an error (`VB201`).
    /// With it, the new file keeps the mode and owner of the one it replaces. Every failure
    /// (disk full, permission denied …) is VB204, and the temporary file is removed on every
    /// path, including SIGINT and SIGTERM once `TemporaryFileCleanup.install()` has run.
    static func write(_ data: Data, to path: String, overwrite: Bool) throws(Diagnostic) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).vanban-\(UUID().uuidString).tmp").path
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(CommandMessage.outputExists(path))
        }
        func failure(_ code: Int32) -> Diagnostic { Diagnostic(Message.cannotWrite(file: path, FileProblem(errno: code))) }
        var existing = stat()
        // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written into, never replaced:
        // renaming a temporary file over it would put a plain file where the device was.
        if stat(path, &existing) == 0, (existing.st_mode & S_IFMT) != S_IFREG {
            guard (existing.st_mode & S_IFMT) != S_IFDIR else { throw Diagnostic(Message.cannotWrite(file: path, .notAFile)) }
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(errno) }
            defer { close(descriptor) }
            if let error = StandardStreams.writeAll(data, to: descriptor) { throw failure(error) }
            return
        }
        let replacing = overwrite && stat(path, &existing) == 0 && (existing.st_mode & S_IFMT) == S_IFREG
        let cleanupSlot = TemporaryFileCleanup.arm(temporary)
        defer {
            unlink(temporary)
            TemporaryFileCleanup.disarm(cleanupSlot)
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, replacing ? existing.st_mode & 0o777 : 0o666)
        guard descriptor >= 0 else { throw failure(errno) }
        if let error = StandardStreams.writeAll(data, to: descriptor) {
            close(descriptor)
            throw failure(error)
        }
        if replacing {
            // open() applied the umask; give back the exact mode, and the owner where allowed.
            fchmod(descriptor, existing.st_mode & 0o7777)
            if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 { fchmod(descriptor, existing.st_mode & 0o777) }
        }
        // Data must be on disk before the rename makes it the file: a full disk shows here too.
        if fsync(descriptor) != 0, errno != EINVAL {
            let error = errno
            close(descriptor)
            throw failure(error)
        }
        guard close(descriptor) == 0 else { throw failure(errno) }
        if overwrite {
            guard rename(temporary, path) == 0 else { throw failure(errno) }
        } else {
            // link(2) refuses an existing name, so a file that appeared since the check above is not clobbered.
            if link(temporary, path) != 0 {
                let error = errno
                if error == EEXIST { throw Diagnostic(CommandMessage.outputExists(path)) }
                // Some file systems (FAT on a USB stick, some network shares) have no hard links:
                // check once more and rename, which is still atomic for the file's content.
                guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(error) else { throw failure(error) }
                if FileManager.default.fileExists(atPath: path) { throw Diagnostic(CommandMessage.outputExists(path)) }
                guard rename(temporary, path) == 0 else { throw failure(errno) }
            }
        }
    }
}
