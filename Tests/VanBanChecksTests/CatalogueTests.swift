import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The catalogue itself: one rule per code, severities agreeing with their messages, and the
/// README's list generated from it.
@Suite("rule catalogue")
struct CatalogueTests {
    @Test func codesAreUniqueAndInTheirRanges() {
        let codes = RuleCatalogue.rules.map(\.code)
        #expect(Set(codes).count == codes.count)
        for rule in RuleCatalogue.rules {
            #expect(rule.example.code == rule.code, "\(rule.code)")
            #expect(rule.example.severity == rule.severity.severity, "\(rule.code) severity")
            #expect(!rule.clause.isEmpty)
        }
    }

    @Test func theReadmeListsTheRulesOfTheCatalogue() throws {
        let readme = try Repository.text(Repository.root.appendingPathComponent("README.md"))
        let table = RuleCatalogue.markdown(in: .en)
        #expect(readme.contains(table), "README.md: paste the output of `vanban check --list-rules --format markdown --lang en`")
    }
}
