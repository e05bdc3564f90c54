import Foundation
import VanBanModel

extension LibreOfficeConverter {
    /// Converts a Word 97–2003 file (.doc) to DOCX with LibreOffice headless, in a private
    /// profile, within the time limit; the output is checked, since `soffice` exits 0 even when
    /// it could not load the file.
    public func convertWord97(_ data: Data, name: String) -> Result<Data, Diagnostic> {
        guard let executable else { return .failure(Diagnostic(Message.docNeedsLibreOffice(file: name))) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-doc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in/document.doc"), outputFolder = folder.appendingPathComponent("out")
        do {
            try FileManager.default.createDirectory(at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
            try data.write(to: input)
        } catch {
            return .failure(Diagnostic(Message.cannotWrite(file: folder.path, FileProblem(error))))
        }
        let arguments = [
            "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", outputFolder.path, input.path,
        ]
        let log = folder.appendingPathComponent("soffice.log")
        let limit = timeout(1)
        let outcome: ProcessRunner.Outcome
        do {
            outcome = try ProcessRunner.run(executable, arguments, log: log, timeout: limit)
        } catch {
            return .failure(Diagnostic(Message.docConversionFailed(file: name, detail: error.reason)))
        }
        let output = outputFolder.appendingPathComponent("document.docx")
        if let converted = try? Data(contentsOf: output), converted.starts(with: [0x50, 0x4B]) {
            return .success(converted)
        }
        if outcome == .timedOut {
            return .failure(Diagnostic(Message.libreOfficeTimeout(file: name, seconds: String(format: "%g", limit))))
        }
        let logText = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return .failure(Diagnostic(Message.docConversionFailed(file: name, detail: Self.summary(of: logText, outcome: outcome)
            .replacingOccurrences(of: "wrote no PDF", with: "wrote no DOCX"))))
    }
}
