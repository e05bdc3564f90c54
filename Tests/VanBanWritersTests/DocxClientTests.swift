import Foundation
import Testing
import VanBan
import VanBanTestSupport
import ZipKit

/// LibreOffice and python-docx judge the file as a user's tools would.
@Suite("DOCX in real clients", .serialized)
struct DocxClientTests {
    @Test("LibreOffice opens the sample: A4, numbered from page 2, Times New Roman only")
    func libreOffice() throws {
        let pdf = try #require(try Docx.pdf(try DocxWriter().write(try Docx.sample())), "LibreOffice made no PDF")
        let info = try ExternalTool.run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("(A4)"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect((5...8).contains(pages), "unexpected page count \(pages)")

        let first = try ExternalTool.run("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf.path, "-"]).stdout
        let firstLine = first.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(firstLine.contains("ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ"), "page 1 must start with the header, not a number: \(firstLine)")
        #expect(first.contains("Số: 257/QĐ-MNTT"))
        #expect(first.contains("Hoa Lư, ngày 07 tháng 10 năm 2025"))

        let second = try ExternalTool.run("pdftotext", ["-layout", "-f", "2", "-l", "2", pdf.path, "-"]).stdout
        let secondLine = second.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(secondLine.trimmingCharacters(in: .whitespaces) == "2")

        let fonts = try ExternalTool.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.contains("LiberationSerif") || font.contains("TimesNewRoman"), "unexpected font: \(font)")
        }
    }

    @Test("the regulation starts on a page of its own")
    func regulationOnNewPage() throws {
        let pdf = try #require(try Docx.pdf(try DocxWriter().write(try Docx.sample())))
        let pages = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).stdout.split(separator: "\u{0C}")
        let start = try #require(pages.firstIndex { $0.contains("QUY CHẾ") })
        let page = String(pages[start])
        let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.dropFirst().first?.hasPrefix("ỦY BAN NHÂN DÂN") == true, "the regulation's header must open its page")
        #expect(!page.contains("Số: 257"), "the regulation has no number of its own")
    }

    @Test("python-docx finds every article heading in order, with the prescribed look")
    func pythonDocx() throws {
        let report = try Docx.report(try DocxWriter().write(try Docx.sample()))
        let page = try #require(report["page"] as? [String: Any])
        #expect(page["width_mm"] as? Double == 210)
        #expect(page["height_mm"] as? Double == 297)
        #expect(page["left_mm"] as? Double == 30)
        #expect(page["different_first_page"] as? Bool == true)
        #expect((page["first_page_header_text"] as? [String]) == [""])

        let paragraphs = try #require(report["paragraphs"] as? [[String: Any]])
        func where_(_ style: String) -> [[String: Any]] { paragraphs.filter { $0["style"] as? String == style } }
        let headings = where_("VB Điều").compactMap { $0["text"] as? String }
        let expected = try #require(try Docx.sample().attachments.first).allArticles.map { "Điều \($0.number). \($0.title ?? "")" }
        #expect(headings == expected)
        for heading in where_("VB Điều") {
            #expect(heading["bold"] as? Bool == true)
            #expect(heading["size"] as? Double == 14)
        }
        for basis in where_("VB Căn cứ") {
            #expect(basis["italic"] as? Bool == true)
            #expect(basis["bold"] as? Bool == false)
        }
        let decisionArticles = where_("VB Điều không tiêu đề")
        #expect(decisionArticles.count == 3)
        for article in decisionArticles {
            let runs = try #require(article["runs"] as? [[String: Any]])
            #expect(runs.first?["text"] as? String == "Điều \(decisionArticles.firstIndex { ($0["text"] as? String) == (article["text"] as? String) }! + 1).")
            #expect(runs.first?["bold"] as? Bool == true)
        }
        #expect((decisionArticles.last?["text"] as? String)?.hasSuffix("./.") == true)
        #expect(where_("VB Tên loại").first?["text"] as? String == "QUYẾT ĐỊNH")
        #expect(where_("VB Chương").compactMap { $0["text"] as? String } == ["Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"])

        let tables = try #require(report["tables"] as? [[[[String: Any]]]])
        let header = try #require(tables.first)
        let right = header[1]
        #expect(right.first?["text"] as? String == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(right.first?["bold"] as? Bool == true)
        #expect(right.first?["size"] as? Double == 12)
        #expect(right[1]["text"] as? String == "Độc lập - Tự do - Hạnh phúc")
        #expect(right[1]["size"] as? Double == 13)
        let left = header[0]
        #expect(left[0]["bold"] as? Bool == false, "the parent body is not bold")
        #expect(left[1]["bold"] as? Bool == true, "the issuing body is bold")
        let closing = try #require(tables.first { ($0.first?.first?["text"] as? String) == "Nơi nhận:" })
        let recipientsHeading = closing[0][0]
        #expect(recipientsHeading["bold"] as? Bool == true)
        #expect(recipientsHeading["italic"] as? Bool == true)
        #expect(recipientsHeading["size"] as? Double == 12)
        #expect(closing[0][1]["size"] as? Double == 11)
        #expect(closing[0].last?["text"] as? String == "- Lưu: VT, HSCDS.")
    }

    @Test func thirteenPointBody() throws {
        let report = try Docx.report(try DocxWriter(bodySize: 13).write(try Docx.sample()))
        let paragraphs = try #require(report["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.first { $0["style"] as? String == "VB Điều" }?["size"] as? Double == 13)
    }
}
