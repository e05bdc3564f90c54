import Foundation
import PostgresNIO
import VanBanStore

/// Drafts, users and sessions on the PostgreSQL server (schema version 2), shared by every
/// server instance that uses the database.
extension PostgresRegisterStore: WorkbenchStore {
    private typealias DraftRow = (Int64, String, String, Int, String, String, Int64?)

    private static func draft(_ row: DraftRow) -> Draft {
        Draft(id: row.0, title: row.1, content: row.2, version: row.3, updatedAt: row.4, updatedBy: row.5, entryID: row.6)
    }

    private static func fetchDrafts(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws -> [Draft] {
        var found: [Draft] = []
        for try await row in try await connection.query(query, logger: logger).decode(DraftRow.self) { found.append(draft(row)) }
        return found
    }

    public func drafts() async throws -> [Draft] {
        let logger = logger
        return try await run { connection in
            try await Self.fetchDrafts(connection, "SELECT id, title, content, version, updated_at, updated_by, entry_id FROM draft ORDER BY updated_at DESC, id DESC", logger: logger)
        }
    }

    public func draft(id: Int64) async throws -> Draft? {
        let logger = logger
        return try await run { connection in
            try await Self.fetchDrafts(connection, "SELECT id, title, content, version, updated_at, updated_by, entry_id FROM draft WHERE id = \(id)", logger: logger).first
        }
    }

    public func createDraft(title: String, content: String, author: String) async throws -> Draft {
        let logger = logger
        let now = DateText.timestamp()
        return try await run { connection in
            try await Self.fetchDrafts(connection, """
                INSERT INTO draft (title, content, version, updated_at, updated_by) VALUES (\(title), \(content), 1, \(now), \(author))
                RETURNING id, title, content, version, updated_at, updated_by, entry_id
                """, logger: logger)[0]
        }
    }

    public func saveDraft(id: Int64, title: String, content: String, expectedVersion: Int, author: String) async throws -> Draft {
        let logger = logger
        let now = DateText.timestamp()
        let outcome: Result<Draft, DraftError> = try await run { connection in
            // One conditional UPDATE: the version check and the write cannot be split by another save.
            if let saved = try await Self.fetchDrafts(connection, """
                UPDATE draft SET title = \(title), content = \(content), version = version + 1, updated_at = \(now), updated_by = \(author)
                WHERE id = \(id) AND version = \(expectedVersion) AND entry_id IS NULL
                RETURNING id, title, content, version, updated_at, updated_by, entry_id
                """, logger: logger).first {
                return .success(saved)
            }
            let found = try await Self.fetchDrafts(connection, "SELECT id, title, content, version, updated_at, updated_by, entry_id FROM draft WHERE id = \(id)", logger: logger).first
            return .failure(DraftError.afterFailedSave(id: id, found: found))
        }
        return try outcome.get()
    }

    public func markIssued(draftID: Int64, entryID: Int64) async throws {
        let logger = logger
        try await run { connection in
            _ = try await connection.query("UPDATE draft SET entry_id = \(entryID) WHERE id = \(draftID)", logger: logger)
        }
    }

    public func putUser(_ user: WorkbenchUser) async throws {
        let logger = logger
        try await run { connection in
            _ = try await connection.query("""
                INSERT INTO workbench_user (name, role, password_hash) VALUES (\(user.name), \(user.role.rawValue), \(user.passwordHash))
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                """, logger: logger)
        }
    }

    public func user(named name: String) async throws -> WorkbenchUser? {
        let logger = logger
        return try await run { connection in
            var found: WorkbenchUser?
            for try await (name, role, hash) in try await connection.query(
                "SELECT name, role, password_hash FROM workbench_user WHERE name = \(name)", logger: logger
            ).decode((String, String, String).self) {
                if let role = WorkbenchRole(rawValue: role) { found = WorkbenchUser(name: name, role: role, passwordHash: hash) }
            }
            return found
        }
    }

    public func userCount() async throws -> Int {
        let logger = logger
        return try await run { connection in
            var count = 0
            for try await value in try await connection.query("SELECT COUNT(*) FROM workbench_user", logger: logger).decode(Int.self) { count = value }
            return count
        }
    }

    public func createSession(_ session: WorkbenchSession) async throws {
        let logger = logger
        let now = DateText.timestamp()
        try await run { connection in
            _ = try await connection.query("DELETE FROM workbench_session WHERE expires_at < \(now)", logger: logger)
            _ = try await connection.query("""
                INSERT INTO workbench_session (token_hash, user_name, csrf, expires_at)
                VALUES (\(session.tokenHash), \(session.userName), \(session.csrf), \(session.expiresAt))
                """, logger: logger)
        }
    }

    public func session(tokenHash: String) async throws -> WorkbenchSession? {
        let logger = logger
        let now = DateText.timestamp()
        return try await run { connection in
            var found: WorkbenchSession?
            for try await (hash, user, csrf, expires) in try await connection.query(
                "SELECT token_hash, user_name, csrf, expires_at FROM workbench_session WHERE token_hash = \(tokenHash) AND expires_at > \(now)",
                logger: logger
            ).decode((String, String, String, String).self) {
                found = WorkbenchSession(tokenHash: hash, userName: user, csrf: csrf, expiresAt: expires)
            }
            return found
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        let logger = logger
        try await run { connection in
            _ = try await connection.query("DELETE FROM workbench_session WHERE token_hash = \(tokenHash)", logger: logger)
        }
    }
}
