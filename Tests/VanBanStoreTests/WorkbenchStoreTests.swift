import Foundation
import Testing
import VanBan
import VanBanStore
import VanBanTestSupport
import VanBanStoreSQLite
import GRDB

/// The workbench's tables (schema version 2): drafts with versions, users, sessions — the same
/// on both back ends.
@Suite("workbench store")
struct WorkbenchStoreTests {
    @Test("SQLite: drafts refuse stale saves and issued drafts stay read-only; users and sessions")
    func sqlite() async throws {
        try await exercise(try Backends.sqliteFile())
    }

    @Test("PostgreSQL: drafts refuse stale saves and issued drafts stay read-only; users and sessions", .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgres() async throws {
        try await exercise(try Backends.postgres())
    }

    func exercise(_ address: String) async throws {
        let store = try #require(try await Backends.open(address) as? any WorkbenchStore)
        let organisation = Backends.organisation()
        let document = try draft(organisation: organisation)
        let content = DocumentData.encode(document, as: .json)
        let created = try await store.createDraft(title: "Quyết định \(organisation)", content: content, author: "lan")
        #expect(created.version == 1)
        let saved = try await store.saveDraft(id: created.id, title: "Quyết định \(organisation) 2", content: content, expectedVersion: 1, author: "minh")
        #expect(saved.version == 2)
        #expect(saved.updatedBy == "minh")
        await #expect(throws: DraftError.stale(current: saved)) {
            _ = try await store.saveDraft(id: created.id, title: "cũ", content: content, expectedVersion: 1, author: "lan")
        }
        await #expect(throws: DraftError.notFound(id: 987_654_321)) {
            _ = try await store.saveDraft(id: 987_654_321, title: "", content: content, expectedVersion: 1, author: "lan")
        }
        let entry = try await issue(document, on: "2026-03-02", store: store)
        try await store.markIssued(draftID: created.id, entryID: try #require(entry.id))
        await #expect(throws: DraftError.issued(id: created.id)) {
            _ = try await store.saveDraft(id: created.id, title: "", content: content, expectedVersion: 2, author: "lan")
        }
        #expect(try await store.drafts().contains { $0.id == created.id && $0.entryID == entry.id })
        #expect(try await store.draft(id: created.id)?.title == "Quyết định \(organisation) 2")

        let name = "u" + organisation.lowercased()
        try await store.putUser(WorkbenchUser(name: name, role: .writer, passwordHash: "h1"))
        try await store.putUser(WorkbenchUser(name: name, role: .clerk, passwordHash: "h2"))
        #expect(try await store.user(named: name) == WorkbenchUser(name: name, role: .clerk, passwordHash: "h2"))
        #expect(try await store.userCount() >= 1)
        let session = WorkbenchSession(tokenHash: "t" + organisation, userName: name, csrf: "c", expiresAt: DateText.timestamp(Date().addingTimeInterval(60)))
        try await store.createSession(session)
        #expect(try await store.session(tokenHash: session.tokenHash) == session)
        try await store.deleteSession(tokenHash: session.tokenHash)
        #expect(try await store.session(tokenHash: session.tokenHash) == nil)
        let old = WorkbenchSession(tokenHash: "o" + organisation, userName: name, csrf: "c", expiresAt: DateText.timestamp(Date().addingTimeInterval(-60)))
        try await store.createSession(old)
        #expect(try await store.session(tokenHash: old.tokenHash) == nil, "an expired session opens nothing")
        await store.close()
    }
}

/// A register written by the previous program (schema version 1) gains the workbench's tables.
@Suite("workbench schema migration")
struct WorkbenchMigrationTests {
    @Test("a version-1 SQLite register is migrated to version 2 and keeps its entries")
    func fromVersion1() async throws {
        let path = try Backends.sqliteFile()
        let first = try SQLiteRegisterStore(path: path)
        let organisation = Backends.organisation()
        try await issue(try draft(organisation: organisation), on: "2026-01-05", store: first)
        await first.close()
        // What the previous program left: no workbench tables, version 1.
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE draft; DROP TABLE workbench_user; DROP TABLE workbench_session; DROP TABLE school_profile; UPDATE vanban_schema SET version = 1")
        }
        let store = try SQLiteRegisterStore(path: path)
        #expect(try await store.drafts().isEmpty)
        #expect(try await store.entries(EntryFilter(organisation: organisation)).count == 1)
        let version = try await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT MAX(version) FROM vanban_schema") }
        #expect(version == RegisterSchema.current)
        await store.close()
    }
}
