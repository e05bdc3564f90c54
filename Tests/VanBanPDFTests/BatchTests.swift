import Foundation
import Testing
import VanBanTestSupport

/// `vanban new --profiles` and `vanban render A B C -o DIR/`: many documents in one run.
@Suite("batch rendering", .serialized)
struct BatchTests {
    static let template = "ung-dung-cntt-mam-non"

    /// A folder of `count` school profiles made from the sample profile; `broken` ones are not YAML.
    static func profiles(_ count: Int, broken: Set<Int> = []) throws -> URL {
        let folder = try ExternalTool.temporaryDirectory("vanban-profiles")
        let sample = try String(contentsOf: Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml"), encoding: .utf8)
        for index in 1...count {
            let name = String(format: "truong-%02d.yaml", index)
            let text = broken.contains(index) ? "school:\n  name: [broken\n"
                : sample.replacingOccurrences(of: "Trường Mầm non Hoa Sen", with: "Trường Mầm non Số \(index)")
                    .replacingOccurrences(of: "abbreviation: MNHS", with: "abbreviation: MNS\(index)")
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func files(_ folder: URL, _ ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("." + ext) }.sorted()
    }

    @Test("40 profiles → 40 DOCX and 40 PDF, one LibreOffice start, a summary")
    func fortySchools() throws {
        let profiles = try Self.profiles(40)
        let out = try ExternalTool.temporaryDirectory("vanban-batch").appendingPathComponent("out")
        let result = try PDFTools.vanban(["new", Self.template, "--profiles", profiles.path, "-o", out.path + "/", "--to", "docx,pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.files(out, "docx").count == 40)
        let pdfs = try Self.files(out, "pdf")
        #expect(pdfs.count == 40)
        #expect(pdfs.first == "truong-01.pdf", "files are named after the profiles")
        #expect(result.stderr.contains("[VB608] 40 văn bản: 40 thành công, 0 lỗi"), "\(result.stderr)")
        #expect(!result.stderr.contains("\r"), "no progress bar off a terminal")
        let text = try ExternalTool.run("pdftotext", ["-l", "1", out.appendingPathComponent("truong-17.pdf").path, "-"]).stdout
        #expect(text.contains("TRƯỜNG MẦM NON SỐ 17"))
        #expect(text.contains("Số: 48/QĐ-MNS17"))
    }

    @Test("one broken profile: the other 39 are written, the bad one is named, exit 1")
    func oneBrokenProfile() throws {
        let profiles = try Self.profiles(40, broken: [7])
        let out = try ExternalTool.temporaryDirectory("vanban-batch-broken")
        let result = try PDFTools.vanban(["new", Self.template, "--profiles", profiles.path, "-o", out.path, "--to", "docx,yaml", "--lang", "en"])
        #expect(result.status == 1)
        #expect(try Self.files(out, "docx").count == 39)
        #expect(try Self.files(out, "yaml").count == 39)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("truong-07.docx").path))
        #expect(result.stderr.contains("truong-07.yaml:"), "the error points into the bad file: \(result.stderr)")
        #expect(result.stderr.contains("[VB608] 40 documents: 39 succeeded, 1 failed"))
        #expect(result.stderr.contains("[VB609] not made: \(profiles.path)/truong-07.yaml"))
    }

    @Test("a progress bar on a terminal, plain lines in a pipe")
    func progress() throws {
        let profiles = try Self.profiles(6)
        let folder = try ExternalTool.temporaryDirectory("vanban-batch-tty")
        let command = [PDFTools.binary.path, "new", Self.template, "--profiles", profiles.path, "-o", folder.appendingPathComponent("tty").path, "--to", "docx,html"]
            .map { "'\($0)'" }.joined(separator: " ")
        let terminal = try ExternalTool.run("script", ["-qec", command, "/dev/null"], environment: ["TERM": "xterm"])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        #expect(terminal.stdout.contains("\r\u{1B}[K"), "the bar is redrawn in place")
        #expect(terminal.stdout.contains("6/6"))
        #expect(terminal.stdout.contains("█"))
        #expect(!terminal.stdout.contains("đã ghi"), "no per-file lines under the bar")
        #expect(terminal.stdout.contains("[VB608] 6 văn bản: 6 thành công, 0 lỗi"))

        let pipe = try PDFTools.vanban(["new", Self.template, "--profiles", profiles.path, "-o", folder.appendingPathComponent("pipe").path, "--to", "docx,html"])
        #expect(pipe.status == 0)
        #expect(!pipe.stderr.contains("\r") && !pipe.stderr.contains("\u{1B}") && !pipe.stderr.contains("█"), "\(pipe.stderr)")
        #expect(pipe.stderr.split(separator: "\n").filter { $0.hasPrefix("đã ghi ") }.count == 6)
    }

    @Test("render A B C -o DIR/ --to …: every input in every format; duplicate names and existing files refused")
    func renderMany() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-batch-render")
        let inputs = ["ung-dung-cntt-mam-non", "co-so-du-lieu-nganh", "ban-chi-dao-chuyen-doi-so"]
            .map { Repository.root.appendingPathComponent("Samples/mn-hoa-sen/\($0).yaml").path }
        let out = folder.appendingPathComponent("out")
        let result = try PDFTools.vanban(["render"] + inputs + [Repository.sample.path, "-o", out.path + "/", "--to", "docx,txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.files(out, "docx").count == 4)
        #expect(try Self.files(out, "txt").count == 4)

        let again = try PDFTools.vanban(["render", inputs[0], Repository.sample.path, "-o", out.path, "--to", "docx", "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("[VB201]"), "existing files are never replaced without --force")

        let copy = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: inputs[0], toPath: copy.appendingPathComponent("ung-dung-cntt-mam-non.yaml").path)
        let clash = try PDFTools.vanban(["render", inputs[0], copy.appendingPathComponent("ung-dung-cntt-mam-non.yaml").path,
                                         "-o", folder.appendingPathComponent("clash").path + "/", "--to", "docx", "--lang", "en"])
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("[VB611]"), "\(clash.stderr)")
        #expect(clash.stderr.contains("1 succeeded, 1 failed"))

        let file = folder.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let notFolder = try PDFTools.vanban(["render", inputs[0], inputs[1], "-o", file.path, "--to", "docx"])
        #expect(notFolder.status == 1)
        #expect(notFolder.stderr.contains("[VB610]"), "\(notFolder.stderr)")
        #expect(try PDFTools.vanban(["render", inputs[0], inputs[1], "--to", "docx"]).status == 2, "a batch needs -o")
    }
}
