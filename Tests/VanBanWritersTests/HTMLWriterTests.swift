import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("HTML writer")
struct HTMLWriterTests {
    func sampleHTML() throws -> String { try HTMLWriter().write(try Docx.sample()) }

    @Test func sampleMatchesGolden() throws {
        let html = try sampleHTML()
        #expect(html == (try Repository.golden("Tests/Golden/html/qd-257-mn-thien-ton.html", actual: html)))
    }

    @Test("one self-contained file: inline CSS, no script, nothing fetched")
    func selfContained() throws {
        let html = try sampleHTML()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<style>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test("stable, unique ids for chapters, articles, clauses and points")
    func anchors() throws {
        var decision = try Docx.sample()
        decision.body.articles[0].clauses = [Clause(number: "2", text: "Khoản", points: [Point(letter: "a", text: "Điểm"), Point(letter: "d", text: "Điểm d"), Point(letter: "đ", text: "Điểm đ")])]
        let html = try HTMLWriter().write(decision)
        for id in ["dieu-1", "dieu-1-khoan-2", "dieu-1-khoan-2-diem-a", "dieu-1-khoan-2-diem-d", "dieu-1-khoan-2-diem-dd", "qc-1-chuong-1", "qc-1-dieu-5", "qc-1-dieu-4-khoan-2"] {
            #expect(html.contains("id=\"\(id)\""), "missing id \(id)")
        }
        let ids = html.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
    }

    @Test("headings come in order: h1 document, h2 chapter, h3 article")
    func headingOrder() throws {
        let html = try sampleHTML()
        let levels = html.matches(of: /<h([1-6])/).map { Int(String($0.1))! }
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading level jumps from h\(previous) to h\(next)")
        }
        #expect(html.contains("<h2 class=\"vb-chapterLabel\" id=\"qc-1-chuong-1\"><span class=\"vb-heading-label\">Chương I</span><span class=\"vb-heading-title\">QUY ĐỊNH CHUNG</span></h2>"))
        #expect(html.contains("<h3 class=\"vb-article-heading\" id=\"qc-1-dieu-1\"><strong>Điều 1.</strong><strong> Mục đích ban hành</strong></h3>"))
    }

    @Test func tableOfContentsForRegulationsWithChapters() throws {
        let html = try sampleHTML()
        #expect(html.contains("<nav class=\"vb-toc\" aria-label=\"Mục lục\">"))
        #expect(html.contains("<a href=\"#qc-1-chuong-2\">Chương II. QUẢN LÝ, VẬN HÀNH, KHAI THÁC SỬ DỤNG</a>"))
        #expect(html.contains("<a href=\"#qc-1-dieu-19\">Điều 19. Tổ chức thực hiện</a>"))
        #expect(html.contains("@media print") && html.contains(".vb-toc { display: none; }"))
        var decisionOnly = try Docx.sample()
        decisionOnly.attachments = []
        #expect(!(try HTMLWriter().write(decisionOnly)).contains("vb-toc\""))
    }

    @Test("every piece of text is escaped")
    func escaping() throws {
        var document = try Docx.sample()
        document.title = "<script>alert(1)</script> & <b>"
        document.recipients = ["<img src=x onerror=alert(1)>"]
        document.attachments[0].body.chapters[0].articles[0].title = "\"quoted\" & 'single'"
        let html = try HTMLWriter().write(document)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"))
        #expect(html.contains("<title>Quyết định 257/QĐ-MNTT: &lt;script&gt;"))
    }

    @Test("every id on the page is unique: Mục 1 of Chương I and Mục 1 of Chương II are told apart")
    func uniqueIds() throws {
        let text = """
            QUYẾT ĐỊNH
            Về việc thử

            Chương I
            QUY ĐỊNH CHUNG
            Mục 1. PHẠM VI
            Điều 1. Phạm vi
            Nội dung.
            Chương II
            TỔ CHỨC
            Mục 1. BỘ MÁY
            Điều 2. Bộ máy
            Nội dung.
            """
        let document = TextReader().read(text).document
        let html = try HTMLWriter().write(document)
        let ids = html.matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(ids.contains("chuong-1-muc-1") && ids.contains("chuong-2-muc-1"))
    }

    @Test("a tag hidden behind a combining mark is escaped too (escaping works on bytes, not characters)")
    func escapingBehindCombiningMark() throws {
        var document = try Docx.sample()
        // "<" + U+0338 is one Character; NFC even composes it to "≮", so the mark goes on "s" instead.
        document.recipients = ["<\u{0301}script>x</script>", "a\u{0301}<b>"]
        let html = try HTMLWriter().write(document)
        #expect(!html.contains("<\u{0301}script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;b&gt;"))
    }

    @Test func controlCharactersAndNFD() throws {
        var document = Document(kind: .quyChe, title: "Tr\u{0075}\u{031B}o\u{031B}\u{0300}ng\u{07}\u{00} \u{00D0}ạo")
        document.body.articles = [Article(number: "1", title: "A\u{1B}B")]
        let html = try HTMLWriter().write(document)
        #expect(html.contains("Trường Đạo"))
        #expect(html.contains("AB"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("a template in --templates DIR replaces the built-in one")
    func templateOverride() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-html")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("html"), withIntermediateDirectories: true)
        try "<p class=\"vb-basis custom\">CĂN CỨ: {{text}}</p>".write(to: folder.appendingPathComponent("html/basis.mustache"), atomically: true, encoding: .utf8)
        let html = try HTMLWriter(templatesDirectory: folder).write(try Docx.sample())
        #expect(html.contains("<p class=\"vb-basis custom\">CĂN CỨ: Căn cứ Điều lệ"))
        // The other templates are still the built-in ones.
        #expect(html.contains("<h1 class=\"vb-document-title\""))
    }

    @Test("a broken template fails with its file and line")
    func brokenTemplate() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-html")
        let file = folder.appendingPathComponent("article.mustache")
        try "<p>\n{{#titled}}<h3>{{> runs}}</h3>\n{{/untitled}}\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try HTMLWriter(templatesDirectory: folder).write(Document(kind: .quyChe))
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == .badTemplate && diagnostic.location?.file == file.path && diagnostic.location?.line == 3
        }
        try "<p>\n\n{{> no-such-partial}}\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try HTMLWriter(templatesDirectory: folder).write(Document(kind: .quyChe))
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.location?.line == 3 && diagnostic.message(in: .en).contains("no template named \"no-such-partial\"")
        }
    }
}

@Suite("HTML in headless Chromium", .serialized)
struct HTMLChromiumTests {
    func printToPDF(_ html: String) throws -> URL {
        let folder = try ExternalTool.temporaryDirectory("vanban-chromium")
        let page = folder.appendingPathComponent("page.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("page.pdf")
        try ExternalTool.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        try #require(FileManager.default.fileExists(atPath: pdf.path), "Chromium made no PDF")
        return pdf
    }

    @Test("prints on A4, page numbers from page 2, number and date in the text")
    func printsOnA4() throws {
        let pdf = try printToPDF(try HTMLWriter().write(try Docx.sample()))
        let info = try ExternalTool.run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("(A4)"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect((4...8).contains(pages), "unexpected page count \(pages)")
        func firstLine(ofPage page: Int) throws -> String {
            let text = try ExternalTool.run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).stdout
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
        }
        #expect(try firstLine(ofPage: 1).hasPrefix("ỦY BAN NHÂN DÂN"), "page 1 shows no number")
        #expect(try firstLine(ofPage: 2) == "2")
        #expect(try firstLine(ofPage: 3) == "3")
        let all = try ExternalTool.run("pdftotext", [pdf.path, "-"]).stdout
        #expect(all.contains("Số: 257/QĐ-MNTT"))
        #expect(all.contains("Hoa Lư, ngày 07 tháng 10 năm 2025"))
        #expect(all.contains("(Ban hành kèm theo Quyết định số 257/QĐ-MNTT ngày 07 tháng 10 năm 2025"))
        #expect(!all.contains("Mục lục"), "the table of contents is for the screen only")
    }
}
