import ArgumentParser
import Foundation
import VanBan
import VanBanStore
import VanBanStoreSQLite

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite register to a backup file, safely while the workbench runs.",
        discussion: """
            Uses SQLite's online backup: servers and clerks may go on issuing numbers meanwhile; \
            the copy holds one consistent moment. The copy is written to a temporary file, checked, \
            then renamed, so FILE is never half written. For a PostgreSQL database, use pg_dump \
            (the command is printed).

            Examples:
              vanban backup -o /var/backups/vanban/vanban-$(date +%F).db --database /var/lib/vanban/vanban.db
              vanban backup -o vanban-copy.db --force
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The backup file to write.", valueName: "FILE"))
    var output: String

    @Flag(name: .long, help: "Replace FILE if it exists.")
    var force = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        try console.runStore {
            let address: DatabaseAddress
            do {
                address = try DatabaseAddress.resolve(store.database)
            } catch let error as RegisterAddressError {
                throw Diagnostic(RegisterMessage.badAddress(address: error.text))
            }
            guard case let .sqlite(source) = address else {
                let quoted = Self.shellQuoted(output)
                throw Diagnostic(CommandMessage.backupPostgres(command: "pg_dump --format=custom --file=\(quoted) '\(address.description)'"))
            }
            if !force, FileManager.default.fileExists(atPath: output) { throw Diagnostic(CommandMessage.outputExists(output)) }
            let summary = try Self.backup(source, to: output, overwrite: force)
            console.say(Diagnostic(CommandMessage.backupWritten(path: output, entries: summary.entries, drafts: summary.drafts)))
        }
    }

    /// Backs up into a temporary file beside `path`, then moves it into place: link(2) when not
    /// overwriting (refuses a file that appeared meanwhile), rename(2) otherwise.
    static func backup(_ source: String, to path: String, overwrite: Bool) throws -> SQLiteBackup.Summary {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).vanban-\(UUID().uuidString).tmp").path
        let cleanupSlot = TemporaryFileCleanup.arm(temporary)
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
            TemporaryFileCleanup.disarm(cleanupSlot)
        }
        let summary = try SQLiteBackup.copy(from: source, to: temporary)
        func failure(_ code: Int32) -> Diagnostic { Diagnostic(Message.cannotWrite(file: path, FileProblem(errno: code))) }
        if overwrite {
            guard rename(temporary, path) == 0 else { throw failure(errno) }
        } else if link(temporary, path) != 0 {
            let error = errno
            if error == EEXIST { throw Diagnostic(CommandMessage.outputExists(path)) }
            // File systems without hard links (FAT, some shares): check again and rename.
            guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(error) else { throw failure(error) }
            if FileManager.default.fileExists(atPath: path) { throw Diagnostic(CommandMessage.outputExists(path)) }
            guard rename(temporary, path) == 0 else { throw failure(errno) }
        }
        return summary
    }

    /// A path as one shell word.
    static func shellQuoted(_ text: String) -> String {
        let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_./=:@%+,"))
        if !text.isEmpty, text.unicodeScalars.allSatisfy(plain.contains) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
