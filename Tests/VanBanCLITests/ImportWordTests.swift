import Foundation
import Testing
import VanBanTestSupport

/// `vanban import` with Word files: the reader is chosen by content, findings name the paragraph.
@Suite("vanban import with Word files", .serialized)
struct ImportWordTests {
    @Test func docxImportsAndNamesParagraphs() throws {
        let folder = try Vanban.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Repository.shared.appendingPathComponent("corpus-docx/tt12-2017-bgddt.docx")
        // A renamed file is still read as Word: the reader goes by the ZIP signature.
        let renamed = folder.appendingPathComponent("tt12.bin")
        try FileManager.default.copyItem(at: source, to: renamed)
        let result = try Vanban.run(["import", renamed.path, "--to", "text", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Điều 30. "), "Word's automatic article numbers are computed")
        #expect(result.stdout.contains("Số: 12/2017/TT-BGDĐT"))
        // Every finding at a paragraph is followed by where it is in Word.
        let lines = result.stderr.split(separator: "\n")
        if let warning = lines.firstIndex(where: { $0.contains("warning:") && !$0.contains("[VB13") }) {
            #expect(lines[lines.index(after: warning)].contains("[VB131] in Word this is paragraph"))
        }
    }

    @Test func docWithoutLibreOfficeSaysSo() throws {
        let source = Repository.shared.appendingPathComponent("corpus-docx/vni-qd991-binhphuoc-2008.doc")
        let result = try Vanban.run(["import", source.path, "--lang", "en"], environment: ["VANBAN_SOFFICE": "/nonexistent/soffice", "PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[VB134] LibreOffice (soffice) is needed to read the Word 97–2003 file"), "\(result.stderr)")
    }
}
