import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("Hardening: profiles")
struct TemplateHardeningTests {
    func profile(replacing old: String, with new: String) throws -> String {
        let text = try Repository.text(Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml"))
        #expect(text.contains(old))
        return text.replacingOccurrences(of: old, with: new)
    }

    func instantiate(_ profile: String) throws(DiagnosticError) -> LoadedDocument {
        try RegulationTemplate.named("ung-dung-cntt-mam-non").instantiate(try Profile(yaml: profile, file: "profile.yaml"))
    }

    /// Defect 14: "Phần mềm …, Điều 12" from a profile came out as "Điều 11": user data must
    /// never be renumbered, and a number the template lacks must not be an error either.
    @Test func profileValuesAreNotRenumbered() throws {
        let names = (1...30).map { "  - Phần mềm số \($0), Điều \($0)" }.joined(separator: "\n")
        let text = try profile(replacing: "  - Cơ sở dữ liệu ngành giáo dục", with: names)
        let made = try instantiate(text)
        let rendered = TextWriter().write(made.document)
        for number in 1...30 { #expect(rendered.contains("Phần mềm số \(number), Điều \(number)"), "Điều \(number)") }
    }

    /// Defect 15 (profile half): `camera: maybe` counted as false; errors in profile values
    /// pointed at the template file.
    @Test func profileValuesAreCheckedWhereTheyAreWritten() throws {
        do {
            _ = try instantiate(try profile(replacing: "camera: true", with: "camera: maybe"))
            Issue.record("camera: maybe was accepted")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(\.code) == [.notABoolean])
            #expect(error.diagnostics.first?.location?.file == "profile.yaml")
        }
        do {
            _ = try instantiate(try profile(replacing: "  date: 2025-09-05", with: "  date: 2025-13-05"))
            Issue.record("a bad date was accepted")
        } catch let error as DiagnosticError {
            let diagnostic = try #require(error.diagnostics.first { $0.code == .notADate })
            #expect(diagnostic.location?.file == "profile.yaml")
            #expect(diagnostic.location?.line == 15)
        }
    }
}
