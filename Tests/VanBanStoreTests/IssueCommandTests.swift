import Foundation
import Testing
import VanBanTestSupport

/// `vanban issue` and `vanban register …` as a clerk runs them.
@Suite("vanban issue and register commands", .serialized)
struct IssueCommandTests {
    func vanban(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> ExternalTool.Result {
        try ExternalTool.run(Binaries.path("vanban"), arguments, in: folder, environment: environment)
    }

    /// The sample decision without its number and date: a draft.
    func writeDraft(in folder: URL) throws -> String {
        let text = try Repository.text(Repository.sample)
            .replacingOccurrences(of: "\nnumber: 257\n", with: "\n")
            .replacingOccurrences(of: "\ndate: 2025-10-07\n", with: "\nyear: 2026\n")
        let path = folder.appendingPathComponent("qd.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("draft → issue → register: Số 01 in a new year, then 02; list, show, void, export")
    func workflow() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-issue")
        let draft = try writeDraft(in: folder)
        let first = try vanban(["issue", draft, "-o", "qd-01.docx", "-o", "qd-01.yaml", "--date", "2026-01-02"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "01/QĐ-MNTT\n")
        #expect(first.stderr.contains("[VB513]"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("vanban.db").path))
        let issuedText = try String(contentsOf: folder.appendingPathComponent("qd-01.yaml"), encoding: .utf8)
        #expect(issuedText.contains("number: 1\n") && issuedText.contains("2026-01-02"))

        let second = try vanban(["issue", draft, "-o", "qd-02.docx", "--date", "2026-01-05", "--lang", "en"], in: folder)
        #expect(second.stdout == "02/QĐ-MNTT\n" && second.stderr.contains("issued as 02/QĐ-MNTT"))

        // The output exists: refused before any number is given.
        let refused = try vanban(["issue", draft, "-o", "qd-02.docx", "--date", "2026-01-05"], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("[VB201]"))

        // Issuing the issued file again: it is registered under that number, nothing new.
        let again = try vanban(["issue", "qd-01.yaml", "-o", "again.docx"], in: folder)
        #expect(again.status == 0 && again.stdout == "01/QĐ-MNTT\n" && again.stderr.contains("[VB502]"))
        // A document numbered by hand is refused.
        let byHand = try vanban(["issue", Repository.sample.path, "-o", "x.docx"], in: folder)
        #expect(byHand.status == 1 && byHand.stderr.contains("[VB505]"))

        let list = try vanban(["register", "list", "--year", "2026", "--kind", "QĐ"], in: folder)
        #expect(list.stdout.split(separator: "\n").map { $0.split(separator: "\t").first ?? "" } == ["01/QĐ-MNTT", "02/QĐ-MNTT"])

        let show = try vanban(["register", "show", "01/QĐ-MNTT", "--year", "2026"], in: folder)
        #expect(show.status == 0 && show.stdout.contains("(4) Người ký: Trần Thị Hương Mai") && show.stdout.contains("SHA-256: "))
        let copy = try vanban(["register", "show", "01/QĐ-MNTT", "--year", "2026", "-o", "copy.yaml"], in: folder)
        #expect(copy.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("copy.yaml"), encoding: .utf8) == issuedText)

        let void = try vanban(["register", "void", "02/QĐ-MNTT", "--year", "2026", "--reason", "Thay thế bằng văn bản khác"], in: folder)
        #expect(void.status == 0 && void.stderr.contains("[VB519]"))
        let voidAgain = try vanban(["register", "void", "02/QĐ-MNTT", "--year", "2026", "--reason", "x"], in: folder)
        #expect(voidAgain.status == 1 && voidAgain.stderr.contains("[VB510]"))
        let third = try vanban(["issue", draft, "--date", "2026-01-06"], in: folder)
        #expect(third.stdout == "03/QĐ-MNTT\n")

        for name in ["so-2026.docx", "so-2026.csv", "so-2026.html"] {
            let export = try vanban(["register", "export", "--year", "2026", "-o", name], in: folder)
            #expect(export.status == 0, "\(export.stderr)")
        }
        let csv = try String(contentsOf: folder.appendingPathComponent("so-2026.csv"), encoding: .utf8)
        #expect(csv.contains("Hủy ngày") && csv.contains("03/QĐ-MNTT"))

        let imported = try vanban(["register", "import", "so-2026.csv"], in: folder)
        #expect(imported.status == 0 && imported.stderr.contains("[VB523]") && imported.stderr.contains("[VB515]"))
    }

    @Test("config: one series per kind; changing mid-year needs --force; unreachable database names its address")
    func configAndErrors() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-issue")
        let environment = ["VANBAN_DATABASE": folder.appendingPathComponent("so.db").path]
        let set = try vanban(["register", "config", "--organisation", "MNTT", "--scheme", "per-kind"], in: folder, environment: environment)
        #expect(set.status == 0 && set.stdout == "per-kind\n")
        let draft = try writeDraft(in: folder)
        _ = try vanban(["issue", draft, "--date", "2026-03-01"], in: folder, environment: environment)
        let back = try vanban(["register", "config", "--organisation", "MNTT", "--scheme", "single"], in: folder, environment: environment)
        #expect(back.status == 0 || back.stderr.contains("[VB520]"))

        let down = try vanban(["register", "list", "--database", "postgres://van:secret@127.0.0.1:1/so"], in: folder)
        #expect(down.status == 1 && down.stderr.contains("[VB503]") && down.stderr.contains("postgres://van@127.0.0.1:1/so"))
        #expect(!down.stderr.contains("secret"))
        let badDate = try vanban(["issue", draft, "--date", "07/13/2025"], in: folder, environment: environment)
        #expect(badDate.status == 1 && badDate.stderr.contains("[VB516]"))
    }
}
