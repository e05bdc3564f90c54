import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// A signature page that holds no text of the body can be detached and put under another text
/// (issue 11). Decisions whose body grows one line at a time move the page break across every
/// position around the closing block; LibreOffice (one batch) and Chromium print each, and
/// `pdftotext` must find body text on the page that holds "Nơi nhận:".
@Suite("the signature page shares body text", .serialized)
struct SignaturePageTests {
    /// Body lengths that walk the break over a whole A4 page around the closing block.
    static let lengths = Array(14...50)

    static func decision(lines: Int) -> Document {
        var document = Document(kind: .quyetDinh, issuer: IssuingBody(name: "Trường Mầm non Thiên Tôn", abbreviation: "MNTT"),
                                number: 257, place: "Hoa Lư", date: CivilDate(year: 2025, month: 10, day: 7),
                                title: "Về việc thử vị trí ngắt trang", issuingAuthority: "Hiệu trưởng Trường Mầm non Thiên Tôn",
                                bases: ["Căn cứ Điều lệ Trường Mầm non"])
        document.body.articles = [
            Article(number: "1", title: "Nội dung", paragraphs: (1...lines).map { "Thân văn bản dòng \($0)." }),
            Article(number: "2", paragraphs: ["Quyết định có hiệu lực kể từ ngày ký."]),
        ]
        document.recipients = ["Như Điều 2", "Lưu: VT"]
        document.signature = SignatureBlock(position: "Hiệu trưởng", name: "Nguyễn Thị Lan")
        return document
    }

    /// The text of each page of a PDF.
    static func pages(_ pdf: URL) throws -> [String] {
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).stdout
        return text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// Checks one printed decision; returns the number of the page holding "Nơi nhận:".
    static func check(_ pdf: URL, lines: Int, printer: String) throws -> Int {
        let pages = try pages(pdf)
        let index = try #require(pages.firstIndex { $0.contains("Nơi nhận:") }, "\(printer), \(lines) lines: no \"Nơi nhận:\"")
        let page = pages[index]
        #expect(page.contains("Thân văn bản dòng") || page.contains("Quyết định có hiệu lực"),
                "\(printer), \(lines) lines: the page holding \"Nơi nhận:\" (page \(index + 1)) holds no body text")
        return index + 1
    }

    @Test("DOCX through LibreOffice, one batch")
    func docx() throws {
        let environment = try RenderEnvironment.load()
        let jobs = try Self.lengths.map { PDFRenderer.Job(name: "\($0).docx", docx: try environment.render(Self.decision(lines: $0), as: .docx)) }
        let results = PDFRenderer.convert(jobs)
        let folder = try ExternalTool.temporaryDirectory("vanban-signature-page")
        var closingPages = Set<Int>()
        for (lines, result) in zip(Self.lengths, results) {
            let pdf = folder.appendingPathComponent("\(lines).pdf")
            try result.get().data.write(to: pdf)
            closingPages.insert(try Self.check(pdf, lines: lines, printer: "LibreOffice"))
        }
        // The lengths did move the closing block over a page break.
        #expect(closingPages.count >= 2)
    }

    /// The HTML prints the body's last block and the closing table in one `break-inside: avoid`
    /// box: Chromium 156 did not honour `break-after: avoid` before the closing table at every length.
    @Test("HTML through headless Chromium, one session")
    func html() throws {
        try printHTML()
    }

    func printHTML() throws {
        let environment = try RenderEnvironment.load()
        let folder = try ExternalTool.temporaryDirectory("vanban-signature-page-html")
        var pages: [String] = []
        for lines in Self.lengths {
            let page = folder.appendingPathComponent("\(lines).html")
            try environment.render(Self.decision(lines: lines), as: .html).write(to: page)
            pages.append(page.path)
        }
        // One Chromium session prints them all (DevTools printToPDF with the CSS page size).
        let script = Repository.root.appendingPathComponent("Tests/Scripts/print_html.py").path
        try ExternalTool.run("python3", [script, folder.path] + pages)
        var closingPages = Set<Int>()
        for lines in Self.lengths {
            closingPages.insert(try Self.check(folder.appendingPathComponent("\(lines).pdf"), lines: lines, printer: "Chromium"))
        }
        #expect(closingPages.count >= 2)
    }

    /// Done-criterion of issue 11: each seed with a decision, and the sample, imported (the sample
    /// loaded) and rendered to DOCX, printed by LibreOffice in one batch.
    @Test("seeds and the sample re-issue cleanly")
    func seedsReissue() throws {
        let environment = try RenderEnvironment.load()
        var documents: [(String, Document)] = []
        for seed in ["000_369183dc2f8fce55", "001_2938293fd5bed2c7", "003_ff3ac0578113eab4", "004_920dc10ff5b4fc36"] {
            let url = Repository.shared.appendingPathComponent("seeds/\(seed).txt")
            documents.append((seed, TextReader().read(try Data(contentsOf: url), file: url.path).document))
        }
        documents.append(("sample", try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document))
        let jobs = try documents.map { PDFRenderer.Job(name: $0.0, docx: try environment.render($0.1, as: .docx)) }
        let folder = try ExternalTool.temporaryDirectory("vanban-reissue")
        for ((name, document), result) in zip(documents, PDFRenderer.convert(jobs)) {
            let issuer = try #require(document.issuer, "\(name): no issuing body")
            // The DOCX header names the body in capitals with the rule under it (ô 2 of Nghị định 30).
            let docx = folder.appendingPathComponent("\(name).docx")
            try jobs.first { $0.name == name }!.docx.write(to: docx)
            let xml = try ExternalTool.run("unzip", ["-p", docx.path, "word/document.xml"]).stdout
            let capitals = VietnameseText.uppercased(issuer.name)
            let after = try #require(xml.range(of: capitals), "\(name): the header does not name \(capitals)")
            let next = xml[after.upperBound...].range(of: "<w:pStyle w:val=\"")
            #expect(next.map { xml[$0.upperBound...].hasPrefix("VBRule") } == true, "\(name): no rule under the issuing body")
            #expect(!issuer.name.isEmpty && issuer.parent == nil || name == "sample", "\(name): a parent body was invented")
            // One căn cứ per line: no basis holds the opener of another.
            for basis in document.bases {
                #expect(!basis.dropFirst(3).contains("Căn cứ ") && !basis.contains(". Xét ") && !basis.contains("; Xét "), "\(name): \(basis)")
            }
            #expect(document.preamble.isEmpty, "\(name): stray text would be printed: \(document.preamble)")
            let pdf = folder.appendingPathComponent("\(name).pdf")
            try result.get().data.write(to: pdf)
            let pages = try Self.pages(pdf)
            // The header names the issuing body in capitals on page 1.
            #expect(pages.first?.contains(VietnameseText.uppercased(issuer.name)) == true, "\(name): header lacks \(issuer.name)")
            for unplaced in document.unplaced {
                #expect(!pages.joined().contains(unplaced.text), "\(name): unplaced text printed: \(unplaced.text)")
            }
            let index = try #require(pages.firstIndex { $0.contains("Nơi nhận:") }, "\(name): no Nơi nhận")
            let page = pages[index]
            let bodyWords = document.allArticles.compactMap { $0.paragraphs.last ?? $0.title }.map { String($0.prefix(12)) }
            // Text before "Nơi nhận:" on its page is body text (the page number aside).
            let before = page.components(separatedBy: "Nơi nhận:")[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(before.contains { $0.count > 3 } || bodyWords.contains { page.contains($0) }, "\(name): the signature page holds no body text")
        }
    }

    /// Chromium clips what lies in the page margins: every word of the printed sample but the page
    /// number (in its margin box) lies inside the text area, 30 mm left, 15 mm right, 20 mm top and bottom.
    @Test("printed HTML stays inside the text area")
    func htmlInsideTextArea() throws {
        let environment = try RenderEnvironment.load()
        let sample = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
        let folder = try ExternalTool.temporaryDirectory("vanban-html-bbox")
        let page = folder.appendingPathComponent("sample.html")
        try environment.render(sample, as: .html).write(to: page)
        let pdf = folder.appendingPathComponent("sample.pdf")
        try ExternalTool.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        let xml = try ExternalTool.run("pdftotext", ["-bbox", pdf.path, "-"]).stdout
        let millimetre = 72.0 / 25.4
        let (left, right, top, bottom) = (30 * millimetre, (210 - 15) * millimetre, 20 * millimetre, (297 - 20) * millimetre)
        let regex = try NSRegularExpression(pattern: #"<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>"#)
        var words = 0
        for match in regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            func value(_ index: Int) -> Double { Double(xml[Range(match.range(at: index), in: xml)!]) ?? 0 }
            let word = String(xml[Range(match.range(at: 5), in: xml)!])
            let (xMin, yMin, xMax, yMax) = (value(1), value(2), value(3), value(4))
            // The page number sits in the top margin box.
            if yMax <= top + 1, Int(word) != nil { continue }
            words += 1
            #expect(xMin >= left - 0.5 && xMax <= right + 0.5 && yMin >= top - 1 && yMax <= bottom + 1, "\(word) lies outside the text area (\(xMin), \(yMin))")
        }
        #expect(words > 100)
    }
}
