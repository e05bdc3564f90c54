import Foundation
import Testing
import VanBanTestSupport

/// `vanban check` on hostile Word packages (Tests/Scripts/hostile_docx.py): a finding or a clear
/// error with exit 1, never a crash, and quickly.
@Suite("checking hostile Word files", .serialized)
struct HostileWordTests {
    @Test(arguments: ["forged-size", "bomb:200", "lying-size:200", "doctype-system", "xinclude", "entities", "html-root",
                      "page:100:100", "traversal", "many-entries:5000", "moved-main"])
    func neverCrashes(_ kind: String) throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-check-hostile")
        let good = Repository.root.appendingPathComponent("Samples/mn-hoa-sen/co-so-du-lieu-nganh.docx").path
        let target = folder.appendingPathComponent("\(kind.replacingOccurrences(of: ":", with: "-")).docx").path
        let script = Repository.root.appendingPathComponent("Tests/Scripts/hostile_docx.py").path
        let made = try ExternalTool.run("python3", [script, good, target, kind])
        try #require(made.status == 0, "\(made.stderr)")
        let start = Date()
        let result = try CLI.run(["check", target, "--lang", "en", "--today", "2026-01-15"])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 0 || result.status == 1, "\(kind): \(result.status) \(result.stderr)")
        #expect(result.stdout.contains("1 file(s):"), "\(kind): \(result.stdout)")
        if kind.hasPrefix("page:") { #expect(result.stdout.contains("[VB740]")) }
    }
}
