import Foundation
import Testing
import VanBanTestSupport

/// Runs the built `vanban` binary, as a user would.
enum Vanban {
    static var binary: URL { Repository.builtProduct("vanban") }

    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> ExternalTool.Result {
        try ExternalTool.run(binary.path, arguments, stdin: Data((stdin ?? "").utf8), environment: environment)
    }

    static func temporaryDirectory() throws -> URL { try ExternalTool.temporaryDirectory("vanban-cli") }
}

@Suite("vanban command line", .serialized)
struct CommandLineTests {
    let sample = Repository.sample.path

    @Test func renderTextToStandardOutput() throws {
        let result = try Vanban.run(["render", sample, "--to", "text"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Số: 257/QĐ-MNTT"))
        #expect(result.stdout.contains("(Ban hành kèm theo Quyết định số 257/QĐ-MNTT ngày 07 tháng 10 năm 2025 của Hiệu trưởng Trường Mầm non Thiên Tôn)"))
        #expect(result.stdout.contains("Chương V\nĐIỀU KHOẢN THI HÀNH"))
    }

    @Test func renderChoosesTheFormatFromTheExtension() throws {
        let folder = try Vanban.temporaryDirectory()
        let json = folder.appendingPathComponent("qd.json").path
        #expect(try Vanban.run(["render", sample, "-o", json]).status == 0)
        let text = try String(contentsOfFile: json, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"kind\": \"quyet-dinh\""))
        // And back through standard input.
        let back = try Vanban.run(["render", "-", "--to", "yaml"], stdin: text)
        #expect(back.status == 0)
        #expect(back.stdout.hasPrefix("kind: quyet-dinh\n"))
    }

    @Test("the binary writes DOCX and HTML files a user can open")
    func rendersDocxAndHTML() throws {
        let folder = try Vanban.temporaryDirectory()
        let docx = folder.appendingPathComponent("qd.docx")
        let html = folder.appendingPathComponent("qd.html")
        #expect(try Vanban.run(["render", sample, "-o", docx.path]).status == 0)
        #expect(try Vanban.run(["render", sample, "-o", html.path]).status == 0)
        let bytes = try Data(contentsOf: docx)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a DOCX is a ZIP package")
        #expect(try String(contentsOf: html, encoding: .utf8).contains("<h1 class=\"vb-document-title\""))
        let broken = folder.appendingPathComponent("broken.docx")
        try "not a docx".write(to: broken, atomically: true, encoding: .utf8)
        let refused = try Vanban.run(["render", sample, "-o", folder.appendingPathComponent("x.docx").path, "--reference-doc", broken.path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[VB206] cannot use the reference DOCX \(broken.path)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.docx").path), "nothing is written on failure")
        #expect(try Vanban.run(["render", sample, "--to", "docx", "--font-size", "12"]).status == 2)
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try Vanban.temporaryDirectory()
        let target = folder.appendingPathComponent("qd.txt")
        try "keep me".write(to: target, atomically: true, encoding: .utf8)
        let refused = try Vanban.run(["render", sample, "-o", target.path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[VB201]"))
        #expect(refused.stderr.contains("already exists; use --force"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        let forced = try Vanban.run(["render", sample, "-o", target.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("QUYẾT ĐỊNH"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func inputErrorsExitWithOneAndPointAtTheLine() throws {
        let folder = try Vanban.temporaryDirectory()
        let bad = folder.appendingPathComponent("bad.yaml")
        try "kind: quyet-dinh\nnumber: 5\ndate: \"2025-13-01\"\n".write(to: bad, atomically: true, encoding: .utf8)
        let english = try Vanban.run(["render", bad.path, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("bad.yaml:3:7: error: [VB003] date: \"2025-13-01\" is not a date"))
        #expect(english.stdout.isEmpty)
        let vietnamese = try Vanban.run(["render", bad.path])
        #expect(vietnamese.stderr.contains("bad.yaml:3:7: lỗi: [VB003] date: \"2025-13-01\" không phải là ngày hợp lệ"))
        let byEnvironment = try Vanban.run(["render", bad.path], environment: ["VANBAN_LANG": "en"])
        #expect(byEnvironment.stderr.contains("is not a date"))
    }

    @Test func missingFileIsAnInputError() throws {
        let result = try Vanban.run(["render", "/nonexistent/qd.yaml", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[VB001] cannot read file /nonexistent/qd.yaml"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try Vanban.run(["render", sample, "--to", "pdfx"]).status == 2)
        #expect(try Vanban.run(["render"]).status == 2)
        #expect(try Vanban.run(["render", sample, "-o", "out.unknown"]).status == 2)
        #expect(try Vanban.run(["frobnicate"]).status == 2)
    }

    @Test func outlinePrintsTheTree() throws {
        let result = try Vanban.run(["outline", sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  Quy chế: Quản lý, vận hành"))
        #expect(result.stdout.contains("\n    Chương I. Quy định chung\n      Điều 1. Mục đích ban hành\n"))
    }

    @Test func checkReportsWarningsButPasses() throws {
        let folder = try Vanban.temporaryDirectory()
        let file = folder.appendingPathComponent("typo.yaml")
        try "kind: quyet-dinh\ntitel: x\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Vanban.run(["check", file.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("typo.yaml:2:1: warning: [VB007]"))
    }

    @Test("vanban import prints the listed diagnostics for each seed and writes data that renders", arguments: [
        ("000", ["[VB105]", "[VB106]", "[VB110]"]),
        ("001", ["[VB107]"]),
        ("003", ["[VB101] Điều 13 follows Điều 9: Điều 10–12 missing"]),
        ("004", ["[VB109] no \"Số: …\" found"]),
    ])
    func importSeeds(_ prefix: String, _ expected: [String]) throws {
        let folder = Repository.shared.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        let output = try Vanban.temporaryDirectory().appendingPathComponent("\(prefix).yaml")
        let result = try Vanban.run(["import", folder.appendingPathComponent(name).path, "-o", output.path, "--lang", "en"])
        #expect(result.status == 0, "warnings never stop an import")
        for message in expected { #expect(result.stderr.contains(message), "missing \(message) in:\n\(result.stderr)") }
        #expect(result.stderr.contains("\(name):"), "diagnostics name the file")
        let rendered = try Vanban.run(["render", output.path, "--to", "docx"])
        #expect(rendered.status == 0)
    }

    @Test func importPipesIntoRender() throws {
        let text = "QUY CHẾ\nThử nghiệm\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n1. Nội dung.\n"
        let imported = try Vanban.run(["import", "-", "--to", "json"], stdin: text)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("\"kind\": \"quy-che\""))
        let rendered = try Vanban.run(["render", "-", "--to", "text"], stdin: imported.stdout)
        #expect(rendered.stdout.contains("Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n1. Nội dung./."))
    }

    @Test("templates lists the shipped regulations; new and roles work end to end")
    func templatesNewAndRoles() throws {
        let list = try Vanban.run(["templates"])
        #expect(list.status == 0)
        for id in ["ung-dung-cntt-mam-non", "co-so-du-lieu-nganh", "ban-chi-dao-chuyen-doi-so"] { #expect(list.stdout.contains(id)) }
        let folder = try Vanban.temporaryDirectory()
        let profile = Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml").path
        let yaml = folder.appendingPathComponent("qd.yaml")
        let made = try Vanban.run(["new", "ung-dung-cntt-mam-non", "--profile", profile, "-o", yaml.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try Vanban.run(["new", "ung-dung-cntt-mam-non", "--profile", profile, "-o", folder.appendingPathComponent("qd.docx").path]).status == 0)
        let roles = try Vanban.run(["roles", yaml.path])
        #expect(roles.stdout.contains("Hiệu trưởng — Nguyễn Thị Lan Anh"))
        let html = try Vanban.run(["roles", yaml.path, "--to", "html"])
        #expect(html.stdout.contains("<table>"))
        let bad = folder.appendingPathComponent("bad.yaml")
        try "school: {name: A}\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try Vanban.run(["new", "ung-dung-cntt-mam-non", "--profile", bad.path, "-o", folder.appendingPathComponent("x.yaml").path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[VB301]") && refused.stderr.contains("school.abbreviation"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.yaml").path), "nothing is written")
        #expect(try Vanban.run(["new", "no-such-template", "--profile", profile]).status == 1)
    }

    @Test func everySubcommandHasHelp() throws {
        for name in ["render", "outline", "check", "import", "new", "templates", "roles"] {
            let result = try Vanban.run([name, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: vanban \(name)"))
        }
        let top = try Vanban.run(["--help"])
        #expect(top.stdout.contains("Exit codes: 0 success, 1 errors in the input, 2 wrong usage."))
    }
}
