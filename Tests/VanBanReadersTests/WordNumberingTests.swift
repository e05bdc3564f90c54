import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// Word lists written as XML by the test; the labels the importer computes must be the ones
/// LibreOffice shows when it converts the same file to text.
@Suite("Word numbering", .serialized)
struct WordNumberingTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A level: format, pattern, start, and optional restart / legal / style link.
    static func level(_ ilvl: Int, _ format: String, _ text: String, start: Int = 1, restart: Int? = nil, legal: Bool = false, style: String? = nil) -> String {
        "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>"
            + (restart.map { "<w:lvlRestart w:val=\"\($0)\"/>" } ?? "") + (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")
            + (legal ? "<w:isLgl/>" : "") + "<w:suff w:val=\"space\"/><w:lvlText w:val=\"\(text)\"/></w:lvl>"
    }

    /// A paragraph, numbered (numId, ilvl) or in a style.
    static func paragraph(_ text: String, num: Int? = nil, level: Int? = nil, style: String? = nil) -> String {
        var pPr = ""
        if let style { pPr += "<w:pStyle w:val=\"\(style)\"/>" }
        if let num { pPr += "<w:numPr>" + (level.map { "<w:ilvl w:val=\"\($0)\"/>" } ?? "") + "<w:numId w:val=\"\(num)\"/></w:numPr>" }
        return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    struct Fixture: Sendable, CustomTestStringConvertible {
        var name: String
        var numbering: String
        var styles: String = ""
        var body: [String]
        var testDescription: String { name }
    }

    static let fixtures: [Fixture] = [
        Fixture(name: "articles-clauses-points",
                numbering: "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
                    + level(0, "decimal", "Điều %1.", start: 5) + level(1, "decimal", "%2.") + level(2, "lowerLetter", "%3)") + "</w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
                body: [paragraph("Phạm vi", num: 1, level: 0), paragraph("Nội dung một", num: 1, level: 1), paragraph("Điểm", num: 1, level: 2),
                       paragraph("Điểm", num: 1, level: 2), paragraph("Điểm", num: 1, level: 2), paragraph("Điểm", num: 1, level: 2),
                       paragraph("Điểm", num: 1, level: 2), paragraph("Nội dung hai", num: 1, level: 1), paragraph("Điểm", num: 1, level: 2),
                       paragraph("Văn bản xen giữa"), paragraph("Đối tượng", num: 1, level: 0), paragraph("Khoản", num: 1, level: 1),
                       paragraph("Điểm", num: 1, level: 2)]),
        Fixture(name: "chapters-by-heading-style",
                numbering: "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"multilevel\"/>"
                    + level(0, "upperRoman", "Chương %1", style: "Heading1") + level(1, "decimal", "Điều %2.", style: "Heading2") + "</w:abstractNum>"
                    + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>",
                styles: "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Dieu\"><w:name w:val=\"Dieu\"/><w:basedOn w:val=\"Heading2\"/></w:style>",
                body: [paragraph("QUY ĐỊNH CHUNG", style: "Heading1"), paragraph("Phạm vi", style: "Heading2"), paragraph("Đối tượng", style: "Dieu"),
                       paragraph("TỔ CHỨC", style: "Heading1"), paragraph("Nhiệm vụ", style: "Heading2"), paragraph("Quyền hạn", style: "Heading2"),
                       paragraph("ĐIỀU KHOẢN THI HÀNH", style: "Heading1"), paragraph("Hiệu lực", style: "Heading2"), paragraph("Tổ chức thực hiện", style: "Heading2")]),
        Fixture(name: "instances-and-overrides",
                numbering: "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + level(0, "decimal", "%1.") + level(1, "lowerLetter", "%2)") + "</w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                    + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
                    + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
                    + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">" + level(0, "upperRoman", "Mục %1", start: 3) + "</w:lvlOverride></w:num>",
                body: [paragraph("Một", num: 1), paragraph("Hai", num: 1), paragraph("a", num: 1, level: 1), paragraph("b", num: 1, level: 1),
                       paragraph("Lại từ đầu", num: 2), paragraph("Tiếp", num: 2), paragraph("Từ bảy", num: 3), paragraph("Tám", num: 3),
                       paragraph("Mục", num: 4), paragraph("Mục", num: 4)]),
        Fixture(name: "zero-roman-letters",
                numbering: "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>" + level(0, "upperRoman", "%1.") + level(1, "decimal", "%1.%2.")
                    + level(2, "decimalZero", "%3.") + level(3, "lowerRoman", "(%4)") + level(4, "upperLetter", "%5.") + "</w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
                body: [paragraph("Phần", num: 1, level: 0), paragraph("Mục", num: 1, level: 1), paragraph("Mục", num: 1, level: 1),
                       paragraph("Khoản", num: 1, level: 2), paragraph("i", num: 1, level: 3), paragraph("ii", num: 1, level: 3),
                       paragraph("iii", num: 1, level: 3), paragraph("iv", num: 1, level: 3), paragraph("A", num: 1, level: 4),
                       paragraph("B", num: 1, level: 4), paragraph("Phần hai", num: 1, level: 0), paragraph("Mục", num: 1, level: 1)]),
    ]

    /// What Word does and LibreOffice 7.4 does not: `lvlRestart w:val="0"` (articles numbered
    /// on across chapters) and `isLgl` (arabic numbers for the higher levels inside a label).
    static let wordOnly: [Fixture] = [
        Fixture(name: "continuous-articles",
                numbering: "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"multilevel\"/>"
                    + level(0, "upperRoman", "Chương %1", style: "Heading1") + level(1, "decimal", "Điều %2.", restart: 0, style: "Heading2") + "</w:abstractNum>"
                    + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>",
                styles: "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>",
                body: [paragraph("A", style: "Heading1"), paragraph("a", style: "Heading2"), paragraph("b", style: "Heading2"),
                       paragraph("B", style: "Heading1"), paragraph("c", style: "Heading2")]),
        Fixture(name: "legal",
                numbering: "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "upperRoman", "%1.") + level(1, "decimal", "%1.%2.", legal: true) + "</w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
                body: [paragraph("Phần", num: 1, level: 0), paragraph("Mục", num: 1, level: 1), paragraph("Phần", num: 1, level: 0), paragraph("Mục", num: 1, level: 1)]),
    ]

    static func package(_ fixture: Fixture, in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent(fixture.name)
        let files: [String: String] = [
            "[Content_Types].xml": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>",
            "_rels/.rels": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
            "word/_rels/document.xml.rels": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>",
            "word/numbering.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"\(w)\">\(fixture.numbering)</w:numbering>",
            "word/styles.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"\(w)\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\(fixture.styles)</w:styles>",
            "word/document.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(w)\"><w:body>\(fixture.body.joined())<w:sectPr/></w:body></w:document>",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let output = folder.appendingPathComponent("\(fixture.name).docx")
        let zipped = try ExternalTool.run("python3", ["-c", """
            import os, sys, zipfile
            root, out = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
                for folder, _, names in os.walk(root):
                    for name in names:
                        path = os.path.join(folder, name)
                        z.write(path, os.path.relpath(path, root))
            """, root.path, output.path])
        try #require(zipped.status == 0, "\(zipped.stderr)")
        return output
    }

    static func normalized(_ line: String) -> String {
        line.replacingOccurrences(of: "\t", with: " ").split(separator: " ").joined(separator: " ")
    }

    @Test("labels equal LibreOffice's", arguments: fixtures)
    func labelsMatchLibreOffice(_ fixture: Fixture) throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-numbering")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.package(fixture, in: folder)
        let ours = try DOCXReader().paragraphTexts(try Data(contentsOf: file)).map(Self.normalized)
        guard let soffice = LibreOfficeConverter().executable else { return }
        let converted = try ExternalTool.run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                                                       "--outdir", folder.path, file.path])
        let text = try String(contentsOf: folder.appendingPathComponent("\(fixture.name).txt"), encoding: .utf8)
        let theirs = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { Self.normalized(String($0).replacingOccurrences(of: "\r", with: "")) }
        #expect(converted.status == 0)
        #expect(ours == Array(theirs.prefix(ours.count)), "\(fixture.name)")
    }

    @Test func expectedLabels() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-numbering")
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = try DOCXReader().paragraphTexts(try Data(contentsOf: try Self.package(Self.fixtures[0], in: folder)))
        #expect(articles.prefix(9) == ["Điều 5. Phạm vi", "1. Nội dung một", "a) Điểm", "b) Điểm", "c) Điểm", "d) Điểm", "e) Điểm", "2. Nội dung hai", "a) Điểm"])
        #expect(articles.suffix(3) == ["Điều 6. Đối tượng", "1. Khoản", "a) Điểm"])
        // Word's fifth letter is "e": the importer keeps it and the check warns (VB104).
        let result = try DOCXReader().read(try Data(contentsOf: folder.appendingPathComponent("articles-clauses-points.docx")), file: "list.docx")
        #expect(result.diagnostics.contains { $0.code == .pointLetter })
        #expect(result.diagnostics.contains { if case .wordParagraph = $0.libraryMessage { return true } else { return false } })
        let chapters = try DOCXReader().paragraphTexts(try Data(contentsOf: try Self.package(Self.fixtures[1], in: folder)))
        #expect(chapters == ["Chương I QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "Điều 2. Đối tượng", "Chương II TỔ CHỨC", "Điều 1. Nhiệm vụ",
                             "Điều 2. Quyền hạn", "Chương III ĐIỀU KHOẢN THI HÀNH", "Điều 1. Hiệu lực", "Điều 2. Tổ chức thực hiện"])
        let continuous = try DOCXReader().paragraphTexts(try Data(contentsOf: try Self.package(Self.wordOnly[0], in: folder)))
        #expect(continuous == ["Chương I A", "Điều 1. a", "Điều 2. b", "Chương II B", "Điều 3. c"])
        let legal = try DOCXReader().paragraphTexts(try Data(contentsOf: try Self.package(Self.wordOnly[1], in: folder)))
        #expect(legal == ["I. Phần", "1.1. Mục", "II. Phần", "2.1. Mục"])
    }
}
