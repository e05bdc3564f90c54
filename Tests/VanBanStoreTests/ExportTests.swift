import Foundation
import Testing
import VanBan
import VanBanStore
import VanBanTestSupport
import ZipKit

/// The printed register: DOCX on the Phụ lục IV form, CSV and HTML, judged by xmllint against
/// the ISO schemas and by LibreOffice.
@Suite("register export")
struct ExportTests {
    static let schemas = Repository.shared.appendingPathComponent("ooxml-schemas")

    func entries() async throws -> [RegisterEntry] {
        let store = try await Backends.open(try Backends.sqliteFile())
        let org = "MNTT"
        for day in 1...40 { try await issue(try draft(organisation: org), on: "2025-10-\(String(format: "%02d", day % 28 + 1))", store: store) }
        let all = try await store.entries(EntryFilter(organisation: org, year: 2025))
        _ = try await store.void(entryID: all[1].id!, note: "Hủy ngày 09/10/2025: thay thế bằng 05/QĐ-MNTT")
        let result = try await store.entries(EntryFilter(organisation: org, year: 2025))
        await store.close()
        return result
    }

    @Test("DOCX: validates against the schemas, opens in LibreOffice in landscape with the ten columns on every page")
    func docx() async throws {
        let data = try RegisterDocx.write(try await entries(), heading: RegisterHeading(year: 2025, organisations: ["MNTT"]))
        let folder = try ExternalTool.temporaryDirectory("vanban-register-docx")
        let reader = try ZipReader(data: data)
        for name in reader.names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #require(try reader.read(name)).write(to: url)
            let schema: String = if name == "[Content_Types].xml" {
                Self.schemas.appendingPathComponent("ecma/fouth-edition/opc-contentTypes.xsd").path
            } else if name.hasSuffix(".rels") {
                Self.schemas.appendingPathComponent("ecma/fouth-edition/opc-relationships.xsd").path
            } else {
                Self.schemas.appendingPathComponent("ISO-IEC29500-4_2016/wml.xsd").path
            }
            let result = try ExternalTool.run("xmllint", ["--noout", "--schema", schema, name], in: folder)
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        let document = try String(decoding: #require(try reader.read("word/document.xml")), as: UTF8.self)
        #expect(document.contains("w:orient=\"landscape\""))
        #expect(document.components(separatedBy: "<w:tblHeader/>").count - 1 == 2)

        // LibreOffice: a PDF with landscape A4 pages, several of them, the heading row on each.
        let input = folder.appendingPathComponent("so.docx")
        try data.write(to: input)
        let profile = folder.appendingPathComponent("profile")
        try ExternalTool.run("soffice", ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.path, input.path])
        let pdf = folder.appendingPathComponent("so.pdf")
        try #require(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice made no PDF")
        let info = try ExternalTool.run("pdfinfo", [pdf.path]).stdout
        let size = info.split(separator: "\n").first { $0.hasPrefix("Page size:") }?.split(separator: " ").compactMap { Double($0) } ?? []
        #expect(size.count == 2 && abs(size[0] - 841.9) < 1 && abs(size[1] - 595.3) < 1, "not landscape A4: \(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pages >= 2)
        for page in 1...max(1, pages) {
            let text = try ExternalTool.run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf.path, "-"]).stdout
            for heading in ["Người ký", "Ký nhận", "Ghi chú", "(10)"] {
                #expect(text.contains(heading), "page \(page) lacks \"\(heading)\"")
            }
        }
    }

    @Test("CSV: the ten columns, read back by the importer to the same entries")
    func csv() async throws {
        let original = try await entries()
        let data = RegisterCSV.write(original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}Số, ký hiệu văn bản") || text.hasPrefix("\u{FEFF}\"Số, ký hiệu văn bản\""))
        let read = RegisterImport.read(text, file: "so.csv", organisation: nil, sequence: nil, scheme: .single)
        #expect(read.diagnostics.isEmpty)
        #expect(read.entries.map(\.numberAndSymbol) == original.map(\.numberAndSymbol))
        #expect(read.entries.map(\.note) == original.map(\.note))
        #expect(read.entries.map(\.recipients) == original.map(\.recipients))
    }

    @Test("HTML: landscape print, header rows repeated, void rows marked")
    func html() async throws {
        let text = String(decoding: RegisterHTML.write(try await entries(), heading: RegisterHeading(year: 2025, organisations: ["MNTT"])), as: UTF8.self)
        #expect(text.contains("size: A4 landscape") && text.contains("<thead>") && text.contains("class=\"void\""))
        #expect(text.components(separatedBy: "<th>").count - 1 == 20)
    }
}
