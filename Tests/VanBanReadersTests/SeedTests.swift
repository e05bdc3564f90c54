import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The five school documents the project grew from.
@Suite("importing the seeds")
struct SeedTests {
    static func read(_ prefix: String) throws -> ImportResult {
        let folder = Repository.shared.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        return TextReader().read(try Data(contentsOf: folder.appendingPathComponent(name)), file: name)
    }

    static func codes(_ result: ImportResult) -> [MessageCode] { result.diagnostics.map(\.code) }

    @Test func seed000() throws {
        let result = try Self.read("000")
        let decision = result.document
        #expect(decision.kind == .quyetDinh)
        #expect(decision.body.articles.count == 3)
        #expect(decision.number == 257)
        #expect(decision.numberLine == "Số: 257/QĐ-MNTT")
        #expect(decision.date == CivilDate(year: 2025, month: 10, day: 7))
        #expect(decision.place == "Hoa Lư")
        #expect(decision.bases.count == 4)
        #expect(decision.recipients == ["Như Điều 3", "Lưu: VT, HSCDS"])
        #expect(decision.signature?.position == "HIỆU TRƯỞNG")
        #expect(decision.signature?.name == "Trần Thị Hương Mai")
        #expect(decision.issuingAuthority == "Hiệu trưởng Trường Mầm non Thiên Tôn", "proper case taken from the attachment line")
        let regulation = try #require(decision.attachments.first)
        #expect(regulation.kind == .quyChe)
        #expect(regulation.body.chapters.count == 5)
        #expect(regulation.allArticles.count == 19)
        #expect(regulation.allArticles.first?.title == "Mục đích ban hành")
        #expect(regulation.allArticles.last?.title == "Tổ chức thực hiện")
        let codes = Self.codes(result)
        #expect(codes.contains(.attachmentNumberMismatch))
        #expect(codes.contains(.attachmentDateMismatch))
        #expect(codes.contains(.mixedBulletsAndClauses))
        let mismatch = try #require(result.diagnostics.first { $0.code == .attachmentNumberMismatch })
        #expect(mismatch.message(in: .en).contains("257/QĐ-TMN") && mismatch.message(in: .en).contains("257/QĐ-MNTT"))
        #expect(mismatch.location?.line == 46)
    }

    @Test func seed001() throws {
        let result = try Self.read("001")
        #expect(result.document.body.articles.count == 3)
        #expect(result.document.numberLine == "Số: 212/QĐ-MNNH")
        let regulation = try #require(result.document.attachments.first)
        #expect(regulation.body.chapters.count == 4)
        #expect(regulation.allArticles.count == 9)
        let zero = try #require(result.diagnostics.first { $0.code == .dateLeadingZero })
        #expect(zero.location?.line == 5)
        #expect(zero.message(in: .en).contains("ngày 09 tháng 12 năm 2024"))
    }

    @Test func seed002() throws {
        let result = try Self.read("002")
        let regulation = result.document
        #expect(regulation.kind == .quyChe)
        #expect(regulation.attachments.isEmpty, "no decision: the regulation stands alone")
        let chapters = regulation.body.chapters
        #expect(chapters.map(\.number) == [1, 2, 3, 4, nil])
        #expect(chapters.last?.title == "TỔ CHỨC THỰC HIỆN")
        #expect(regulation.allArticles.count == 14)
        #expect(regulation.issuedWith?.number == 135)
        #expect(regulation.issuedWith?.date == CivilDate(year: 2025, month: 10, day: 14))
    }

    @Test func seed003() throws {
        let result = try Self.read("003")
        #expect(result.document.body.articles.count == 3)
        let regulation = try #require(result.document.attachments.first)
        #expect(regulation.kind == .quyDinh)
        #expect(regulation.body.chapters.isEmpty)
        #expect(regulation.allArticles.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "13"])
        #expect(regulation.allArticles[2].clauses.first?.number == "3.1")
        let gap = try #require(result.diagnostics.first {
            if case .numberingGap(level: "Điều", _, _, _)? = $0.libraryMessage { true } else { false }
        })
        #expect(gap.message(in: .en) == "Điều 13 follows Điều 9: Điều 10–12 missing")
    }

    @Test func seed004() throws {
        let result = try Self.read("004")
        #expect(result.document.body.articles.count == 3)
        let regulation = try #require(result.document.attachments.first)
        #expect(regulation.body.chapters.count == 6)
        #expect(regulation.allArticles.count == 18)
        #expect(Self.codes(result).contains(.missingHeader), "seed 004 has no Số line")
        #expect(result.document.signature?.name == "Phạm Thị Thanh Vân")
    }
}
