import Foundation
import GRDB
import VanBanStore

/// A copy of a SQLite register made with SQLite's online backup API: it reads one consistent
/// snapshot page by page while servers and clerks go on writing (WAL lets them), so a school
/// can back up without stopping the workbench.
public enum SQLiteBackup {
    /// What a backup holds, counted in the copy itself after it was written.
    public struct Summary: Sendable, Equatable {
        /// Register entries.
        public var entries: Int
        /// Workbench drafts.
        public var drafts: Int
    }

    /// Copies the register at `source` (which must exist; it is never created or migrated) into
    /// a new file at `destination`, leaves the copy in rollback-journal mode (one self-contained
    /// file), checks it with `PRAGMA quick_check` and counts what it holds.
    public static func copy(from source: String, to destination: String, busyTimeout: TimeInterval = 120) throws -> Summary {
        var configuration = Configuration()
        // Not read-only: a reader of a WAL file must be able to create its -shm when no server runs.
        configuration.busyMode = .callback(SQLiteRegisterStore.busyWaiter(timeout: busyTimeout))
        do {
            guard FileManager.default.fileExists(atPath: source) else {
                throw RegisterError.unreachable(address: source, reason: String(cString: strerror(ENOENT)))
            }
            let from = try DatabaseQueue(path: source, configuration: configuration)
            let to = try DatabaseQueue(path: destination)
            try from.backup(to: to)
            // The source's WAL flag travels in the copied header; a backup file should need no -wal beside it.
            try to.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
            let summary = try to.read { db -> Summary in
                let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? ""
                guard check == "ok" else { throw RegisterError.database(address: destination, message: check) }
                func count(_ table: String) throws -> Int {
                    try db.tableExists(table) ? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 : 0
                }
                return Summary(entries: try count("register_entry"), drafts: try count("draft"))
            }
            try to.close()
            try from.close()
            return summary
        } catch let error as DatabaseError {
            let message = error.message ?? error.description
            if error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_PERM {
                throw RegisterError.unreachable(address: source, reason: message)
            }
            throw RegisterError.database(address: source, message: message)
        }
    }
}
