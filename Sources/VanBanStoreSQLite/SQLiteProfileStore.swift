import Foundation
import GRDB
import VanBanStore

/// The schools' profiles in the SQLite file (schema version 3).
extension SQLiteRegisterStore: ProfileStore {
    private static func savedProfile(_ row: Row) -> SavedProfile {
        SavedProfile(organisation: row["organisation"], content: row["content"], updatedAt: row["updated_at"], updatedBy: row["updated_by"])
    }

    private func profileGuarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw map(error) }
    }

    public func saveProfile(organisation: String, content: String, author: String) async throws {
        let now = DateText.timestamp()
        try profileGuarded { try queue.write { db in
            try db.execute(sql: """
                INSERT INTO school_profile (organisation, content, updated_at, updated_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (organisation) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, arguments: [organisation, content, now, author])
        } }
    }

    public func profile(organisation: String) async throws -> SavedProfile? {
        try profileGuarded { try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT organisation, content, updated_at, updated_by FROM school_profile WHERE organisation = ?",
                             arguments: [organisation]).map(Self.savedProfile)
        } }
    }

    public func profiles() async throws -> [SavedProfile] {
        try profileGuarded { try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT organisation, content, updated_at, updated_by FROM school_profile ORDER BY updated_at DESC, organisation")
                .map(Self.savedProfile)
        } }
    }
}
