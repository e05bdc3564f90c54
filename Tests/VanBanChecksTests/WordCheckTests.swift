import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// `vanban check` on Word files: a hand-made draft built by python-docx with the common
/// mistakes, our own rendered samples (no findings), and every file of the Word corpus (no crash).
@Suite("checking Word files", .serialized)
struct WordCheckTests {
    static let script = """
        import sys
        from docx import Document
        from docx.shared import Pt, Mm
        from docx.oxml import parse_xml
        d = Document()
        s = d.sections[0]
        s.page_width, s.page_height = Mm(215.9), Mm(279.4)
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Mm(25), Mm(25), Mm(25), Mm(25)
        st = d.styles['Normal']
        st.font.name = 'Arial'
        st.font.size = Pt(12)
        for t in ['UBND PHƯỜNG HOA LƯ', 'TRƯỜNG MẦM NON THIÊN TÔN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập-Tự do-Hạnh phúc',
                  'Số: 5/QĐ-MNTT', 'Hoa Lư, ngày 7 tháng 2 năm 2025', 'QUYẾT ĐỊNH', 'Về việc cử cán bộ tham dự tập huấn',
                  'HIỆU TRƯỞNG TRƯỜNG MẦM NON THIÊN TÔN', 'Căn cứ Điều lệ Trường mầm non', 'Xét đề nghị của tổ chuyên môn;', 'QUYẾT ĐỊNH:',
                  'Điều 1. Cử cán bộ tham dự tập huấn.', 'Điều 3. Các ông (bà) giáo viên chịu trách nhiệm thi hành Quyết định này.',
                  'Nơi nhận', '- Như trên;', '- Lưu VT.', 'HIỆU TRƯỞNG', 'Trần Thị Hương Mai']:
            d.add_paragraph(t)
        f = s.footer.paragraphs[0]
        f._p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        d.save(sys.argv[1])
        """

    @Test func aHandMadeDraftReportsItsDefects() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-check")
        let draft = folder.appendingPathComponent("draft.docx")
        let made = try ExternalTool.run("python3", ["-c", Self.script, draft.path])
        try #require(made.status == 0, "\(made.stderr)")
        let result = try CLI.run(["check", draft.path, "--lang", "en", "--today", "2026-01-15", "--format", "json"])
        #expect(result.status == 0 || result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let codes = Set(findings.compactMap { $0["code"] as? String })
        for code in ["VB740", "VB741", "VB742", "VB743", "VB744", "VB745", "VB747", "VB748", "VB718", "VB719", "VB108", "VB107", "VB101", "VB711", "VB713", "VB749", "VB752"] {
            #expect(codes.contains(code), "\(code) missing from \(codes.sorted())")
        }
        let text = try CLI.run(["check", draft.path, "--lang", "en", "--today", "2026-01-15"])
        #expect(text.stdout.contains("draft.docx:¶5 \"Số: 5/QĐ-MNTT\": warning: [VB108]"), "\(text.stdout)")
        #expect(text.stdout.contains("(PL1 II.3.c)"))
    }

    /// `Tests/Scripts/check_docx.py` writes a right decision, or one with a single defect.
    static let builder = Repository.root.appendingPathComponent("Tests/Scripts/check_docx.py").path

    @Test func aRightWordDecisionHasNoFindings() throws {
        let file = try ExternalTool.temporaryDirectory("vanban-check").appendingPathComponent("right.docx")
        let made = try ExternalTool.run("python3", [Self.builder, file.path])
        try #require(made.status == 0, "\(made.stderr)")
        let result = try CLI.run(["check", file.path, "--lang", "en", "--today", "2026-01-15"])
        #expect(result.stdout == "1 file(s): 0 error(s), 0 warning(s), 0 suggestion(s)\n")
        #expect(result.status == 0)
    }

    /// Each defect in a Word file of its own, and the one code it must give, alone.
    @Test(arguments: [
        ("letter", "VB740"), ("margins-2011", "VB741"), ("arial", "VB742"), ("body-12", "VB743"), ("hoa", "VB744"),
        ("motto", "VB745"), ("title-14", "VB746"), ("footer", "VB747"), ("first-page", "VB748"), ("basis", "VB718"),
        ("recipients", "VB719"), ("end-mark", "VB749"), ("number-5", "VB108"), ("spaced", "VB703"), ("date-7", "VB107"),
        ("eth", "VB717"), ("gap", "VB101"), ("archive", "VB711"), ("date-upright", "VB752"),
    ])
    func eachWordDefectIsFoundAlone(_ defect: String, _ code: String) throws {
        let file = try ExternalTool.temporaryDirectory("vanban-check").appendingPathComponent("\(defect).docx")
        let made = try ExternalTool.run("python3", [Self.builder, file.path, defect])
        try #require(made.status == 0, "\(made.stderr)")
        let result = try CLI.run(["check", file.path, "--lang", "en", "--today", "2026-01-15", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let codes = Set((json["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(codes == [code], "\(defect): \(result.stdout)")
    }

    @Test func fixingAWordDraftGivesAWordFileWithoutErrors() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-fix")
        let draft = folder.appendingPathComponent("draft.docx"), fixed = folder.appendingPathComponent("fixed.docx")
        let made = try ExternalTool.run("python3", ["-c", Self.script, draft.path])
        try #require(made.status == 0, "\(made.stderr)")
        let fix = try CLI.run(["fix", draft.path, "-o", fixed.path, "--lang", "en"])
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(fix.stdout.hasSuffix("2 change(s), written to \(fixed.path)\n"), "\(fix.stdout)")
        let check = try CLI.run(["check", fixed.path, "--lang", "en", "--today", "2026-01-15"])
        #expect(check.status == 0)
        // Only the missing Điều 2 is left: renumbering articles would break what cites them.
        #expect(check.stdout.hasSuffix("1 file(s): 0 error(s), 1 warning(s), 0 suggestion(s)\n"), "\(check.stdout)")
        #expect(check.stdout.contains("[VB101]"))
        let again = try CLI.run(["fix", draft.path, "-o", fixed.path, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("[VB201]"))
    }

    @Test(arguments: ["ban-chi-dao-chuyen-doi-so", "co-so-du-lieu-nganh", "ung-dung-cntt-mam-non"])
    func ourOwnRenderedSamplesPass(_ name: String) throws {
        let path = Repository.root.appendingPathComponent("Samples/mn-hoa-sen/\(name).docx").path
        let result = try CLI.run(["check", path, "--lang", "en", "--today", "2026-01-15"])
        #expect(result.stdout.hasSuffix("1 file(s): 0 error(s), 0 warning(s), 0 suggestion(s)\n"), "\(result.stdout)")
        #expect(result.status == 0)
    }

    @Test func everyCorpusFileIsCheckedWithoutACrash() throws {
        let folder = Repository.shared.appendingPathComponent("corpus-docx")
        // Word 97–2003 files need LibreOffice; without it only the .docx files are checked.
        let withDoc = ExternalTool.find("soffice") != nil
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".docx") || (withDoc && $0.hasSuffix(".doc")) }.sorted()
        #expect(files.count >= 3)
        for file in files {
            let result = try CLI.run(["check", folder.appendingPathComponent(file).path, "--lang", "en", "--today", "2026-01-15"])
            #expect(result.status == 0 || result.status == 1, "\(file): \(result.stderr)")
            #expect(result.stdout.contains("1 file(s):"), "\(file)")
            // The defects the corpus notes name: the look-alike Đ, a space in the number line.
            if file.hasPrefix("tt12") { #expect(result.stdout.contains("[VB717]"), "look-alike Đ in \(file)") }
            if file.hasPrefix("tcvn3") { #expect(result.stdout.contains("[VB703] the number and ký hiệu \"28 /2003/NĐ-CP\""), "\(result.stdout)") }
        }
    }
}
