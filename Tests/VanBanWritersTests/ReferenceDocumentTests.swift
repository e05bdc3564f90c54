import Foundation
import Testing
import VanBan
import VanBanTestSupport
import XMLKit
import ZipKit

@Suite("--reference-doc: a school's styles and page setup win")
struct ReferenceDocumentTests {
    /// A reference file made from our own output with a different body style and 25/20/35/20 mm margins.
    func makeReference() throws -> URL {
        let reader = try ZipReader(data: try DocxWriter().write(Document(kind: .quyetDinh)))
        let writer = ZipWriter()
        for name in reader.names {
            var data = try #require(try reader.read(name))
            if name == "word/styles.xml" {
                let text = String(decoding: data, as: UTF8.self)
                    .replacingOccurrences(of: "<w:name w:val=\"VB Điều\"/>", with: "<w:name w:val=\"Điều của trường\"/>")
                // Drop one of our styles entirely: the writer must add it back.
                let start = try #require(text.range(of: "<w:style w:type=\"paragraph\" w:styleId=\"VBPoint\">"))
                let end = try #require(text.range(of: "</w:style>", range: start.upperBound..<text.endIndex))
                data = Data(text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "").utf8)
            }
            if name == "word/document.xml" {
                data = Data(String(decoding: data, as: UTF8.self)
                    .replacingOccurrences(of: #"w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#,
                                          with: #"w:top="1417" w:right="1134" w:bottom="1134" w:left="1985""#).utf8)
            }
            try writer.add(name, data)
        }
        let url = try ExternalTool.temporaryDirectory("vanban-ref").appendingPathComponent("truong.docx")
        try writer.finish().write(to: url)
        return url
    }

    @Test func referenceStylesAndMarginsWin() throws {
        let reference = try makeReference()
        let data = try DocxWriter(referenceDocument: reference).write(try Docx.sample())
        let reader = try ZipReader(data: data)
        let styles = String(decoding: try #require(try reader.read("word/styles.xml")), as: UTF8.self)
        #expect(styles.contains("Điều của trường"))
        #expect(styles.contains("w:styleId=\"VBPoint\""), "a style the reference lacks is added back")
        let document = String(decoding: try #require(try reader.read("word/document.xml")), as: UTF8.self)
        #expect(document.contains(#"w:top="1417""#) && document.contains(#"w:left="1985""#))
        #expect(try Docx.validate(data).isEmpty)
    }

    @Test func brokenReferenceIsAClearError() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-ref")
        let notZip = folder.appendingPathComponent("broken.docx")
        try Data("this is not a docx".utf8).write(to: notZip)
        #expect {
            try DocxWriter(referenceDocument: notZip).write(Document(kind: .quyetDinh))
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == .badReferenceDocument && diagnostic.message(in: .en).contains("broken.docx")
        }
        let missing = folder.appendingPathComponent("missing.docx")
        #expect(throws: Diagnostic.self) { try DocxWriter(referenceDocument: missing).write(Document(kind: .quyetDinh)) }
    }

    @Test func templateFolderOverridesPageSetup() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-templates")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docx"), withIntermediateDirectories: true)
        let page = """
            {"margins_mm": {"top": 25, "bottom": 20, "left": 35, "right": 20}, "header_distance_mm": 10, "footer_distance_mm": 10,
             "body_size_pt": 13, "first_line_indent_cm": 1.27, "header_columns_percent": [40, 60], "header_overhang_mm": 0,
             "closing_columns_percent": [40, 60]}
            """
        try page.write(to: folder.appendingPathComponent("docx/page.json"), atomically: true, encoding: .utf8)
        let data = try DocxWriter(templatesDirectory: folder).write(try Docx.sample())
        let reader = try ZipReader(data: data)
        let document = String(decoding: try #require(try reader.read("word/document.xml")), as: UTF8.self)
        #expect(document.contains(#"w:left="1984""#))
        let styles = String(decoding: try #require(try reader.read("word/styles.xml")), as: UTF8.self)
        #expect(styles.contains(#"<w:sz w:val="26"/>"#) && styles.contains(#"w:firstLine="720""#))

        try "{ not json".write(to: folder.appendingPathComponent("docx/page.json"), atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try DocxWriter(templatesDirectory: folder).write(try Docx.sample()) }
    }
}
