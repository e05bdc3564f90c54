import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("Hardening: templates")
struct WriterHardeningTests {
    func document() throws -> Document {
        try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
    }

    /// A templates folder whose page.json has one value replaced.
    func templates(replacing old: String, with new: String) throws -> URL {
        let folder = try Binary.folder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docx"), withIntermediateDirectories: true)
        let page = try Repository.text(Repository.root.appendingPathComponent("Templates/docx/page.json"))
        #expect(page.contains(old))
        try Data(page.replacingOccurrences(of: old, with: new).utf8).write(to: folder.appendingPathComponent("docx/page.json"))
        return folder
    }

    /// Defect 5: 1e300 crashed the Double → Int conversion; short column lists indexed out of
    /// range; margins wider than the page gave a negative table width.
    @Test func pageSetupValuesAreValidated() throws {
        let cases = [
            ("\"top\": 20", "\"top\": 1e300", "margins_mm.top"),
            ("\"body_size_pt\": 14", "\"body_size_pt\": 1e300", "body_size_pt"),
            ("\"first_line_indent_cm\": 1.0", "\"first_line_indent_cm\": 1e300", "first_line_indent_cm"),
            ("\"header_columns_percent\": [45, 55]", "\"header_columns_percent\": []", "header_columns_percent"),
            ("\"closing_columns_percent\": [40, 60]", "\"closing_columns_percent\": [40]", "closing_columns_percent"),
            ("\"left\": 30, \"right\": 15", "\"left\": 90, \"right\": 90", "margins_mm.left + margins_mm.right"),
            ("\"header_overhang_mm\": 5", "\"header_overhang_mm\": -5", "header_overhang_mm"),
        ]
        let document = try document()
        for (old, new, key) in cases {
            let folder = try templates(replacing: old, with: new)
            do {
                _ = try DocxWriter(templatesDirectory: folder).write(document)
                Issue.record("\(new) was accepted")
            } catch let diagnostic as Diagnostic {
                #expect(diagnostic.code == .pageSetupOutOfRange, "\(new)")
                #expect(diagnostic.message(in: .en).contains(key), "\(diagnostic.message(in: .en))")
            }
        }
        // The shipped page setup passes.
        _ = try DocxWriter().write(document)
    }

    /// Defect 6: a partial that includes itself overflowed the stack (SIGSEGV).
    @Test func recursivePartialIsRefused() throws {
        let folder = try Binary.folder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("html"), withIntermediateDirectories: true)
        try Data("<p>{{> block}}</p>\n".utf8).write(to: folder.appendingPathComponent("html/block.mustache"))
        let document = try document()
        do {
            _ = try HTMLWriter(templatesDirectory: folder).write(document)
            Issue.record("a recursive partial was accepted")
        } catch {
            #expect(error.code == .badTemplate)
            #expect(error.message(in: .en).contains("block → block"))
            #expect(error.location?.line == 1)
        }
        // Through the command line too: VB207 and exit 1, not a crash.
        let result = try Binary.run(["render", Repository.sample.path, "--to", "html", "--templates", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[VB207]"))
        // Recursion inside a section follows the data and stays allowed (attachment → document).
        #expect(try HTMLWriter().write(document).contains("<html"))
    }
}
