import Foundation
import GRDB
import ProcessKit
import Testing
import VanBan
import VanBanStore
import VanBanStoreSQLite
import VanBanTestSupport

/// `vanban backup` (SQLite's online backup, while others write) and `vanban store copy`
/// (SQLite ↔ PostgreSQL without losing a number).
@Suite("backup and store copy", .serialized, .timeLimit(.minutes(5)))
struct BackupAndCopyTests {
    static let vanban = Binaries.path("vanban")

    @Test("backup while another process issues: the copy opens, is consistent and holds the entries; no overwrite without --force")
    func backupWhileWriting() async throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-backup")
        let database = folder.appendingPathComponent("vanban.db").path
        let organisation = Backends.organisation()
        let store = try SQLiteRegisterStore(path: database)
        for _ in 0..<20 { try await issue(try draft(organisation: organisation), on: "2025-03-10", store: store) }
        _ = try await store.createDraft(title: "Dự thảo", content: "{}", author: "lan")
        await store.close()

        // Another process goes on issuing numbers while the backup reads.
        let writer = try Binaries.worker(database: database, organisation: organisation, count: 200,
                                         output: folder.appendingPathComponent("writer.txt"))
        defer { if writer.isRunning { writer.kill(SIGKILL); writer.wait(timeout: 10) } }
        let output = folder.appendingPathComponent("backup.db").path
        let backup = try ExternalTool.run(Self.vanban, ["backup", "-o", output, "--database", database], timeout: 120)
        let writerWasRunning = writer.isRunning
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stderr.contains("[\(MessageCode.backupWritten.rawValue)]"), "\(backup.stderr)")
        #expect(writer.wait(timeout: 300) == .exited(0))

        let copy = try SQLiteRegisterStore(path: output)
        let entries = try await checkConsistent(copy, organisation: organisation)
        #expect(entries.count >= 20 && entries.count <= 220, "\(entries.count) entries in the copy")
        #expect(try await copy.drafts().count == 1)
        await copy.close()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        print("backup: \(entries.count) entries copied while the writer was \(writerWasRunning ? "still running" : "done")")

        // An existing file is kept unless --force.
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        let refused = try ExternalTool.run(Self.vanban, ["backup", "-o", output, "--database", database], timeout: 120)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[\(MessageCode.outputExists.rawValue)]"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
        let forced = try ExternalTool.run(Self.vanban, ["backup", "-o", output, "--force", "--database", database], timeout: 120)
        #expect(forced.status == 0, "\(forced.stderr)")
        let full = try SQLiteRegisterStore(path: output)
        #expect(try await full.entries(EntryFilter(organisation: organisation)).count == 220)
        await full.close()

        // A missing source is an error, not a new empty register.
        let missing = folder.appendingPathComponent("khong-co.db").path
        let absent = try ExternalTool.run(Self.vanban, ["backup", "-o", folder.appendingPathComponent("x.db").path, "--database", missing], timeout: 60)
        #expect(absent.status == 1)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("backup of a PostgreSQL database: a coded message with the pg_dump command, no password, non-zero exit")
    func backupPostgresNamesPgDump() throws {
        let result = try ExternalTool.run(Self.vanban, ["backup", "-o", "/tmp/vanban dump.sql", "--database", "postgres://vanban:bi-mat@db.truong.local:5432/vanban"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("[\(MessageCode.backupPostgres.rawValue)]"), "\(result.stderr)")
        #expect(result.stderr.contains("pg_dump --format=custom --file='/tmp/vanban dump.sql' 'postgres://vanban@db.truong.local:5432/vanban'"), "\(result.stderr)")
        #expect(!result.stderr.contains("bi-mat"))
    }

    @Test("store copy SQLite → SQLite: every table, the next number continues, a non-empty target refused")
    func copySQLite() async throws {
        let organisation = Backends.organisation()
        let source = try await Self.filledSQLite(organisation: organisation)
        let target = try Backends.sqliteFile()
        let copied = try ExternalTool.run(Self.vanban, ["store", "copy", "--from", source.path, "--to", target], timeout: 120)
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stderr.contains("[\(MessageCode.storeCopied.rawValue)]"))
        try await Self.checkCopy(target, organisation: organisation, draftID: source.draftID)

        let again = try ExternalTool.run(Self.vanban, ["store", "copy", "--from", source.path, "--to", target], timeout: 120)
        #expect(again.status == 1)
        #expect(again.stderr.contains("[\(MessageCode.copyTargetNotEmpty.rawValue)]"), "\(again.stderr)")
        let same = try ExternalTool.run(Self.vanban, ["store", "copy", "--from", source.path, "--to", source.path], timeout: 60)
        #expect(same.status == 1)
        #expect(same.stderr.contains("[\(MessageCode.copySameDatabase.rawValue)]"))
    }

    @Test("store copy SQLite → PostgreSQL → SQLite: 3 issued in SQLite, the next one in PostgreSQL is 4",
          .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func copyThroughPostgres() async throws {
        let organisation = Backends.organisation()
        let source = try await Self.filledSQLite(organisation: organisation)
        let postgres = try PostgresTestDatabase.fresh(on: try Backends.postgres(), prefix: "vanban_copy")
        let copied = try ExternalTool.run(Self.vanban, ["store", "copy", "--from", source.path, "--to", postgres], timeout: 120)
        #expect(copied.status == 0, "\(copied.stderr)")
        let refused = try ExternalTool.run(Self.vanban, ["store", "copy", "--from", source.path, "--to", postgres], timeout: 120)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[\(MessageCode.copyTargetNotEmpty.rawValue)]"), "\(refused.stderr)")
        try await Self.checkCopy(postgres, organisation: organisation, draftID: source.draftID)

        // And back: the four entries (three copied, one issued on PostgreSQL) come home.
        let back = try Backends.sqliteFile()
        let returned = try ExternalTool.run(Self.vanban, ["store", "copy", "--from", postgres, "--to", back], timeout: 120)
        #expect(returned.status == 0, "\(returned.stderr)")
        let store = try SQLiteRegisterStore(path: back)
        let entries = try await checkConsistent(store, organisation: organisation, expected: 4)
        #expect(entries.map(\.number) == [1, 2, 3, 4])
        await store.close()
    }

    @Test("every table of the schema is copied or deliberately skipped: a new table needs its line in StoreCopy.tables")
    func everyTableAccountedFor() throws {
        let path = try Backends.sqliteFile()
        _ = try SQLiteRegisterStore(path: path)
        let queue = try DatabaseQueue(path: path)
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        try queue.close()
        let known = Set(StoreCopy.tables.map(\.name) + StoreCopy.skipped + ["vanban_schema"])
        #expect(Set(tables).subtracting(known).isEmpty, "tables neither copied nor skipped: \(Set(tables).subtracting(known).sorted())")
        #expect(known.subtracting(tables).isEmpty, "StoreCopy names tables the schema lacks: \(known.subtracting(tables).sorted())")
    }

    /// A SQLite register with 3 issued entries, a scheme, a draft and a user.
    static func filledSQLite(organisation: String) async throws -> (path: String, draftID: Int64) {
        let path = try Backends.sqliteFile()
        let store = try SQLiteRegisterStore(path: path)
        try await store.setScheme(.single, organisation: organisation)
        for day in ["2025-03-10", "2025-03-11", "2025-03-12"] { try await issue(try draft(organisation: organisation), on: day, store: store) }
        let draftID = try await store.createDraft(title: "Dự thảo quy chế", content: "{}", author: "lan").id
        try await store.putUser(WorkbenchUser(name: "lan", role: .clerk, passwordHash: "$2b$04$abcdefghijklmnopqrstuu"))
        await store.close()
        return (path, draftID)
    }

    /// The copy holds the 3 entries with their documents, the scheme, the draft and the user; the
    /// next issue gets number 4 and new rows get ids after the copied ones.
    static func checkCopy(_ address: String, organisation: String, draftID: Int64) async throws {
        let store = try #require(try await Backends.open(address) as? any WorkbenchStore)
        let copied = try await checkConsistent(store, organisation: organisation, expected: 3)
        #expect(copied.map(\.number) == [1, 2, 3])
        #expect(try await store.scheme(organisation: organisation) == .single)
        #expect(try await store.draft(id: draftID)?.title == "Dự thảo quy chế")
        #expect(try await store.user(named: "lan")?.role == .clerk)
        let next = try await issue(try draft(organisation: organisation), on: "2025-03-13", store: store)
        #expect(next.number == 4)
        #expect(try #require(next.id) > (copied.compactMap(\.id).max() ?? 0))
        let newer = try await store.createDraft(title: "Mới", content: "{}", author: "lan")
        #expect(newer.id > draftID)
        await store.close()
    }
}

