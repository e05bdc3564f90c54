import Foundation
import GRDB
import Testing
import VanBan
import VanBanStore
import VanBanStoreSQLite
import VanBanTestSupport

/// The schools' profiles (schema version 3): one per organisation, the last used first, the same
/// on both back ends; a version-2 database gains the table and keeps what it held.
@Suite("profile store")
struct ProfileStoreTests {
    @Test("SQLite: one profile per organisation, replaced on save, the last used first")
    func sqlite() async throws {
        try await exercise(try Backends.sqliteFile())
    }

    @Test("PostgreSQL: one profile per organisation, replaced on save, the last used first", .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgres() async throws {
        try await exercise(try Backends.postgres())
    }

    func exercise(_ address: String) async throws {
        let store = try #require(try await Backends.open(address) as? any WorkbenchStore)
        let first = "Trường Mầm non " + Backends.organisation(), second = "Trường Mầm non " + Backends.organisation()
        let yaml = "school:\n  name: \"\(first)\"\nprincipal: \"Đinh Thị Thu\"\n"
        try await store.saveProfile(organisation: first, content: yaml, author: "lan")
        try await store.saveProfile(organisation: second, content: "school:\n  name: \"\(second)\"\n", author: "lan")
        #expect(try await store.profile(organisation: first)?.content == yaml)
        #expect(try await store.profile(organisation: "không có " + first) == nil)
        var order = try await store.profiles().map(\.organisation).filter { $0 == first || $0 == second }
        #expect(order == [second, first])
        let replaced = yaml + "school_year: \"2026-2027\"\n"
        try await store.saveProfile(organisation: first, content: replaced, author: "minh")
        let saved = try #require(try await store.profile(organisation: first))
        #expect(saved.content == replaced)
        #expect(saved.updatedBy == "minh")
        order = try await store.profiles().map(\.organisation).filter { $0 == first || $0 == second }
        #expect(order == [first, second], "the one used last comes first")
        await store.close()
    }

    @Test("a version-2 SQLite register is migrated to version 3 and keeps its drafts")
    func sqliteFromVersion2() async throws {
        let path = try Backends.sqliteFile()
        let first = try SQLiteRegisterStore(path: path)
        let created = try await first.createDraft(title: "Quyết định", content: "{}", author: "lan")
        await first.close()
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE school_profile; UPDATE vanban_schema SET version = 2")
        }
        let store = try SQLiteRegisterStore(path: path)
        #expect(try await store.draft(id: created.id)?.title == "Quyết định")
        #expect(try await store.profiles().isEmpty)
        try await store.saveProfile(organisation: "Trường Mầm non Ánh Dương", content: "school: {}\n", author: "lan")
        #expect(try await store.profiles().count == 1)
        let version = try await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT MAX(version) FROM vanban_schema") }
        #expect(version == 3)
        await store.close()
    }

    @Test("a version-2 PostgreSQL database is migrated to version 3 and keeps its drafts", .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgresFromVersion2() async throws {
        let url = try Backends.postgres()
        // A database of its own, built as the previous program left it: versions 1 and 2 only.
        let name = "vanban_v2_" + UUID().uuidString.prefix(8).lowercased()
        let server = url.replacingOccurrences(of: #"/[^/]*$"#, with: "", options: .regularExpression)
        #expect(try ExternalTool.run("psql", [url, "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(name)"]).status == 0)
        let address = "\(server)/\(name)"
        var script = "BEGIN;\n" + RegisterSchema.versionTable + ";\n"
        for version in 1...2 {
            for statement in RegisterSchema.migration(to: version, dialect: .postgres) { script += statement + ";\n" }
        }
        script += "INSERT INTO vanban_schema (version) VALUES (2);\n"
        script += "INSERT INTO draft (title, content, version, updated_at, updated_by) VALUES ('Quyết định', '{}', 1, '2026-01-01T00:00:00Z', 'lan');\nCOMMIT;\n"
        let prepared = try ExternalTool.run("psql", [address, "-v", "ON_ERROR_STOP=1", "-q", "-f", "-"], stdin: Data(script.utf8))
        #expect(prepared.status == 0, "\(prepared.stderr)")
        let store = try #require(try await Backends.open(address) as? any WorkbenchStore)
        #expect(try await store.drafts().map(\.title) == ["Quyết định"])
        #expect(try await store.profiles().isEmpty)
        try await store.saveProfile(organisation: "Trường Mầm non Ánh Dương", content: "school: {}\n", author: "lan")
        #expect(try await store.profiles().map(\.organisation) == ["Trường Mầm non Ánh Dương"])
        await store.close()
        let version = try ExternalTool.run("psql", [address, "-At", "-c", "SELECT MAX(version) FROM vanban_schema"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
        _ = try ExternalTool.run("psql", [url, "-c", "DROP DATABASE \(name)"])
    }
}
