import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The real Word files of `shared/corpus-docx` import with the structure `expected.json` gives.
@Suite("importing real Word files")
struct DOCXCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var chapters: Int
        var articles: Int
        var sections: Int?
        var decisionArticles: Int?
        var firstTitle: String?
        var lastTitle: String?
        var numberLine: String
        var date: String
        var testDescription: String { file }
    }

    static let expected: [Expected] = {
        let url = Repository.shared.appendingPathComponent("corpus-docx/expected.json")
        guard let data = try? Data(contentsOf: url), let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return entries.map {
            Expected(file: $0["file"] as? String ?? "", chapters: $0["chapters"] as? Int ?? -1, articles: $0["articles"] as? Int ?? -1,
                     sections: $0["sections_muc"] as? Int, decisionArticles: $0["decision_articles"] as? Int,
                     firstTitle: $0["first_article_title"] as? String, lastTitle: $0["last_article_title"] as? String,
                     numberLine: $0["number_line"] as? String ?? "", date: $0["date"] as? String ?? "")
        }
    }()

    static var libreOffice: Bool { LibreOfficeConverter().executable != nil }

    @Test func expectationsAreThere() {
        #expect(Self.expected.count == 5)
    }

    @Test("structure, number and date match expected.json", arguments: expected)
    func structure(_ expected: Expected) throws {
        if expected.file.hasSuffix(".doc"), !Self.libreOffice { return }
        let url = Repository.shared.appendingPathComponent("corpus-docx/\(expected.file)")
        let result = try LegacyImport.read(try Data(contentsOf: url), file: expected.file)
        let document = result.document
        let counted = document.attachments.first ?? document
        let articles = counted.allArticles
        #expect(counted.body.allChapters.count == expected.chapters)
        #expect(articles.count == expected.articles)
        if let sections = expected.sections {
            #expect(counted.body.allChapters.flatMap(\.sections).count + counted.body.sections.count == sections)
        }
        #expect((articles.first?.title ?? "") == (expected.firstTitle ?? ""))
        #expect((articles.last?.title ?? "") == (expected.lastTitle ?? ""))
        if let decisionArticles = expected.decisionArticles {
            #expect(document.allArticles.count == decisionArticles)
        }
        #expect(document.numberLine == expected.numberLine)
        #expect(document.date?.description == expected.date)
    }

    @Test func legacyFontsAreReported() throws {
        guard Self.libreOffice else { return }
        let url = Repository.shared.appendingPathComponent("corpus-docx/vni-qd991-binhphuoc-2008.doc")
        let result = try LegacyImport.read(try Data(contentsOf: url), file: "qd.doc")
        #expect(result.diagnostics.contains {
            if case let .legacyFontConverted(font, encoding, runs) = $0.libraryMessage { return font == "VNI-Times" && encoding == "VNI" && runs > 20 }
            return false
        })
    }
}
