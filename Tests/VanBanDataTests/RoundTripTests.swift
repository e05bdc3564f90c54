import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("data files round-trip")
struct RoundTripTests {
    func loadSample() throws -> Document {
        try DocumentData.load(try Repository.text(Repository.sample), format: .yaml, file: "sample.yaml").document
    }

    @Test func sampleLoadsWithoutWarnings() throws {
        let loaded = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml, file: "sample.yaml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let document = loaded.document
        #expect(document.kind == .quyetDinh)
        #expect(document.number == 257)
        #expect(document.numberLine == "Số: 257/QĐ-MNTT")
        #expect(document.dateLine == "Hoa Lư, ngày 07 tháng 10 năm 2025")
        #expect(document.body.articles.count == 3)
        let regulation = try #require(document.attachments.first)
        #expect(regulation.kind == .quyChe)
        #expect(regulation.body.chapters.count == 5)
        #expect(regulation.allArticles.count == 19)
        #expect(regulation.allArticles.first?.title == "Mục đích ban hành")
        #expect(regulation.allArticles.last?.title == "Tổ chức thực hiện")
    }

    @Test("YAML → model → YAML is stable and lossless")
    func yamlRoundTrip() throws {
        let document = try loadSample()
        let yaml = DocumentData.encode(document, as: .yaml)
        let again = try DocumentData.load(yaml, format: .yaml).document
        #expect(again.sameContent(as: document))
        #expect(DocumentData.encode(again, as: .yaml) == yaml)
        #expect(yaml.contains("Trường Mầm non Thiên Tôn"), "Vietnamese must not be escaped")
    }

    @Test("YAML → model → JSON → model is lossless")
    func jsonRoundTrip() throws {
        let document = try loadSample()
        let json = DocumentData.encode(document, as: .json)
        let again = try DocumentData.load(json, format: .json).document
        #expect(again.sameContent(as: document))
        #expect(json.contains("\"issuer\": {"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["number"] as? Int == 257)
        #expect(parsed?["date"] as? String == "2025-10-07")
    }

    @Test("random documents survive YAML and JSON", arguments: 0..<60)
    func randomDocuments(seed: UInt64) throws {
        var generator = RandomDocuments(seed: seed)
        let document = generator.document()
        for format in DataFormat.allCases {
            let text = DocumentData.encode(document, as: format)
            let again = try DocumentData.load(text, format: format).document
            // Compare the encodings first: a difference there reads far better than two dumped trees.
            #expect(DocumentData.encode(again, as: .json) == DocumentData.encode(document, as: .json), "seed \(seed), \(format)")
            #expect(again.sameContent(as: document), "seed \(seed), \(format)")
        }
    }

    @Test func decomposedInputBecomesNFC() throws {
        let yaml = "kind: quyet-dinh\ntitle: \"Tr\u{0075}\u{031B}o\u{031B}\u{0300}ng \u{00D0}ồng\"\n"
        let document = try DocumentData.load(yaml, format: .yaml).document
        #expect(document.title?.unicodeScalars.elementsEqual("Trường Đồng".unicodeScalars) == true)
    }

    @Test func unquotedColonInAListIsText() throws {
        let yaml = "kind: QĐ\nrecipients:\n  - Như Điều 3\n  - Lưu: VT, HSCDS\n"
        let document = try DocumentData.load(yaml, format: .yaml).document
        #expect(document.recipients == ["Như Điều 3", "Lưu: VT, HSCDS"])
    }

    @Test func romanChapterNumbersAreAccepted() throws {
        let yaml = "kind: quy-che\nchapters:\n  - number: IV\n    title: Điều khoản thi hành\n"
        let document = try DocumentData.load(yaml, format: .yaml).document
        #expect(document.body.chapters.first?.number == 4)
    }
}
