import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The sample and the three template outputs rendered once, in one batch (one LibreOffice start).
enum RenderedSamples {
    static let inputs = [
        Repository.sample,
        Repository.root.appendingPathComponent("Samples/mn-hoa-sen/ung-dung-cntt-mam-non.yaml"),
        Repository.root.appendingPathComponent("Samples/mn-hoa-sen/co-so-du-lieu-nganh.yaml"),
        Repository.root.appendingPathComponent("Samples/mn-hoa-sen/ban-chi-dao-chuyen-doi-so.yaml"),
    ]

    /// The output folder, or why the batch failed.
    static let folder: Result<URL, RenderFailure> = {
        do {
            let folder = try ExternalTool.temporaryDirectory("vanban-pdf-samples")
            let result = try PDFTools.vanban(["render"] + inputs.map(\.path) + ["-o", folder.path + "/", "--to", "docx,pdf"])
            guard result.status == 0 else { return .failure(RenderFailure(message: result.stderr)) }
            return .success(folder)
        } catch {
            return .failure(RenderFailure(message: "\(error)"))
        }
    }()

    struct RenderFailure: Error { var message: String }

    /// The PDF and DOCX made from an input.
    static func outputs(_ input: URL) throws -> (pdf: URL, docx: URL) {
        let folder = try folder.get()
        let stem = input.deletingPathExtension().lastPathComponent
        return (folder.appendingPathComponent(stem + ".pdf"), folder.appendingPathComponent(stem + ".docx"))
    }
}

@Suite("PDF output judged by poppler, pypdf and pyHanko", .serialized)
struct PDFOutputTests {
    @Test("A4, LibreOffice's own page count, numbered from page 2, fonts embedded, number and date in the text",
          arguments: RenderedSamples.inputs)
    func pageSetupAndText(input: URL) throws {
        let (pdf, docx) = try RenderedSamples.outputs(input)
        let info = try PDFTools.info(pdf)
        #expect(info.size.contains("(A4)"), "\(info.size)")
        #expect(info.pages == (try PDFTools.plainLibreOfficePages(docx)), "the export options must not change the layout")
        #expect(info.pages >= 2)

        let first = try PDFTools.firstLine(pdf, page: 1)
        #expect(first.hasPrefix("ỦY BAN NHÂN DÂN"), "page 1 starts with the header, not a number: \(first)")
        #expect(try PDFTools.firstLine(pdf, page: 2) == "2")

        let fonts = try ExternalTool.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "font not embedded: \(font)")
            #expect(font.contains("LiberationSerif") || font.contains("TimesNewRoman"), "unexpected font: \(font)")
        }

        let text = try ExternalTool.run("pdftotext", [pdf.path, "-"]).stdout
        let data = try String(contentsOf: input, encoding: .utf8)
        let number = try #require(data.firstMatch(of: #/\nnumber: (\d+)/#)?.output.1)
        let date = try #require(data.firstMatch(of: #/\ndate: "?(\d{4})-(\d{2})-(\d{2})/#)?.output)
        #expect(text.contains("Số: \(number)/QĐ-"))
        #expect(text.contains("ngày \(date.3) tháng \(Int(date.2)! < 3 ? String(date.2) : String(Int(date.2)!)) năm \(date.1)"))
        #expect(try ExternalTool.run("pdfinfo", [pdf.path]).stdout.contains("Tagged:          yes"), "a tagged PDF for screen readers")
    }

    @Test("the outline lists the regulation's 5 chapters and 19 articles, articles under chapters")
    func bookmarks() throws {
        let report = try PDFTools.report(try RenderedSamples.outputs(Repository.sample).pdf)
        let rows = try #require(report["outline"] as? [[String: Any]])
        let chapters = rows.filter { $0["level"] as? Int == 0 }.compactMap { $0["title"] as? String }
        let articles = rows.filter { $0["level"] as? Int == 1 }.compactMap { $0["title"] as? String }
        #expect(chapters == ["Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"])
        #expect(articles.count == 19)
        #expect(articles.first == "Điều 1. Mục đích ban hành")
        #expect(articles.last?.hasPrefix("Điều 19.") == true)
        #expect(rows.allSatisfy { ($0["page"] as? Int ?? 0) >= 1 }, "the decision itself has no outline entries")
    }

    @Test("--for-signing: an empty field between position and name that pyHanko signs and validates")
    func signerField() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-pdf-sign")
        let pdf = folder.appendingPathComponent("out/qd.pdf")  // out/ is made, as in a fresh clone
        let result = try PDFTools.vanban(["render", Repository.sample.path, "-o", pdf.path, "--for-signing"])
        #expect(result.status == 0, "\(result.stderr)")

        let listed = try ExternalTool.run("pyhanko", ["sign", "list", pdf.path]).stdout
        #expect(listed.contains("nguoi-ky:EMPTY"), "\(listed)")
        let fields = try #require(try PDFTools.report(pdf)["fields"] as? [[String: Any]])
        #expect(fields.count == 1)
        let field = try #require(fields.first)
        #expect(field["name"] as? String == "nguoi-ky")
        #expect(field["type"] as? String == "/Sig")
        #expect(field["label"] as? String == "Chữ ký số của người có thẩm quyền", "screen readers say what the field is for")
        let page = try #require(field["page"] as? Int)
        let rect = try #require(field["rect"] as? [Double])

        // Positions from poppler: the rectangle lies below the position line and above the name.
        let (height, words) = try PDFTools.words(pdf, page: page + 1)
        let position = try #require(words.last { $0.text == "TRƯỞNG" }, "the position line is on the field's page")
        let name = try #require(words.last { $0.text == "Hương" })
        let top = height - rect[3], bottom = height - rect[1]
        #expect(position.yMax <= top, "the field starts below \"HIỆU TRƯỞNG\" (\(position.yMax) ≤ \(top))")
        #expect(bottom <= name.yMin, "the field ends above the name (\(bottom) ≤ \(name.yMin))")
        #expect(bottom - top >= 60, "room for a signature image: \(bottom - top) pt")
        #expect(rect[0] < name.xMin && rect[2] > name.xMax, "centred over the name")

        let checked = try PDFTools.signAndValidate(pdf, field: "nguoi-ky", folder: folder)
        #expect(checked.validation.contains("nguoi-ky:") && checked.validation.contains("INTACT"), "\(checked.validation)")
        #expect(checked.pdfsig.contains("Signature Field Name: nguoi-ky"))
        #expect(checked.pdfsig.contains("Signature is Valid"), "\(checked.pdfsig)")
    }

    @Test("--split-attachments: the regulation in a file of its own, the organisation's field at the top right")
    func splitAttachments() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-pdf-split")
        let pdf = folder.appendingPathComponent("qd.pdf")
        let result = try PDFTools.vanban(["render", Repository.sample.path, "-o", pdf.path, "--for-signing", "--split-attachments"])
        #expect(result.status == 0, "\(result.stderr)")
        let attachment = folder.appendingPathComponent("qd-qc-1.pdf")
        #expect(!(try PDFTools.text(pdf, page: 1)).contains("QUY CHẾ"))
        let decisionFields = try #require(try PDFTools.report(pdf)["fields"] as? [[String: Any]])
        #expect(decisionFields.compactMap { $0["name"] as? String } == ["nguoi-ky"])

        let report = try PDFTools.report(attachment)
        let fields = try #require(report["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["name"] as? String } == ["co-quan"], "the organisation signs the attachment; its signer does not")
        let field = try #require(fields.first)
        #expect(field["page"] as? Int == 0)
        let rect = try #require(field["rect"] as? [Double])
        let (height, words) = try PDFTools.words(attachment, page: 1)
        let topOfText = words.map(\.yMin).min() ?? 0
        #expect(height - rect[1] <= topOfText, "above the header")
        let rightOfText = words.map(\.xMax).max() ?? 0
        #expect(rect[2] >= rightOfText && rect[0] > 595.0 / 2, "at the right: \(rect) vs text to \(rightOfText)")
        let text = try PDFTools.text(attachment, page: 1)
        #expect(text.contains("QUY CHẾ"))
        #expect(!text.contains("257/QĐ-MNTT ngày 07"), "the electronic variant leaves the number and date of the decision blank")
        #expect((report["outline"] as? [[String: Any]])?.count == 24)

        let checked = try PDFTools.signAndValidate(attachment, field: "co-quan", folder: folder)
        #expect(checked.pdfsig.contains("Signature is Valid"), "\(checked.pdfsig)")
    }

    @Test("LibreOffice missing or too slow: a clear message, exit 1, nothing written")
    func libreOfficeFailures() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-pdf-fail")
        let pdf = folder.appendingPathComponent("qd.pdf")
        let missing = try PDFTools.vanban(["render", Repository.sample.path, "-o", pdf.path, "--lang", "en"],
                                          environment: ["VANBAN_SOFFICE": "/nonexistent/soffice"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[VB601]"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))

        let slow = try PDFTools.vanban(["render", Repository.sample.path, "-o", pdf.path], environment: ["VANBAN_PDF_TIMEOUT": "0.2"])
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("[VB603]") && slow.stderr.contains("đã bị dừng"), "\(slow.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }
}

@Suite("PDF through the library")
struct PDFLibraryTests {
    @Test("Renderer.render(…, as: .pdf) gives a signing-ready PDF without the command line")
    func libraryRendersPDF() throws {
        let document = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
        let data = try Renderer.render(document, as: .pdf, options: RenderOptions(forSigning: true))
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let file = try PDFFile(data)
        let form = try #require(try file.resolve(try file.catalog()["AcroForm"]).dictionary)
        let fields = try (form["Fields"]?.array ?? []).map { try file.resolve($0).dictionary?["T"] }
        #expect(fields == [.text("nguoi-ky")])
    }
}
