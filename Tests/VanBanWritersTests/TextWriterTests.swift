import Testing
import VanBan
import VanBanTestSupport

@Suite("canonical text and outline")
struct TextWriterTests {
    func sample() throws -> Document {
        try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
    }

    @Test func sampleTextMatchesGolden() throws {
        let text = TextWriter().write(try sample())
        let golden = try Repository.golden("Tests/Golden/text/qd-257-mn-thien-ton.txt", actual: text)
        #expect(text == golden)
    }

    @Test func sampleOutlineMatchesGolden() throws {
        let text = OutlineWriter().write(try sample())
        let golden = try Repository.golden("Tests/Golden/text/qd-257-mn-thien-ton.outline.txt", actual: text)
        #expect(text == golden)
    }

    @Test func punctuationIsAddedByTheWriter() throws {
        let document = Document(
            kind: .quyetDinh,
            bases: ["Căn cứ Luật Giáo dục năm 2019;", "Theo đề nghị của Tổ Văn phòng,"],
            body: Body(articles: [Article(number: "1", paragraphs: ["Ban hành Quy chế."]), Article(number: "2", paragraphs: ["Thi hành Quyết định này."])]),
            recipients: ["Như Điều 2", "Lưu: VT."])
        let text = TextWriter().write(document)
        #expect(text.contains("Căn cứ Luật Giáo dục năm 2019;\nTheo đề nghị của Tổ Văn phòng.\n"))
        #expect(text.contains("Điều 2. Thi hành Quyết định này./.\n"))
        #expect(!text.contains("Ban hành Quy chế./."))
        #expect(text.contains("- Như Điều 2;\n- Lưu: VT.\n"))
        #expect(text.contains("QUYẾT ĐỊNH:\n"))
    }

    @Test func finalMarkGoesAfterTheLastTextOfTheLastArticle() {
        let article = Article(number: "9", title: "Tổ chức thực hiện", clauses: [
            Clause(number: "1", text: "Giao Hiệu trưởng."),
            Clause(number: "2", text: "Báo cáo", points: [Point(letter: "a", text: "Hằng tháng;"), Point(letter: "b", text: "Đột xuất")]),
        ])
        let text = TextWriter().write(Document(kind: .quyChe, body: Body(articles: [article])))
        #expect(text.hasSuffix("a) Hằng tháng;\nb) Đột xuất./.\n"))
    }

    @Test func draftShowsBlanks() {
        let document = Document(kind: .quyetDinh, issuer: IssuingBody(name: "Trường Mầm non Thiên Tôn", abbreviation: "MNTT"), place: "Hoa Lư", draftYear: 2025)
        let text = TextWriter().write(document)
        #expect(text.contains("Số:    /QĐ-MNTT\n"))
        #expect(text.contains("Hoa Lư, ngày    tháng    năm 2025\n"))
    }

    @Test func lawWithPartsChaptersSectionsRenders() {
        let law = Document(kind: .luat, body: Body(parts: [Part(number: 1, title: "Quy định chung", chapters: [
            Chapter(number: 2, title: "Thư viện", sections: [Section(number: 1, title: "Mạng lưới", articles: [Article(number: "39a", title: "Điều mới")])]),
        ])]))
        let text = TextWriter().write(law)
        #expect(text.contains("Phần I\nQUY ĐỊNH CHUNG\n"))
        #expect(text.contains("Chương II\nTHƯ VIỆN\n"))
        #expect(text.contains("Mục 1\nMẠNG LƯỚI\n"))
        #expect(text.contains("Điều 39a. Điều mới./.\n"))
    }

    @Test func layoutAnchorsAreStable() throws {
        let laidOut = DocumentLayout.layout(try sample())
        let regulation = try #require(laidOut.attachments.first)
        let anchors = regulation.blocks.compactMap(\.anchor)
        #expect(anchors.contains("qc-1-chuong-1"))
        #expect(anchors.contains("qc-1-dieu-4-khoan-2"))
        #expect(Set(anchors).count == anchors.count, "anchors must be unique")
        #expect(laidOut.blocks.compactMap(\.anchor).contains("dieu-1"))
    }
}
