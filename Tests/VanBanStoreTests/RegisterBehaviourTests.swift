import Foundation
import GRDB
import Testing
import VanBan
import VanBanStore
import VanBanStoreSQLite
import VanBanTestSupport

/// The register's rules, the same on both back ends.
@Suite("register behaviour")
struct RegisterBehaviourTests {
    static func addresses() throws -> [String] {
        var addresses = [try Backends.sqliteFile()]
        if let url = Backends.postgresURL { addresses.append(url) }
        return addresses
    }

    @Test("SQLite: numbering, years, kinds, secrets, voiding, frozen documents")
    func sqlite() async throws {
        try await exercise(try Backends.sqliteFile())
    }

    @Test("PostgreSQL: numbering, years, kinds, secrets, voiding, frozen documents", .enabled(if: Backends.postgresEnabled, Backends.postgresReason))
    func postgres() async throws {
        try await exercise(try Backends.postgres())
    }

    func exercise(_ address: String) async throws {
        let store = try await Backends.open(address)
        defer { Task { await store.close() } }
        let org = Backends.organisation()
        let decision = try draft(organisation: org)

        // Consecutive from 01, the leading zero on the form.
        let first = try await issue(decision, on: "2025-10-07", store: store)
        let second = try await issue(decision, on: "2025-10-08", store: store)
        #expect(first.number == 1 && second.number == 2)
        #expect(first.numberAndSymbol == "01/QĐ-\(org)")
        #expect(first.summary.hasPrefix("Quyết định về việc ban hành Quy chế"))
        #expect(first.signer.hasPrefix("Trần Thị Hương Mai"))
        #expect(first.recipients == "Như Điều 3" && first.archiveCopy == "VT, HSCDS")

        // Year boundary in UTC+7: 31/12 16:59 UTC is still 31/12 in Vietnam; 17:00 UTC is 1 January.
        let lateDecember = try await issue(decision, on: "2025-12-31T16:59:59Z", store: store)
        let newYear = try await issue(decision, on: "2025-12-31T17:00:00Z", store: store)
        let newYearLocal = try await issue(decision, on: "2026-01-01T00:05:00+07:00", store: store)
        #expect(lateDecember.year == 2025 && lateDecember.number == 3 && lateDecember.date == CivilDate(year: 2025, month: 12, day: 31))
        #expect(newYear.year == 2026 && newYear.number == 1 && newYear.numberAndSymbol == "01/QĐ-\(org)")
        #expect(newYearLocal.year == 2026 && newYearLocal.number == 2)

        // Secret documents have their own series.
        let secret = try await issue(decision, on: "2025-11-01", store: store, secret: true)
        #expect(secret.sequence == NumberSequence.secret && secret.number == 1)
        // Phụ lục VI: the same số and ký hiệu in two series of one issuer is warned about.
        let twin = try await DocumentIssuing.issue(decision, options: IssueOptions(date: CivilDate(year: 2026, month: 2, day: 1)!, secret: true), store: store) { _ in () }
        #expect(twin.entry.numberAndSymbol == "01/QĐ-\(org)" && twin.warnings.map(\.code) == [.registerDuplicateSymbol])

        // One series per kind once the head decides so.
        let perKind = Backends.organisation()
        try await store.setScheme(.perKind, organisation: perKind)
        #expect(try await store.scheme(organisation: perKind) == .perKind)
        let qd1 = try await issue(try draft(organisation: perKind), on: "2025-03-01", store: store)
        let tb1 = try await issue(try draft(organisation: perKind, kind: .thongBao), on: "2025-03-01", store: store)
        let qd2 = try await issue(try draft(organisation: perKind), on: "2025-03-02", store: store)
        #expect(qd1.number == 1 && tb1.number == 1 && qd2.number == 2)
        #expect(tb1.numberAndSymbol == "01/TB-\(perKind)" && tb1.sequence == "thong-bao")

        // Voiding keeps the number; the next issue does not reuse it.
        let voided = try await store.void(entryID: try #require(second.id), note: "Hủy: thay thế")
        #expect(voided.status == .void && voided.number == 2)
        await #expect(throws: RegisterError.alreadyVoid("02/QĐ-\(org)")) { try await store.void(entryID: second.id!, note: "again") }
        let fourth = try await issue(decision, on: "2025-12-01", store: store)
        #expect(fourth.number == 4)

        // Issued documents are frozen by the database.
        let tampered = StoredDocument(format: "yaml", content: "kind: quyet-dinh\n", sha256: "0")
        await #expect(throws: RegisterError.self) { try await store.replaceDocument(entryID: first.id!, with: tampered) }
        let kept = try await store.document(entryID: first.id!)
        #expect(kept?.sha256 == first.documentSHA256)

        // A numbered document is accepted only if the register holds exactly it under that number.
        let issued = try DocumentData.load(try #require(kept).content, format: .json).document
        let again = try await DocumentIssuing.issue(issued, options: IssueOptions(date: CivilDate(year: 2025, month: 10, day: 7)!), store: store) { _ in () }
        #expect(again.alreadyRegistered && again.entry.id == first.id)
        var changed = issued
        changed.title = "Về việc khác"
        await #expect(throws: Diagnostic.self) {
            _ = try await DocumentIssuing.issue(changed, options: IssueOptions(date: CivilDate(year: 2025, month: 10, day: 7)!), store: store) { _ in () }
        }
        var unknown = issued
        unknown.number = 900
        await #expect(throws: Diagnostic.self) {
            _ = try await DocumentIssuing.issue(unknown, options: IssueOptions(date: CivilDate(year: 2025, month: 10, day: 7)!), store: store) { _ in () }
        }

        // A failing render gives the number back.
        struct RenderFailure: Error {}
        await #expect(throws: RenderFailure.self) {
            _ = try await DocumentIssuing.issue(decision, options: IssueOptions(date: CivilDate(year: 2025, month: 12, day: 2)!), store: store) { _ in throw RenderFailure() }
        }
        #expect(try await issue(decision, on: "2025-12-02", store: store).number == 5)

        // Importing an old register: its numbers are never given again; repeats are skipped.
        let old = Backends.organisation()
        let csv = """
            Số, ký hiệu văn bản,Ngày tháng văn bản,Tên loại và trích yếu nội dung văn bản,Người ký,Nơi nhận văn bản,"Đơn vị, người nhận bản lưu",Số lượng bản,Ngày chuyển,Ký nhận,Ghi chú
            01/QĐ-\(old),05/01/2025,"Quyết định về việc thành lập tổ CNTT",Trần Thị Hương Mai,"Như Điều 3",VT,3,05/01/2025,,
            02/TB-\(old),2025-01-09,Thông báo lịch họp,Trần Thị Hương Mai,Toàn trường,VT,1,,,
            03/QĐ-\(old),12/2/2025,"Quyết định \"\"khen thưởng\"\"",Trần Thị Hương Mai,Cá nhân,VT,2,,,Thay thế bằng QĐ 05
            """
        let read = RegisterImport.read(csv, file: "old.csv", organisation: nil, sequence: nil, scheme: .single)
        #expect(read.diagnostics.isEmpty)
        #expect(read.entries.map(\.number) == [1, 2, 3])
        #expect(read.entries[2].summary == "Quyết định \"khen thưởng\"" && read.entries[2].date == CivilDate(year: 2025, month: 2, day: 12))
        let outcome = try await store.importEntries(read.entries)
        #expect(outcome.imported == 3 && outcome.skipped.isEmpty)
        #expect(try await store.importEntries(read.entries).skipped.count == 3)
        let afterImport = try await issue(try draft(organisation: old), on: "2025-04-01", store: store)
        #expect(afterImport.number == 4)
        let bad = RegisterImport.read("xx/QĐ-A,01/01/2025\n05/QĐ-A,hôm qua\n", file: "bad.csv", organisation: nil, sequence: nil, scheme: .single)
        #expect(bad.diagnostics.map(\.code) == [.unparsedNumber, .registerNoDate])
        #expect(bad.diagnostics.map { $0.location?.line } == [1, 2])

        _ = try await checkConsistent(store, organisation: perKind)
    }

    @Test("a database with a newer schema is refused with a message")
    func newerSchema() async throws {
        let path = try Backends.sqliteFile()
        _ = try SQLiteRegisterStore(path: path)
        // What a newer vanban would leave behind.
        try await DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE vanban_schema SET version = 99") }
        #expect(throws: RegisterError.schemaTooNew(address: path, found: 99, known: RegisterSchema.current)) {
            _ = try SQLiteRegisterStore(path: path)
        }
        let message = RegisterError.schemaTooNew(address: path, found: 99, known: 1).diagnostic.formatted(in: .vi)
        #expect(message.contains("[VB504]") && message.contains("mới hơn"))
    }

    @Test("database addresses: files, postgres URLs, passwords never printed")
    func addresses() throws {
        #expect(try DatabaseAddress.parse("so.db") == .sqlite(path: "so.db"))
        guard case let .postgres(server) = try DatabaseAddress.parse("postgres://van:bi%40mat@db.local:5433/vanban") else {
            Issue.record("not a postgres address")
            return
        }
        #expect(server.password == "bi@mat" && server.port == 5433 && server.database == "vanban")
        #expect(server.description == "postgres://van@db.local:5433/vanban")
        #expect(throws: RegisterAddressError.self) { try DatabaseAddress.parse("mysql://x@y/z") }
        #expect(DatabaseAddress.defaultFile == "vanban.db")
    }

    @Test("the PostgreSQL back end reports an unreachable server with its address, without the password")
    func unreachable() async throws {
        do {
            _ = try await Backends.open("postgres://van:secret@127.0.0.1:1/none")
            Issue.record("connected to nothing")
        } catch let error as RegisterError {
            let message = error.diagnostic.formatted(in: .en)
            #expect(message.contains("[VB503]") && message.contains("postgres://van@127.0.0.1:1/none") && !message.contains("secret"))
        }
    }
}
