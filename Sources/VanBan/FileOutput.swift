import Foundation

/// Writes output files the safe way: never over an existing file unless asked, and atomically,
/// so an interrupted write leaves either the old file or the new one, never half of one.
public enum FileOutput {
    /// Writes `data` to `path`. Without `overwrite`, an existing file is an error (`VB201`).
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws(Diagnostic) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).vanban-\(UUID().uuidString).tmp")
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(.error, .outputExists, [path])
        }
        do {
            try data.write(to: temporary)
        } catch {
            throw Diagnostic(.error, .cannotWrite, [path, describe(error)])
        }
        defer { unlink(temporary.path) }
        if overwrite {
            guard rename(temporary.path, target.path) == 0 else {
                throw Diagnostic(.error, .cannotWrite, [path, String(cString: strerror(errno))])
            }
        } else {
            // link(2) refuses an existing name, so a file that appeared since the check above is not clobbered.
            if link(temporary.path, target.path) != 0 {
                let failure = errno
                if failure == EEXIST { throw Diagnostic(.error, .outputExists, [path]) }
                // Some file systems (FAT on a USB stick, some network shares) have no hard links:
                // check once more and rename, which is still atomic for the file's content.
                guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(failure) else {
                    throw Diagnostic(.error, .cannotWrite, [path, String(cString: strerror(failure))])
                }
                if FileManager.default.fileExists(atPath: path) { throw Diagnostic(.error, .outputExists, [path]) }
                guard rename(temporary.path, target.path) == 0 else {
                    throw Diagnostic(.error, .cannotWrite, [path, String(cString: strerror(errno))])
                }
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
