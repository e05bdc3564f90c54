import Foundation
import Testing
import VanBan

/// A passing and a failing case for every layout rule, on layout facts built here; the Word
/// files themselves are tested in `WordCheckTests`.
@Suite("layout rules")
struct LayoutRuleTests {
    static func mm(_ value: Double) -> Int { Int((value * 1440 / 25.4).rounded()) }

    static var good: LayoutFacts {
        LayoutFacts(
            file: "draft.docx",
            page: .init(width: 11906, height: 16838, top: mm(25), bottom: mm(20), left: mm(35), right: mm(20), titlePage: true),
            pageNumbers: .init(inHeader: true),
            paragraphs: [
                .init(number: 1, text: "TRƯỜNG MẦM NON THIÊN TÔN", font: "Times New Roman", halfPoints: 26, inTable: true),
                .init(number: 2, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font: "Times New Roman", halfPoints: 26, inTable: true),
                .init(number: 3, text: "Độc lập - Tự do - Hạnh phúc", font: "Times New Roman", halfPoints: 28, inTable: true),
                .init(number: 4, text: "QUYẾT ĐỊNH", font: "Times New Roman", halfPoints: 28),
                .init(number: 5, text: "Căn cứ Điều lệ Trường mầm non;", font: "Times New Roman", halfPoints: 28),
                .init(number: 6, text: "Xét đề nghị của tổ chuyên môn.", font: "Times New Roman", halfPoints: 28),
                .init(number: 7, text: "QUYẾT ĐỊNH:", font: "Times New Roman", halfPoints: 28),
                .init(number: 8, text: "Điều 1. Cử cán bộ tham dự tập huấn, nội dung dài hơn các dòng khác của văn bản./.", font: "Times New Roman", halfPoints: 28),
                .init(number: 9, text: "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, HC.", font: "Times New Roman", halfPoints: 22, inTable: true),
            ])
    }

    static func layoutCodes(_ facts: LayoutFacts) -> [MessageCode] {
        RuleCatalogue.check(Document(kind: .quyetDinh, title: "x"), layout: facts,
                            rules: RuleCatalogue.rules.filter { $0.scope == .layout }).map(\.code)
    }

    @Test func goodLayoutHasNoFindings() {
        #expect(Self.layoutCodes(Self.good) == [])
        var dated = Self.good
        dated.paragraphs.insert(.init(number: 4, text: "Hoa Lư, ngày 29 tháng 02 năm 2024"), at: 3)
        #expect(Self.layoutCodes(dated) == [])
    }

    typealias Defect = RuleDefect<LayoutFacts>

    static let defects: [Defect] = [
        Defect(.pageSize, "Letter paper") { $0.page.width = 12240; $0.page.height = 15840 },
        Defect(.pageMargin, "left 25 mm (TT 01/2011)") { $0.page.left = mm(25) },
        Defect(.pageMargin, "top 15 mm") { $0.page.top = mm(15) },
        Defect(.bodyFont, "Arial body") { facts in for index in facts.paragraphs.indices { facts.paragraphs[index].font = "Arial" } },
        Defect(.bodySize, "12 pt body") { facts in for index in facts.paragraphs.indices { facts.paragraphs[index].halfPoints = 24 } },
        Defect(.nationalTitleText, "HOÀ and a double space") { $0.paragraphs[1].text = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA  VIỆT NAM" },
        Defect(.mottoText, "hyphens without spaces") { $0.paragraphs[2].text = "Độc lập-Tự do-Hạnh phúc" },
        Defect(.nationalTitleSize, "Quốc hiệu at 14") { $0.paragraphs[1].halfPoints = 28 },
        Defect(.pageNumberInFooter, "footer") { $0.pageNumbers = .init(inFooter: true, onFirstPage: true) },
        Defect(.pageNumberOnFirstPage, "on page 1") { $0.pageNumbers = .init(inHeader: true, onFirstPage: true) },
        Defect(.basisEnding, "căn cứ without ;") { $0.paragraphs[4].text = "Căn cứ Điều lệ Trường mầm non" },
        Defect(.basisEnding, "last căn cứ with ;") { $0.paragraphs[5].text = "Xét đề nghị của tổ chuyên môn;" },
        Defect(.recipientLine, "no colon after Nơi nhận") { $0.paragraphs[8].text = "Nơi nhận\n- Như Điều 3;\n- Lưu: VT, HC." },
        Defect(.endMarkMissing, "body without ./.") { $0.paragraphs[7].text = "Điều 1. Cử cán bộ tham dự tập huấn." },
        Defect(.elementSize, "Tiêu ngữ at 12") { $0.paragraphs[2].halfPoints = 24 },
        Defect(.dateDoesNotExist, "31 April") { $0.paragraphs.insert(.init(number: 4, text: "Hoa Lư, ngày 31 tháng 4 năm 2025"), at: 3) },
        Defect(.elementStyle, "date line upright") { $0.paragraphs.insert(.init(number: 4, text: "Hoa Lư, ngày 07 tháng 10 năm 2025", bold: false, italic: false), at: 3) },
        Defect(.recipientLine, "recipient without ;") { $0.paragraphs[8].text = "Nơi nhận:\n- Như Điều 3\n- Lưu: VT, HC." },
    ]

    @Test(arguments: defects) func eachDefectIsFound(_ defect: Defect) {
        var facts = Self.good
        defect.change(&facts)
        #expect(Self.layoutCodes(facts).contains(defect.code), "\(Self.layoutCodes(facts))")
    }
}
