import Foundation
import GRDB
import VanBanStore

/// Drafts, users and sessions in the SQLite file (schema version 2).
extension SQLiteRegisterStore: WorkbenchStore {
    private static let draftColumns = "id, title, content, version, updated_at, updated_by, entry_id"

    private static func draft(_ row: Row) -> Draft {
        Draft(id: row["id"], title: row["title"], content: row["content"], version: row["version"],
              updatedAt: row["updated_at"], updatedBy: row["updated_by"], entryID: row["entry_id"])
    }

    /// Runs a GRDB call and turns its errors into register errors.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw map(error) }
    }

    public func drafts() async throws -> [Draft] {
        try guarded { try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.draftColumns) FROM draft ORDER BY updated_at DESC, id DESC").map(Self.draft)
        } }
    }

    public func draft(id: Int64) async throws -> Draft? {
        try guarded { try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.draftColumns) FROM draft WHERE id = ?", arguments: [id]).map(Self.draft)
        } }
    }

    public func createDraft(title: String, content: String, author: String) async throws -> Draft {
        let now = DateText.timestamp()
        return try guarded { try queue.write { db in
            try db.execute(sql: "INSERT INTO draft (title, content, version, updated_at, updated_by) VALUES (?, ?, 1, ?, ?)",
                           arguments: [title, content, now, author])
            return Draft(id: db.lastInsertedRowID, title: title, content: content, version: 1, updatedAt: now, updatedBy: author)
        } }
    }

    public func saveDraft(id: Int64, title: String, content: String, expectedVersion: Int, author: String) async throws -> Draft {
        let now = DateText.timestamp()
        let outcome: Result<Draft, DraftError> = try guarded { try queue.write { db in
            // One conditional UPDATE: the version check and the write cannot be split by another save.
            try db.execute(sql: """
                UPDATE draft SET title = ?, content = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ? AND entry_id IS NULL
                """, arguments: [title, content, now, author, id, expectedVersion])
            let found = try Row.fetchOne(db, sql: "SELECT \(Self.draftColumns) FROM draft WHERE id = ?", arguments: [id]).map(Self.draft)
            if db.changesCount == 0 { return .failure(DraftError.afterFailedSave(id: id, found: found)) }
            return .success(found!)
        } }
        return try outcome.get()
    }

    public func markIssued(draftID: Int64, entryID: Int64) async throws {
        try guarded { try queue.write { db in
            try db.execute(sql: "UPDATE draft SET entry_id = ? WHERE id = ?", arguments: [entryID, draftID])
        } }
    }

    public func putUser(_ user: WorkbenchUser) async throws {
        try guarded { try queue.write { db in
            try db.execute(sql: """
                INSERT INTO workbench_user (name, role, password_hash) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                """, arguments: [user.name, user.role.rawValue, user.passwordHash])
        } }
    }

    public func user(named name: String) async throws -> WorkbenchUser? {
        try guarded { try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT name, role, password_hash FROM workbench_user WHERE name = ?", arguments: [name]).flatMap { row in
                WorkbenchRole(rawValue: row["role"]).map { WorkbenchUser(name: row["name"], role: $0, passwordHash: row["password_hash"]) }
            }
        } }
    }

    public func userCount() async throws -> Int {
        try guarded { try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM workbench_user") ?? 0 } }
    }

    public func createSession(_ session: WorkbenchSession) async throws {
        try guarded { try queue.write { db in
            try db.execute(sql: "DELETE FROM workbench_session WHERE expires_at < ?", arguments: [DateText.timestamp()])
            try db.execute(sql: "INSERT INTO workbench_session (token_hash, user_name, csrf, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [session.tokenHash, session.userName, session.csrf, session.expiresAt])
        } }
    }

    public func session(tokenHash: String) async throws -> WorkbenchSession? {
        let now = DateText.timestamp()
        return try guarded { try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT token_hash, user_name, csrf, expires_at FROM workbench_session WHERE token_hash = ? AND expires_at > ?",
                             arguments: [tokenHash, now]).map {
                WorkbenchSession(tokenHash: $0["token_hash"], userName: $0["user_name"], csrf: $0["csrf"], expiresAt: $0["expires_at"])
            }
        } }
    }

    public func deleteSession(tokenHash: String) async throws {
        try guarded { try queue.write { db in
            try db.execute(sql: "DELETE FROM workbench_session WHERE token_hash = ?", arguments: [tokenHash])
        } }
    }
}
