import Foundation
import PostgresNIO
import VanBanStore

/// The schools' profiles on the PostgreSQL server (schema version 3), shared by every instance.
extension PostgresRegisterStore: ProfileStore {
    private static func fetchProfiles(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws -> [SavedProfile] {
        var found: [SavedProfile] = []
        for try await (organisation, content, updatedAt, updatedBy) in try await connection.query(query, logger: logger)
            .decode((String, String, String, String).self) {
            found.append(SavedProfile(organisation: organisation, content: content, updatedAt: updatedAt, updatedBy: updatedBy))
        }
        return found
    }

    public func saveProfile(organisation: String, content: String, author: String) async throws {
        let logger = logger
        let now = DateText.timestamp()
        try await run { connection in
            _ = try await connection.query("""
                INSERT INTO school_profile (organisation, content, updated_at, updated_by) VALUES (\(organisation), \(content), \(now), \(author))
                ON CONFLICT (organisation) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, logger: logger)
        }
    }

    public func profile(organisation: String) async throws -> SavedProfile? {
        let logger = logger
        return try await run { connection in
            try await Self.fetchProfiles(connection, """
                SELECT organisation, content, updated_at, updated_by FROM school_profile WHERE organisation = \(organisation)
                """, logger: logger).first
        }
    }

    public func profiles() async throws -> [SavedProfile] {
        let logger = logger
        return try await run { connection in
            try await Self.fetchProfiles(connection, "SELECT organisation, content, updated_at, updated_by FROM school_profile ORDER BY updated_at DESC, organisation",
                                         logger: logger)
        }
    }
}
