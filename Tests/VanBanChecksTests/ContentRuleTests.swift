import Foundation
import Testing
import VanBan

/// A passing and a failing case for every content rule, on documents built here.
@Suite("content rules")
struct ContentRuleTests {
    static let today = CivilDate(year: 2026, month: 1, day: 15)

    /// A decision that follows every content rule.
    static var good: Document {
        var document = Document(kind: .quyetDinh, issuer: IssuingBody(parent: "Ủy ban nhân dân phường Hoa Lư", name: "Trường Mầm non Thiên Tôn", abbreviation: "MNTT"),
                                number: 5, place: "Hoa Lư", date: CivilDate(year: 2025, month: 10, day: 7), title: "Về việc cử cán bộ",
                                issuingAuthority: "Hiệu trưởng Trường Mầm non Thiên Tôn", bases: ["Căn cứ Điều lệ Trường mầm non", "Xét đề nghị của tổ chuyên môn"])
        document.body.articles = [
            Article(number: "1", paragraphs: ["Cử cán bộ tham dự tập huấn."], clauses: [
                Clause(number: "1", text: "Thời gian:", points: [Point(letter: "a", text: "sáng;"), Point(letter: "b", text: "chiều;"),
                                                                 Point(letter: "c", text: "tối;"), Point(letter: "d", text: "đêm;"), Point(letter: "đ", text: "khuya.")]),
                Clause(number: "2", text: "Địa điểm: Hoa Lư."),
            ]),
            Article(number: "2", paragraphs: ["Quyết định có hiệu lực từ ngày ký."]),
            Article(number: "3", paragraphs: ["Các ông (bà) Phó Hiệu trưởng, giáo viên chịu trách nhiệm thi hành Quyết định này."]),
        ]
        document.recipients = ["Như Điều 3", "Lưu: VT, HC"]
        document.signature = SignatureBlock(position: "Hiệu trưởng", name: "Trần Thị Hương Mai")
        return document
    }

    static func codes(_ document: Document) -> [MessageCode] {
        RuleCatalogue.check(document, today: today).map(\.code)
    }

    @Test func aGoodDecisionHasNoFindings() {
        #expect(RuleCatalogue.check(Self.good, today: Self.today).map { $0.diagnostic.description } == [])
    }

    typealias Defect = RuleDefect<Document>

    static let defects: [Defect] = [
        Defect(.numberingGap, "Điều 1 then Điều 3") { $0.body.articles.remove(at: 1) },
        Defect(.numberingDuplicate, "Điều 2 twice") { $0.body.articles[2].number = "2" },
        Defect(.numberingOrder, "khoản 2 before 1") { $0.body.articles[0].clauses.reverse() },
        Defect(.numberingStart, "starts at Điều 2") { $0.body.articles.removeFirst() },
        Defect(.pointLetter, "f after e") { $0.body.articles[0].clauses[0].points[4].letter = "f" },
        Defect(.pointLetter, "e right after d") { $0.body.articles[0].clauses[0].points[4].letter = "e" },
        Defect(.mixedBulletsAndClauses, "bullets and khoản") { $0.body.articles[0].items = [Item("một")] },
        Defect(.symbolSpacing, "spaces in the ký hiệu") { $0.symbol = "QĐ - MNTT" },
        Defect(.symbolCV, "CV") { $0.kind = .congVan; $0.symbol = "CV-MNTT" },
        Defect(.letterKindAbbreviation, "công văn with QĐ") { $0.kind = .congVan; $0.symbol = "QĐ-MNTT" },
        Defect(.symbolKind, "Quy chế numbered QĐ") { $0.kind = .quyChe; $0.symbol = "QĐ-MNTT" },
        Defect(.symbolIssuer, "another issuer's abbreviation") { $0.symbol = "QĐ-UBND" },
        Defect(.lookAlikeEth, "look-alike eth") { $0.issuer?.abbreviation = "MNÐT" },
        Defect(.dateInFuture, "dated next year") { $0.date = CivilDate(year: 2027, month: 1, day: 5) },
        Defect(.missingTitle, "no trích yếu") { $0.title = nil },
        Defect(.basisPunctuation, "căn cứ with its ;") { $0.bases[0] += ";" },
        Defect(.basesOnOneLine, "two căn cứ on one line") { $0.bases[0] += "; Căn cứ Luật Giáo dục" },
        Defect(.recipientPunctuation, "recipient with - and ;") { $0.recipients[0] = "- Như Điều 3;" },
        Defect(.archiveForm, "Lưu VT") { $0.recipients[1] = "Lưu VT, HC" },
        Defect(.archiveMissing, "no Lưu") { $0.recipients.removeLast() },
        Defect(.recipientArticle, "Như Điều 9") { $0.recipients[0] = "Như Điều 9" },
        Defect(.recipientArticle, "Như Điều 2 names no executor") { $0.recipients[0] = "Như Điều 2" },
        Defect(.asAboveInDecision, "Như trên in a decision") { $0.recipients[0] = "Như trên" },
        Defect(.signatureIncomplete, "KT. without the deputy's position") { $0.signature = SignatureBlock(authority: .kt, onBehalfOf: "Hiệu trưởng", name: "An") },
        Defect(.signatureIncomplete, "TM. without the collective") { $0.signature = SignatureBlock(authority: .tm, position: "Chủ tịch", name: "An") },
        Defect(.signatureIncomplete, "no name on an issued document") { $0.signature?.name = nil },
        Defect(.signatureIncomplete, "TM. without the signer's position") { $0.signature = SignatureBlock(authority: .tm, onBehalfOf: "Ủy ban nhân dân", name: "An") },
        Defect(.deputyWithoutKT, "a deputy signs alone") { $0.signature?.position = "Phó Hiệu trưởng" },
        Defect(.academicTitle, "TS. before the name") { $0.signature?.name = "TS. Trần Văn An" },
        Defect(.attachmentNumberMismatch, "attachment line with another number") { document in
            document.attachments = [Document(kind: .quyChe, title: "Quy chế", issuedWith: DocumentReference(number: 6, symbol: "QĐ-MNTT"))]
        },
        Defect(.attachmentDateMismatch, "attachment line with another date") { document in
            document.attachments = [Document(kind: .quyChe, title: "Quy chế", issuedWith: DocumentReference(number: 5, symbol: "QĐ-MNTT", date: CivilDate(year: 2025, month: 10, day: 8)))]
        },
    ]

    @Test(arguments: defects) func eachDefectIsFound(_ defect: Defect) {
        var document = Self.good
        defect.change(&document)
        let found = RuleCatalogue.check(document, today: Self.today)
        #expect(found.map(\.code).contains(defect.code), "\(found.map(\.diagnostic.description))")
        let rule = RuleCatalogue.rule(defect.code)
        #expect(rule != nil)
        // A rule with a certain mend leaves nothing of its kind behind, and mending twice changes nothing.
        if let rule, rule.fix != nil, ![.numberingGap, .numberingStart, .numberingDuplicate].contains(defect.code) || defect.name.contains("khoản") {
            let (fixed, changes) = RuleCatalogue.fix(document, today: Self.today)
            #expect(!changes.isEmpty)
            #expect(!Self.codes(fixed).contains(defect.code), "\(RuleCatalogue.check(fixed, today: Self.today).map(\.diagnostic.description))")
            #expect(RuleCatalogue.fix(fixed, today: Self.today).changes.isEmpty)
        }
    }

    @Test func fixesNameWhatTheyChange() {
        var document = Self.good
        document.body.articles[0].clauses[0].points[4].letter = "f"
        document.recipients = ["- Như trên;", "Lưu VT"]
        let changes = RuleCatalogue.fix(document).changes.map { $0.text(in: .en) }
        #expect(changes == [
            "điểm f khoản 1 Điều 1: \"f)\" → \"đ)\"",
            "nơi nhận 1: \"- Như trên;\" → \"Như trên\"",
            "nơi nhận 2: \"Lưu VT\" → \"Lưu: VT\"",
            "nơi nhận 1: \"Như trên\" → \"Như Điều 3\"",
        ])
    }

    @Test func signingFormsThatAreRight() {
        for signature in [SignatureBlock(authority: .kt, onBehalfOf: "Hiệu trưởng", position: "Phó Hiệu trưởng", name: "An"),
                          SignatureBlock(authority: .tm, onBehalfOf: "Ủy ban nhân dân", position: "Chủ tịch", name: "An"),
                          SignatureBlock(authority: .q, position: "Hiệu trưởng", name: "An"),
                          SignatureBlock(authority: .tl, onBehalfOf: "Bộ trưởng", position: "Vụ trưởng Vụ Pháp chế", name: "An")] {
            var document = Self.good
            document.signature = signature
            #expect(Self.codes(document) == [], "\(signature)")
        }
    }

    @Test func aDraftMayHaveNoNameAndNoDate() {
        var document = Self.good
        document.number = nil
        document.date = nil
        document.signature?.name = nil
        #expect(Self.codes(document) == [])
    }

    @Test func theImporterReportsTheCatalogueNumbering() {
        let text = "Số: 05/QĐ-MNTT\nHoa Lư, ngày 07 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\nVề việc cử cán bộ\n\nĐiều 1. Cử cán bộ.\nĐiều 3. Thi hành.\n"
        let imported = TextReader().read(Data(text.utf8), file: "qd.txt")
        let fromImport = imported.diagnostics.filter { $0.code == .numberingGap }
        let fromCheck = RuleCatalogue.check(imported.document).filter { $0.code == .numberingGap }.map(\.diagnostic)
        #expect(fromImport.count == 1)
        #expect(fromImport == fromCheck)
    }
}
