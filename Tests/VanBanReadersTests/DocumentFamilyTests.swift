import Foundation
import Testing
import VanBan

/// Families of layouts the importer must read whatever file they come in (issue 11), each from
/// example text of our own; the command files in `Tests/Commands/import-*.vbtest` show the rest.
@Suite("importing families of layouts")
struct DocumentFamilyTests {
    static func read(_ text: String) -> ImportResult {
        TextReader().read(Data(text.utf8), file: "x.txt")
    }

    @Test("Nghị định, Thông tư, Luật and Nghị quyết are recognised from their headers", arguments: [
        ("CHÍNH PHỦ\nSố: 15/2024/NĐ-CP\nHà Nội, ngày 05 tháng 02 năm 2024\nNGHỊ ĐỊNH\nQuy định chi tiết Luật Thư viện\nCăn cứ Luật Tổ chức Chính phủ;\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết.\n", DocumentKind.nghiDinh, "2024/NĐ-CP"),
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 08/2021/TT-BGDĐT\nHà Nội, ngày 18 tháng 3 năm 2021\nTHÔNG TƯ\nBan hành Quy chế đào tạo\nCăn cứ Luật Giáo dục;\nĐiều 1. Phạm vi\nThông tư này quy định.\n", .thongTu, "2021/TT-BGDĐT"),
        ("QUỐC HỘI\nLuật số: 46/2019/QH14\nLUẬT\nTHƯ VIỆN\nCăn cứ Hiến pháp;\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về thư viện.\n", .luat, "2019/QH14"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nSố: 12/2023/NQ-HĐND\nNinh Bình, ngày 10 tháng 7 năm 2023\nNGHỊ QUYẾT\nQuy định mức chi hỗ trợ\nHỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nKHÓA XV, KỲ HỌP THỨ 14\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Mức chi\nMức chi là 100.000 đồng.\n", .nghiQuyet, "2023/NQ-HĐND"),
    ])
    func kindFromHeader(_ text: String, _ kind: DocumentKind, _ symbol: String) {
        let document = Self.read(text).document
        #expect(document.kind == kind)
        #expect(document.effectiveSymbol == symbol)
        #expect(document.bases.count == 1)
        #expect(document.allArticles.count == 1)
        #expect(document.preamble.isEmpty)
    }

    @Test func nghiQuyetAuthorityIsNotTitle() {
        let text = "HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nSố: 12/2023/NQ-HĐND\nNGHỊ QUYẾT\nQuy định mức chi hỗ trợ\nHỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nKHÓA XV, KỲ HỌP THỨ 14\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Mức chi\nMức chi là 100.000 đồng.\n"
        let document = Self.read(text).document
        #expect(document.title == "Quy định mức chi hỗ trợ")
        #expect(document.issuingAuthority == "HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH KHÓA XV, KỲ HỌP THỨ 14")
        // Written back, it says "QUYẾT NGHỊ:" and reads back the same.
        let written = TextWriter().write(document)
        #expect(written.contains("\nQUYẾT NGHỊ:\n"))
        #expect(TextReader().read(written).document.sameContent(as: document))
    }

    @Test func lostChapterWordIsNotTakenFromAnAppendix() {
        let text = "QUY CHẾ\nHoạt động\nI NHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.\nII NHIỆM VỤ VÀ QUYỀN HẠN\nĐiều 2. Nhiệm vụ\nNội dung.\nPHỤ LỤC\nI. DANH MỤC HỒ SƠ\nII. MẪU BÁO CÁO\n"
        let result = Self.read(text)
        #expect(result.document.body.allChapters.map(\.number) == [1, 2])
        #expect(result.document.body.allChapters.map(\.title) == ["NHỮNG QUY ĐỊNH CHUNG", "NHIỆM VỤ VÀ QUYỀN HẠN"])
        #expect(result.diagnostics.filter { $0.message.code == .chapterWordMissing }.count == 2)
        // "VI PHẠM …" before an article is not Chương VI when Chương V never came.
        let trap = Self.read("QUY CHẾ\nI QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.\nVI PHẠM VÀ XỬ LÝ\nĐiều 2. Xử lý\nNội dung.\n").document
        #expect(trap.body.allChapters.map(\.number) == [1, nil])
    }

    @Test func lostChapterWordWithTitleOnNextLine() {
        let text = "QUY CHẾ\nHoạt động\nI\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.\nII\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Hiệu lực\nNội dung.\n"
        let chapters = Self.read(text).document.body.allChapters
        #expect(chapters.map(\.number) == [1, 2])
        #expect(chapters.map(\.title) == ["NHỮNG QUY ĐỊNH CHUNG", "TỔ CHỨC THỰC HIỆN"])
    }

    @Test func htmlTableRowsStayContent() {
        let text = "# QUY CHẾ\n### Điều 1. Định mức\nĐịnh mức như sau:\n<table>\n<tr><th>CHƯƠNG TRÌNH</th><th>MỨC</th></tr>\n<tr><td>I</td><td>ĐIỀU KIỆN CHUNG</td></tr>\n<tr><td>Điều 5. Mẫu</td><td>100</td></tr>\n</table>\n### Điều 2. Hiệu lực\nCó hiệu lực.\n"
        let document = Self.read(text).document
        #expect(document.allArticles.map(\.number) == ["1", "2"])
        #expect(document.body.allChapters.isEmpty)
        #expect(document.allArticles[0].paragraphs.suffix(3) == ["CHƯƠNG TRÌNH | MỨC", "I | ĐIỀU KIỆN CHUNG", "Điều 5. Mẫu | 100"])
    }

    @Test func articleInListOrEmphasis() {
        let text = "# QUY CHẾ\n1. **Điều 1. Phạm vi**\nNội dung một.\n2. *Điều 2. Đối tượng*\nNội dung hai.\n- **Điều 3.** Trách nhiệm\nNội dung ba.\n4. Điều 4. Hiệu lực\nNội dung bốn.\n"
        let document = Self.read(text).document
        #expect(document.allArticles.map(\.number) == ["1", "2", "3", "4"])
        #expect(document.allArticles.map(\.title) == ["Phạm vi", "Đối tượng", "Trách nhiệm", "Hiệu lực"])
    }

    @Test func amendingArticlesQuotedAsHeadings() {
        let text = "# LUẬT\n### Điều 1. Sửa đổi Luật Thư viện\n#### 1. Sửa đổi Điều 17 như sau:\n#### Điều 17. Thư viện cơ sở giáo dục\n1. Thư viện phục vụ người học.\n2. Thư viện phục vụ nhà giáo.\n#### 2. Bổ sung Điều 17a như sau:\n##### **Điều 17a. Thư viện số**\nThư viện số theo chuẩn.\n### Điều 2. Hiệu lực thi hành\nCó hiệu lực.\n"
        let result = Self.read(text)
        #expect(result.document.allArticles.map(\.number) == ["1", "2"])
        #expect(result.document.allArticles[0].clauses.map(\.number) == ["1", "2"])
        #expect(result.diagnostics.filter { $0.message.code == .quotedArticleByNumbering }.count == 2)
    }

    @Test func severalBasesInOneLine() {
        let text = "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nHIỆU TRƯỞNG TRƯỜNG MẦM NON NAM HỒNG\nCăn cứ Luật Giáo dục; Căn cứ Nghị định số 30/2020/NĐ-CP;\nCăn cứ năng lực của cán bộ. Xét đề nghị của Ban chuyển đổi.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"
        #expect(Self.read(text).document.bases == ["Căn cứ Luật Giáo dục", "Căn cứ Nghị định số 30/2020/NĐ-CP",
                                                   "Căn cứ năng lực của cán bộ", "Xét đề nghị của Ban chuyển đổi"])
    }

    @Test func issuerInferredFromAuthorityAndSymbol() {
        let text = "Số: 257/QĐ-MNTT\nV/v ban hành Quy chế\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\nHIỆU TRƯỞNG TRƯỜNG MẦM NON THIÊN TÔN\nCăn cứ Điều lệ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"
        let document = Self.read(text).document
        #expect(document.issuer == IssuingBody(parent: nil, name: "TRƯỜNG MẦM NON THIÊN TÔN", abbreviation: "MNTT"))
        #expect(document.inferred == ["issuer.name", "issuer.abbreviation"])
        #expect(document.effectiveSymbol == "QĐ-MNTT")
        #expect(document.unplaced == [UnplacedText("V/v ban hành Quy chế", line: 2)])
        #expect(document.preamble.isEmpty)
    }
}
