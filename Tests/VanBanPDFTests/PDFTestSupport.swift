import Foundation
import Testing
import VanBanTestSupport

/// Runs the built `vanban` binary and the independent judges (poppler, pypdf, pyHanko).
enum PDFTools {
    static var binary: URL { Repository.builtProduct("vanban") }

    @discardableResult
    static func vanban(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> ExternalTool.Result {
        try ExternalTool.run(binary.path, arguments, in: directory, environment: environment)
    }

    /// pdfinfo's page count and page size line.
    static func info(_ pdf: URL) throws -> (pages: Int, size: String) {
        let text = try ExternalTool.run("pdfinfo", [pdf.path]).stdout
        let lines = text.split(separator: "\n")
        let pages = Int(lines.first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        return (pages, String(lines.first { $0.hasPrefix("Page size:") } ?? ""))
    }

    /// One page's text in layout mode (pages counted from 1).
    static func text(_ pdf: URL, page: Int) throws -> String {
        try ExternalTool.run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf.path, "-"]).stdout
    }

    /// The first non-empty line of a page.
    static func firstLine(_ pdf: URL, page: Int) throws -> String {
        try text(pdf, page: page).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
    }

    /// pypdf's report: pages, outline rows, widgets.
    static func report(_ pdf: URL) throws -> [String: Any] {
        let script = Repository.root.appendingPathComponent("Tests/Scripts/pdf_report.py").path
        let result = try ExternalTool.run("python3", [script, pdf.path])
        try #require(result.status == 0, "pypdf could not read \(pdf.lastPathComponent): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// A word on a page with its box, top-down coordinates as pdftotext -bbox gives them.
    struct Word { var text: String; var xMin, yMin, xMax, yMax: Double }

    /// Every word of a page (from 1) with its box, from poppler.
    static func words(_ pdf: URL, page: Int) throws -> (height: Double, words: [Word]) {
        let xml = try ExternalTool.run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf.path, "-"]).stdout
        let number = #/"([0-9.]+)"/#
        var height = 0.0
        if let pageLine = xml.split(separator: "\n").first(where: { $0.contains("<page ") }) {
            height = Double(pageLine.matches(of: number).last.map { String($0.output.1) } ?? "") ?? 0
        }
        var words: [Word] = []
        for match in xml.matches(of: #/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>/#) {
            words.append(Word(text: String(match.output.5), xMin: Double(match.output.1)!, yMin: Double(match.output.2)!,
                              xMax: Double(match.output.3)!, yMax: Double(match.output.4)!))
        }
        return (height, words)
    }

    /// The page count LibreOffice gives the DOCX when it prints it with no options of ours.
    static func plainLibreOfficePages(_ docx: URL) throws -> Int {
        let folder = try ExternalTool.temporaryDirectory("vanban-plain")
        try ExternalTool.run("soffice", ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                                         "--outdir", folder.path, docx.path])
        return try info(folder.appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf")).pages
    }

    /// A throw-away key and self-signed certificate made with openssl.
    static func certificate(in folder: URL) throws -> (key: URL, certificate: URL) {
        let key = folder.appendingPathComponent("key.pem"), certificate = folder.appendingPathComponent("cert.pem")
        let result = try ExternalTool.run("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.path, "-out", certificate.path, "-days", "2",
            "-subj", "/CN=Tran Thi Huong Mai/O=Truong Mam non Thien Ton",
        ])
        try #require(result.status == 0, "openssl: \(result.stderr)")
        return (key, certificate)
    }

    /// Signs a field with pyHanko and validates the result with pyHanko and pdfsig.
    static func signAndValidate(_ pdf: URL, field: String, folder: URL) throws -> (validation: String, pdfsig: String) {
        let (key, certificate) = try certificate(in: folder)
        let signed = folder.appendingPathComponent("signed-\(field).pdf")
        let sign = try ExternalTool.run("pyhanko", ["sign", "addsig", "--field", field, "pemder", "--key", key.path,
                                                    "--cert", certificate.path, "--no-pass", pdf.path, signed.path])
        try #require(sign.status == 0, "pyHanko could not sign \(field): \(sign.stderr)")
        let validate = try ExternalTool.run("pyhanko", ["sign", "validate", "--trust", certificate.path, signed.path])
        let pdfsig = try ExternalTool.run("pdfsig", [signed.path])
        return (validate.stdout + validate.stderr, pdfsig.stdout)
    }
}
