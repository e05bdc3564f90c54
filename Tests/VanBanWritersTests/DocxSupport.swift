import Foundation
import Testing
import VanBan
import VanBanTestSupport
import XMLKit
import ZipKit

/// Helpers for judging a rendered DOCX with independent tools.
enum Docx {
    static let schemas = Repository.shared.appendingPathComponent("ooxml-schemas")
    static let wordSchema = schemas.appendingPathComponent("ISO-IEC29500-4_2016/wml.xsd").path
    static let contentTypesSchema = schemas.appendingPathComponent("ecma/fouth-edition/opc-contentTypes.xsd").path
    static let relationshipsSchema = schemas.appendingPathComponent("ecma/fouth-edition/opc-relationships.xsd").path

    static func sample() throws -> Document {
        try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
    }

    static func fixture(_ name: String) throws -> Document {
        try DocumentData.load(try Repository.text(Repository.root.appendingPathComponent("Tests/Fixtures/\(name)")), format: .yaml).document
    }

    /// Writes the package's parts into a folder and returns it.
    static func unpack(_ data: Data) throws -> (folder: URL, names: [String]) {
        let folder = try ExternalTool.temporaryDirectory("vanban-docx")
        let reader = try ZipReader(data: data)
        for name in reader.names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #require(try reader.read(name)).write(to: url)
        }
        return (folder, reader.names)
    }

    /// The schema each part must satisfy; nil for parts checked only for well-formedness.
    static func schema(for part: String) -> String? {
        if part == "[Content_Types].xml" { return contentTypesSchema }
        if part.hasSuffix(".rels") { return relationshipsSchema }
        if part.hasPrefix("word/") { return wordSchema }
        return nil
    }

    /// Runs xmllint over every part; returns the failures.
    static func validate(_ data: Data) throws -> [String] {
        let (folder, names) = try unpack(data)
        var failures: [String] = []
        for name in names {
            var arguments = ["--noout"]
            if let schema = schema(for: name) { arguments += ["--schema", schema] }
            let result = try ExternalTool.run("xmllint", arguments + [name], in: folder)
            if result.status != 0 { failures.append("\(name): \(result.stderr)") }
        }
        return failures
    }

    /// Converts with LibreOffice headless; the PDF's path, or nil when none was made
    /// (LibreOffice exits 0 even when it could not load the file).
    static func pdf(_ data: Data) throws -> URL? {
        let folder = try ExternalTool.temporaryDirectory("vanban-pdf")
        let input = folder.appendingPathComponent("document.docx")
        try data.write(to: input)
        let profile = folder.appendingPathComponent("profile")
        try ExternalTool.run("soffice", ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.path, input.path])
        let output = folder.appendingPathComponent("document.pdf")
        return FileManager.default.fileExists(atPath: output.path) ? output : nil
    }

    /// python-docx's view of the file.
    static func report(_ data: Data) throws -> [String: Any] {
        let folder = try ExternalTool.temporaryDirectory("vanban-pydocx")
        let input = folder.appendingPathComponent("document.docx")
        try data.write(to: input)
        let script = Repository.root.appendingPathComponent("Tests/Scripts/docx_report.py").path
        let result = try ExternalTool.run("python3", [script, input.path])
        try #require(result.status == 0, "python-docx could not read the file: \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }
}
