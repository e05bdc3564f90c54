import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// Golden `vanban check` and `vanban fix` over the five seeds imported, and over our own data
/// (the sample and the template outputs), which must have no findings.
@Suite("checking seeds and samples", .serialized)
struct SeedCheckTests {
    static let today = "2026-01-15"

    /// Paths of a temporary folder shown as "./" so the golden output does not depend on it.
    static func relative(_ text: String, _ folder: URL) -> String {
        text.replacingOccurrences(of: folder.path + "/", with: "./")
    }

    @Test func seedsImportedCheckAndFixAsRecorded() throws {
        let seeds = Repository.shared.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 5)
        let folder = try ExternalTool.temporaryDirectory("vanban-check-seeds")
        var transcript = ""
        var texts = ""
        for name in names {
            // The seed itself, read as text: the typed-text rules join the importer's.
            let direct = try CLI.run(["check", seeds.appendingPathComponent(name).path, "--lang", "en", "--today", Self.today])
            texts += "$ vanban check \(name)\n" + direct.stdout.replacingOccurrences(of: seeds.path + "/", with: "") + "=> \(direct.status)\n"
            let stem = String(name.prefix(3))
            let data = folder.appendingPathComponent("seed-\(stem).yaml")
            let imported = try CLI.run(["import", seeds.appendingPathComponent(name).path, "-o", data.path, "--quiet"])
            try #require(imported.status == 0, "\(imported.stderr)")
            let check = try CLI.run(["check", data.path, "--lang", "en", "--today", Self.today])
            transcript += "$ vanban check seed-\(stem).yaml\n" + Self.relative(check.stdout, folder) + "=> \(check.status)\n"
            let fixedPath = folder.appendingPathComponent("seed-\(stem)-fixed.yaml")
            let fix = try CLI.run(["fix", data.path, "-o", fixedPath.path, "--lang", "en", "--today", Self.today])
            #expect(fix.status == 0, "\(fix.stderr)")
            transcript += "$ vanban fix seed-\(stem).yaml -o seed-\(stem)-fixed.yaml\n" + Self.relative(fix.stdout, folder)
            let after = try CLI.run(["check", fixedPath.path, "--lang", "en", "--today", Self.today, "--format", "json"])
            let summary = try #require((try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Any])
            #expect(summary["errors"] as? Int == 0, "seed \(stem) after fix: \(after.stdout)")
            // Fixing the fixed file changes nothing.
            let again = try CLI.run(["fix", fixedPath.path, "--lang", "en", "--today", Self.today])
            #expect(again.stdout == "0 change(s); nothing written (give -o FILE to write them)\n", "seed \(stem)")
        }
        #expect(transcript == (try Repository.golden("Tests/Golden/check/seeds.txt", actual: transcript)))
        #expect(texts == (try Repository.golden("Tests/Golden/check/seeds-as-text.txt", actual: texts)))
    }

    @Test func theSampleAndTheTemplateOutputsHaveNoFindings() throws {
        let files = ["Samples/qd-257-mn-thien-ton.yaml", "Samples/mn-hoa-sen/ban-chi-dao-chuyen-doi-so.yaml",
                     "Samples/mn-hoa-sen/co-so-du-lieu-nganh.yaml", "Samples/mn-hoa-sen/ung-dung-cntt-mam-non.yaml"]
        let result = try CLI.run(["check"] + files + ["--lang", "en", "--today", Self.today])
        #expect(result.stdout == "4 file(s): 0 error(s), 0 warning(s), 0 suggestion(s)\n")
        #expect(result.status == 0)
    }
}
