import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// The structure a correct importer finds in the real legal texts of `shared/corpus/` and
/// `shared/corpus-more/` (each folder's `expected.json`).
@Suite("importing the corpus")
struct CorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var folder: String
        var file: String
        var chapters: Int
        var articles: Int
        var sections: Int
        var firstTitle: String?
        var lastTitle: String?
        var firstNumber: Int?
        var lastNumber: Int?
        var decisionArticles: Int?
        var testDescription: String { file }
    }

    static let folders = ["corpus", "corpus-more"]

    static let expected: [Expected] = folders.flatMap { folder -> [Expected] in
        let url = Repository.shared.appendingPathComponent("\(folder)/expected.json")
        guard let data = try? Data(contentsOf: url), let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return entries.map {
            Expected(folder: folder, file: $0["file"] as? String ?? "", chapters: $0["chapters"] as? Int ?? -1, articles: $0["articles"] as? Int ?? -1,
                     sections: $0["sections_muc"] as? Int ?? 0, firstTitle: $0["first_article_title"] as? String,
                     lastTitle: $0["last_article_title"] as? String, firstNumber: $0["first_article_number"] as? Int,
                     lastNumber: $0["last_article_number"] as? Int, decisionArticles: $0["decision_articles"] as? Int)
        }
    }

    static func read(_ file: String, folder: String = "corpus") throws -> ImportResult {
        let url = Repository.shared.appendingPathComponent("\(folder)/\(file)")
        return TextReader().read(try Data(contentsOf: url), file: file)
    }

    @Test func expectationsAreThere() {
        #expect(Self.expected.filter { $0.folder == "corpus" }.count == 5)
        #expect(Self.expected.filter { $0.folder == "corpus-more" }.count == 7)
    }

    @Test("structure counts and article titles match expected.json", arguments: expected)
    func structure(_ expected: Expected) throws {
        let document = try Self.read(expected.file, folder: expected.folder).document
        // A decision that issues a regulation is counted by its attachment; a decision alone by itself.
        let counted = document.attachments.first ?? document
        let articles = counted.allArticles
        #expect(counted.body.allChapters.count == expected.chapters)
        #expect(articles.count == expected.articles)
        #expect(counted.body.allChapters.flatMap(\.sections).count + counted.body.sections.count == expected.sections)
        #expect((articles.first?.title ?? "") == (expected.firstTitle ?? ""))
        #expect((articles.last?.title ?? "") == (expected.lastTitle ?? ""))
        #expect(articles.first.flatMap { Int($0.number) } == expected.firstNumber)
        #expect(articles.last.flatMap { Int($0.number) } == expected.lastNumber)
        if let decisionArticles = expected.decisionArticles {
            #expect(document.attachments.count == 1)
            #expect(document.allArticles.count == decisionArticles)
        }
    }

    @Test func headerFieldsOfTheDecrees() throws {
        let decree = try Self.read("14_nd-63-2014-dau-thau.txt").document
        #expect(decree.kind == .nghiDinh)
        #expect(decree.number == 63)
        #expect(decree.symbol == "2014/NĐ-CP")
        #expect(decree.place == "Hà Nội")
        #expect(decree.date == CivilDate(year: 2014, month: 6, day: 26))
        #expect(decree.bases.count == 3)
        let law = try Self.read("01_luat-thu-vien-2019.txt").document
        #expect(law.kind == .luat)
        #expect(law.number == 46 && law.symbol == "2019/QH14")
        #expect(law.title == "THƯ VIỆN")
        #expect(law.signature?.name == "Nguyễn Thị Kim Ngân")
        let vanThu = try Self.read("12_nd-30-2020-cong-tac-van-thu.txt").document
        #expect(vanThu.number == 30, "the header table at the end of the file still gives the number")
        #expect(vanThu.issuer?.name == "CHÍNH PHỦ")
    }
}
