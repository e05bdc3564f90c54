import Foundation
import Testing
import VanBan
import VanBanPDF
import VanBanTestSupport

/// The PDF reader and the incremental update, on small files made here.
@Suite("PDF syntax and signature fields")
struct PDFSyntaxTests {
    /// A two-page PDF with a classic cross-reference table, an inherited media box and one
    /// existing link annotation on page 2 (held in an indirect array).
    static func minimalPDF() -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 595.303937 841.889764] >>",
            "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>",
            "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Annots 6 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "[<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] >>]",
        ]
        var out = Data("%PDF-1.6\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f\r\n"
        for offset in offsets { table += String(format: "%010d 00000 n\r\n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /ID [<0011> <0011>] >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    @Test func readsTheCrossReferenceTableAndPageTree() throws {
        let file = try PDFFile(Self.minimalPDF())
        #expect(file.size == 7)
        let pages = try file.pages()
        #expect(pages.map(\.reference.number) == [3, 4])
        #expect(pages[0].mediaBox == [0, 0, 595.303937, 841.889764], "the media box is inherited from the page tree")
    }

    @Test("fields are appended as an update: old bytes untouched, /Prev, AcroForm, /Annots")
    func addsFields() throws {
        let original = Self.minimalPDF()
        let fields = [
            SignatureField(name: "nguoi-ky", pageIndex: 1, rect: [327.46, 683.09, 497.54, 753.09]),
            SignatureField(name: "co-quan", pageIndex: 0, rect: [382, 772, 552, 830]),
        ]
        let updated = try SignatureFieldWriter.adding(fields, to: original)
        #expect(updated.prefix(original.count) == original, "an incremental update never rewrites earlier bytes")
        let file = try PDFFile(updated)
        #expect(file.trailer["Prev"]?.integer == (try PDFFile(original)).startXref)
        #expect(file.trailer["ID"] == (try PDFFile(original)).trailer["ID"])
        let form = try #require(try file.resolve(try file.catalog()["AcroForm"]).dictionary)
        #expect(form["SigFlags"] == .integer(3))
        #expect(form["Fields"]?.array?.count == 2)
        let pages = try file.pages()
        #expect(try file.resolve(pages[1].dictionary["Annots"]).array?.count == 2, "the link stays and the widget joins it")
        let widget = try #require(try file.resolve(pages[1].dictionary["Annots"]?.array?.last).dictionary)
        #expect(widget["FT"] == .name("Sig"))
        #expect(widget["T"] == .text("nguoi-ky"))
        #expect(widget["F"] == .integer(4))
        #expect(widget["P"] == .reference(pages[1].reference))

        // pypdf, an independent reader, sees the same.
        let folder = try ExternalTool.temporaryDirectory("vanban-pdf-syntax")
        let url = folder.appendingPathComponent("fields.pdf")
        try updated.write(to: url)
        let report = try PDFTools.report(url)
        let listed = try #require(report["fields"] as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["name"] as? String }) == ["nguoi-ky", "co-quan"])
        let signer = try #require(listed.first { $0["name"] as? String == "nguoi-ky" })
        #expect(signer["page"] as? Int == 1)
        #expect(signer["rect"] as? [Double] == [327.46, 683.09, 497.54, 753.09])
        #expect(signer["type"] as? String == "/Sig")
        #expect(report["sig_flags"] as? Int == 3)
    }

    @Test("a second update chains to the first; a name already used is refused")
    func updatesTwice() throws {
        let once = try SignatureFieldWriter.adding([SignatureField(name: "nguoi-ky", pageIndex: 0, rect: [1, 2, 3, 4])], to: Self.minimalPDF())
        let twice = try SignatureFieldWriter.adding([SignatureField(name: "co-quan", pageIndex: 0, rect: [5, 6, 7, 8])], to: once)
        let file = try PDFFile(twice)
        #expect(file.trailer["Prev"]?.integer == (try PDFFile(once)).startXref)
        let form = try #require(try file.resolve(try file.catalog()["AcroForm"]).dictionary)
        #expect(form["Fields"]?.array?.count == 2)
        #expect(throws: PDFSyntaxError.self) {
            try SignatureFieldWriter.adding([SignatureField(name: "nguoi-ky", pageIndex: 0, rect: [1, 2, 3, 4])], to: once)
        }
        #expect(throws: PDFSyntaxError.self) {
            try SignatureFieldWriter.adding([SignatureField(name: "x", pageIndex: 9, rect: [1, 2, 3, 4])], to: once)
        }
    }

    @Test("a cross-reference stream is refused clearly")
    func refusesCrossReferenceStreams() throws {
        var data = Data("%PDF-1.7\n".utf8)
        let offset = data.count
        data.append(Data("7 0 obj\n<< /Type /XRef /Size 8 /W [1 2 1] /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n\(offset)\n%%EOF\n".utf8))
        do {
            _ = try PDFFile(data)
            Issue.record("a cross-reference stream must be refused")
        } catch {
            #expect(error.isCrossReferenceStream)
        }
    }

    @Test("broken files fail with an error, never a crash")
    func brokenFiles() {
        let good = [UInt8](Self.minimalPDF())
        var generator = SystemRandomNumberGenerator()
        for length in stride(from: 0, to: good.count, by: 7) {
            _ = try? SignatureFieldWriter.adding([SignatureField(name: "a", pageIndex: 0, rect: [0, 0, 1, 1])], to: Data(good.prefix(length)))
        }
        for _ in 0..<300 {
            var bytes = good
            for _ in 0..<3 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            _ = try? SignatureFieldWriter.adding([SignatureField(name: "a", pageIndex: 0, rect: [0, 0, 1, 1])], to: Data(bytes))
        }
        #expect(throws: PDFSyntaxError.self) { try PDFFile(Data("not a pdf".utf8)) }
        #expect(throws: PDFSyntaxError.self) { try PDFFile(Data(good.prefix(good.count / 2))) }
    }

    @Test("objects read back as written: strings with escapes, hex, names with #xx, reals, references")
    func objectsRoundTrip() throws {
        let source = #"<< /A (a\(b\)c\\ \n\101) /B <48656C6C6F> /C /Na#20me /D [1 0 R -2.5 .5 true null] /E << /F 3 >> >>"#
        let parsed = try PDFFile.parseObject(Data(source.utf8))
        let dictionary = try #require(parsed.dictionary)
        #expect(dictionary["A"]?.stringBytes == Data("a(b)c\\ \nA".utf8))
        #expect(dictionary["B"]?.stringBytes == Data("Hello".utf8))
        #expect(dictionary["C"] == .name("Na me"))
        #expect(dictionary["D"] == .array([.reference(PDFReference(1)), .real(-2.5), .real(0.5), .bool(true), .null]))
        #expect(try PDFFile.parseObject(parsed.serialized) == parsed)
    }

    @Test("the DOCX writer's bookmarks are the markers the placement looks for")
    func markersAgree() {
        #expect(DocxWriter.signatureSpaceBookmark == SignaturePlacement.signatureSpaceMarker)
        #expect(DocxWriter.signerNameBookmark == SignaturePlacement.signerNameMarker)
    }
}
