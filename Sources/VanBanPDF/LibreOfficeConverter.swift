import Foundation
import VanBanModel

/// Converts DOCX files to PDF with LibreOffice headless: a private profile per run (so parallel
/// runs and a user's open LibreOffice never lock each other), a time limit that kills the whole
/// process group, and a check of every output, since `soffice` exits 0 even when it could not
/// load a file. Many files go through one start, which costs most of the time.
public struct LibreOfficeConverter: Sendable {
    /// The `soffice` program: VANBAN_SOFFICE, else `soffice` or `libreoffice` on PATH.
    public var executable: String?
    /// Seconds allowed for a run of `count` documents; VANBAN_PDF_TIMEOUT (seconds) overrides.
    public var timeout: @Sendable (Int) -> TimeInterval

    /// The export filter: tagged PDF for screen readers, the outline from the headings' outline
    /// levels, and Writer bookmarks as named destinations (where the signature fields go).
    /// LibreOffice 7.4 and later read these JSON filter options on the command line.
    public static let exportFilter = #"pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"},"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},"EmbedStandardFonts":{"type":"boolean","value":"true"}}"#

    /// Creates a converter from the environment.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let chosen = environment["VANBAN_SOFFICE"], !chosen.isEmpty {
            executable = ProcessRunner.find(chosen)
        } else {
            executable = ProcessRunner.find("soffice") ?? ProcessRunner.find("libreoffice")
                ?? ["/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
                    .first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        let fixed = environment["VANBAN_PDF_TIMEOUT"].flatMap(TimeInterval.init)
        timeout = { count in fixed ?? (60 + 15 * Double(count)) }
    }

    /// One document to convert: a name for messages and its DOCX bytes.
    public struct Job: Sendable {
        /// How messages name the document (its input file).
        public var name: String
        /// The DOCX package.
        public var docx: Data

        /// Creates a job.
        public init(name: String, docx: Data) {
            self.name = name
            self.docx = docx
        }
    }

    /// Converts every job in one LibreOffice start; one result per job, in order. A document
    /// LibreOffice could not convert fails alone. `progress` is called with the number of
    /// documents finished so far, as they finish.
    public func convert(_ jobs: [Job], progress: (Int) -> Void = { _ in }) -> [Result<Data, Diagnostic>] {
        guard !jobs.isEmpty else { return [] }
        guard let executable else {
            return jobs.map { _ in .failure(Diagnostic(Message.libreOfficeMissing)) }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFolder = folder.appendingPathComponent("in"), outputFolder = folder.appendingPathComponent("out")
        var inputs: [URL] = []
        do {
            try FileManager.default.createDirectory(at: inputFolder, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
            // Numbered names: unique, ASCII, and in the order LibreOffice takes them.
            for (index, job) in jobs.enumerated() {
                let url = inputFolder.appendingPathComponent(String(format: "%05d.docx", index))
                try job.docx.write(to: url)
                inputs.append(url)
            }
        } catch {
            return jobs.map { _ in .failure(Diagnostic(Message.cannotWrite(file: folder.path, FileProblem(error)))) }
        }
        let outputs = inputs.map { outputFolder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf") }
        let arguments = [
            "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", Self.exportFilter, "--outdir", outputFolder.path,
        ] + inputs.map(\.path)
        let log = folder.appendingPathComponent("soffice.log")
        let limit = timeout(jobs.count)
        var reported = 0
        let outcome: ProcessRunner.Outcome
        do {
            outcome = try ProcessRunner.run(executable, arguments, log: log, timeout: limit) {
                // A file's PDF is complete once the next one has appeared.
                var done = 0
                while done + 1 < outputs.count, FileManager.default.fileExists(atPath: outputs[done + 1].path) { done += 1 }
                if done > reported {
                    reported = done
                    progress(done)
                }
            }
        } catch {
            return jobs.map { _ in .failure(Diagnostic(Message.libreOfficeFailed(file: executable, detail: error.reason))) }
        }
        let logText = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        var results: [Result<Data, Diagnostic>] = []
        for (index, output) in outputs.enumerated() {
            if let data = try? Data(contentsOf: output), data.count > 8, data.starts(with: Array("%PDF-".utf8)) {
                results.append(.success(data))
            } else if outcome == .timedOut {
                results.append(.failure(Diagnostic(Message.libreOfficeTimeout(file: jobs[index].name, seconds: String(format: "%g", limit)))))
            } else {
                results.append(.failure(Diagnostic(Message.libreOfficeFailed(file: jobs[index].name, detail: Self.summary(of: logText, outcome: outcome)))))
            }
        }
        if reported < jobs.count { progress(jobs.count) }
        return results
    }

    /// The last meaningful line LibreOffice printed, or how it ended.
    static func summary(of log: String, outcome: ProcessRunner.Outcome) -> String {
        let lines = log.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.contains("javaldx") && !$0.hasPrefix("convert ") }
        if let line = lines.last { return String(line.prefix(300)) }
        switch outcome {
        case .exited(let code): return "soffice exited with \(code) and wrote no PDF"
        case .signalled(let signal): return "soffice was stopped by signal \(signal)"
        case .timedOut: return "time limit"
        }
    }

    /// True when fontconfig knows Times New Roman; nil when it cannot be asked.
    public static func timesNewRomanInstalled() -> Bool? {
        guard let fcList = ProcessRunner.find("fc-list") else { return nil }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-fc-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: log) }
        guard (try? ProcessRunner.run(fcList, [":family=Times New Roman", "family"], log: log, timeout: 10)) == .exited(0) else { return nil }
        return !((try? String(contentsOf: log, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
