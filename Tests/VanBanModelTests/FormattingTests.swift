import Foundation
import Testing
@testable import VanBanModel

@Suite("Nghị định 30 formatting rules")
struct FormattingTests {
    @Test("days 1–9 take a leading zero, 10 and above do not", arguments: [(1, "01"), (9, "09"), (10, "10"), (31, "31")])
    func day(_ value: Int, _ expected: String) {
        #expect(DateFormatting.day(value) == expected)
    }

    @Test("only January and February take a leading zero", arguments: [(1, "01"), (2, "02"), (3, "3"), (10, "10"), (12, "12")])
    func month(_ value: Int, _ expected: String) {
        #expect(DateFormatting.month(value) == expected)
    }

    @Test("document numbers below 10 take a leading zero", arguments: [(1, "01"), (9, "09"), (10, "10"), (257, "257")])
    func number(_ value: Int, _ expected: String) {
        #expect(NumberFormatting.number(value) == expected)
    }

    @Test func dateLines() throws {
        let date = try #require(CivilDate(year: 2025, month: 10, day: 7))
        #expect(DateFormatting.dateLine(place: "Hoa Lư", date: date) == "Hoa Lư, ngày 07 tháng 10 năm 2025")
        #expect(DateFormatting.longDate(CivilDate(year: 2020, month: 1, day: 5)) == "ngày 05 tháng 01 năm 2020")
        #expect(DateFormatting.longDate(CivilDate(year: 2023, month: 2, day: 28)) == "ngày 28 tháng 02 năm 2023")
        #expect(DateFormatting.longDate(CivilDate(year: 2020, month: 3, day: 5)) == "ngày 05 tháng 3 năm 2020")
        #expect(DateFormatting.longDate(CivilDate(year: 2024, month: 12, day: 31)) == "ngày 31 tháng 12 năm 2024")
    }

    @Test func draftLeavesBlanks() {
        var document = Document(kind: .quyetDinh, issuer: IssuingBody(name: "Trường Mầm non Thiên Tôn", abbreviation: "MNTT"), place: "Hoa Lư", draftYear: 2025)
        #expect(document.isDraft)
        #expect(document.numberLine == "Số:    /QĐ-MNTT")
        #expect(document.dateLine == "Hoa Lư, ngày    tháng    năm 2025")
        document.number = 5
        #expect(document.numberLine == "Số: 05/QĐ-MNTT")
    }

    @Test func symbolIsDerivedUnlessGiven() {
        var document = Document(kind: .quyDinh, issuer: IssuingBody(name: "Trường Tiểu học Trần Dương", abbreviation: "TH"), number: 130)
        #expect(document.numberLine == "Số: 130/QyĐ-TH")
        document.symbol = "2020/NĐ-CP"
        #expect(document.numberLine == "Số: 130/2020/NĐ-CP")
    }

    @Test func invalidDatesAreRejected() {
        #expect(CivilDate(iso: "2025-13-01") == nil)
        #expect(CivilDate(iso: "2025-02-29") == nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2025-1-07") == nil)
        #expect(CivilDate(iso: "07/10/2025") == nil)
        #expect(CivilDate(iso: "2025-10-07")?.iso == "2025-10-07")
    }

    @Test("Roman numerals 1–40")
    func romanNumerals() {
        let expected = [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
            "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX",
            "XXXI", "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX", "XL",
        ]
        for (index, roman) in expected.enumerated() {
            #expect(RomanNumeral.string(index + 1) == roman)
            #expect(RomanNumeral.parse(roman) == index + 1)
            #expect(RomanNumeral.parse(roman.lowercased()) == index + 1)
        }
        #expect(RomanNumeral.parse("IIII") == nil)
        #expect(RomanNumeral.parse("MỤC") == nil)
        #expect(RomanNumeral.parse("") == nil)
    }

    @Test("điểm letters follow the Vietnamese alphabet past đ")
    func pointLetters() {
        let first12 = (0..<12).map(PointLetters.letter(at:))
        #expect(first12 == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m"])
        #expect(!PointLetters.sequence.contains("f"))
        #expect(!PointLetters.sequence.contains("j"))
        #expect(PointLetters.letter(at: 22) == "y")
        #expect(PointLetters.letter(at: 23) == "aa")
        #expect(PointLetters.index(of: "đ") == 4)
        #expect(PointLetters.index(of: "e") == 5)
        #expect(PointLetters.index(of: "f") == nil)
        #expect(PointLetters.index(of: "aa") == 23)
    }

    @Test("upper-casing keeps Vietnamese letters", arguments: [
        ("ư", "Ư"), ("đ", "Đ"), ("ơ", "Ơ"), ("Trường Mầm non Thiên Tôn", "TRƯỜNG MẦM NON THIÊN TÔN"),
        ("Ủy ban nhân dân phường Hoa Lư", "ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ"), ("quyết định", "QUYẾT ĐỊNH"),
    ])
    func uppercasing(_ input: String, _ expected: String) {
        #expect(VietnameseText.uppercased(input) == expected)
    }

    @Test func normalisationMakesNFCAndFixesTheEthLookAlike() {
        let decomposed = "Tr\u{0075}\u{031B}o\u{031B}\u{0300}ng" // "Trường" built from combining marks
        #expect(decomposed.unicodeScalars.count > "Trường".unicodeScalars.count)
        #expect(VietnameseText.normalized(decomposed).unicodeScalars.elementsEqual("Trường".unicodeScalars))
        let eth = "\u{00D0}iều 1 \u{00F0}ể"
        #expect(VietnameseText.normalized(eth).unicodeScalars.elementsEqual("Điều 1 để".unicodeScalars))
        #expect(VietnameseText.uppercased("\u{0111}i\u{0323}nh").unicodeScalars.elementsEqual("ĐỊNH".unicodeScalars))
    }

    @Test func slugsAreAscii() {
        #expect(VietnameseText.asciiSlug("Tổ chức thực hiện") == "to-chuc-thuc-hien")
        #expect(VietnameseText.asciiSlug("đ") == "d")
        #expect(VietnameseText.asciiSlug("QyĐ") == "qyd")
    }

    @Test func attachmentLineComesFromTheDecision() {
        let decision = Document(
            kind: .quyetDinh, issuer: IssuingBody(name: "Trường Mầm non Thiên Tôn", abbreviation: "MNTT"),
            number: 257, date: CivilDate(year: 2025, month: 10, day: 7),
            issuingAuthority: "Hiệu trưởng Trường Mầm non Thiên Tôn")
        #expect(AttachmentLine.text(for: decision)
            == "(Ban hành kèm theo Quyết định số 257/QĐ-MNTT ngày 07 tháng 10 năm 2025 của Hiệu trưởng Trường Mầm non Thiên Tôn)")
        // An authority imported in capitals takes its case from the issuer's name where it can…
        var shouting = decision
        shouting.issuingAuthority = "HIỆU TRƯỞNG TRƯỜNG MẦM NON THIÊN TÔN"
        #expect(AttachmentLine.text(for: shouting).hasSuffix("của Hiệu trưởng Trường Mầm non Thiên Tôn)"))
        // …and is kept as written where it cannot, rather than guessing proper nouns.
        shouting.issuingAuthority = "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"
        #expect(AttachmentLine.text(for: shouting).hasSuffix("của BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN)"))
    }

    @Test func signatureLines() {
        #expect(SignatureBlock(position: "Hiệu trưởng", name: "A").headingLines == ["HIỆU TRƯỞNG"])
        #expect(SignatureBlock(authority: .kt, onBehalfOf: "Hiệu trưởng", position: "Phó Hiệu trưởng").headingLines
            == ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"])
        #expect(SignatureBlock(authority: .tm, onBehalfOf: "Ủy ban nhân dân", position: "Chủ tịch").headingLines
            == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
        #expect(SigningAuthority(identifier: "kt") == .kt)
        #expect(SigningAuthority(identifier: "TUQ.") == .tuq)
    }

    @Test func kindsResolveByIdAbbreviationOrName() {
        #expect(DocumentKind(identifier: "quyet-dinh") == .quyetDinh)
        #expect(DocumentKind(identifier: "QĐ") == .quyetDinh)
        #expect(DocumentKind(identifier: "QyĐ") == .quyDinh)
        #expect(DocumentKind(identifier: "Quy chế") == .quyChe)
        #expect(DocumentKind(identifier: "Q\u{0075}\u{0079}\u{0301}t") == nil)
        #expect(DocumentKind.quyDinh.heading == "QUY ĐỊNH")
    }

    @Test func diagnosticsPrintWithLocationInBothLanguages() {
        let diagnostic = Diagnostic(Message.notADate(field: "date", value: "2025-13-01"), at: SourceLocation(file: "qd.yaml", line: 12, column: 7))
        #expect(diagnostic.formatted(in: .en) == "qd.yaml:12:7: error: [VB003] date: \"2025-13-01\" is not a date (write yyyy-mm-dd, e.g. 2025-10-07)")
        #expect(diagnostic.formatted(in: .vi).hasPrefix("qd.yaml:12:7: lỗi: [VB003] date: \"2025-13-01\" không phải là ngày hợp lệ"))
    }

    /// Words that give away an English text inside a Vietnamese message.
    static let englishWords = ["the ", " is ", " not ", "cannot", "expected", "found", "missing", " a ", "file", "list",
                               "mapping", "template", "number", "unknown", "error", "write", "read "]

    @Test func everyMessageRendersInBothLanguagesWithoutEnglishInVietnamese() {
        let libraryCodes = Set(Message.examples.map(\.code))
        // VB201–203, VB208 and the batch messages (VB608–VB617) belong to the command line and
        // live in its own catalog (`CommandMessage`), tested with the command line.
        let elsewhere: Set<MessageCode> = [.outputExists, .unknownFormat, .notAvailable, .binaryToTerminal, .batchSummary, .batchFailures,
                                           .outputNotDirectory, .duplicateOutput, .noProfiles, .noAttachments, .batchWrote,
                                           .progressDocuments, .progressPDF, .batchFailed, .unknownRole, .rolesNeedFolder, .unplacedTextKept,
                                           .checkSummary, .fixSummary, .checkNeedsFile]
        // VB5xx are the register's (`RegisterMessage`, tested with the store); VB8xx the workbench
        // server's (`ServerMessage`, tested with the server).
        for code in MessageCode.allCases where !elsewhere.contains(code) && !code.rawValue.hasPrefix("VB5") && !code.rawValue.hasPrefix("VB8") {
            #expect(libraryCodes.contains(code), "no example message for \(code.rawValue)")
        }
        for message in Message.examples {
            let vi = message.text(in: .vi), en = message.text(in: .en)
            #expect(!vi.isEmpty && !en.isEmpty)
            #expect(vi != en || vi.isEmpty, "\(message.code.rawValue) is not translated: \(vi)")
            // Data keys (`number:`), file names and `code` are the file's own words, not English prose.
            let lowered = vi.lowercased()
                .replacingOccurrences(of: #"`[^`]*`"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"^[a-z_.\[\]0-9]+: "#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"[a-z0-9_/-]+\.(mustache|json|yaml|xml|docx)"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"[a-z0-9]+[-_][a-z0-9_-]+"#, with: "", options: .regularExpression)
            for word in Self.englishWords {
                #expect(!lowered.contains(word), "English \"\(word)\" in the Vietnamese text of \(message.code.rawValue): \(vi)")
            }
        }
        #expect(Set(MessageCode.allCases.map(\.rawValue)).count == MessageCode.allCases.count)
    }

    @Test func diagnosticsAtDifferentPlacesStayApart() {
        let first = Diagnostic(Message.notNFC, at: SourceLocation(file: "a.txt", line: 1))
        let second = Diagnostic(Message.notNFC, at: SourceLocation(file: "a.txt", line: 2))
        #expect(Set([first, second]).count == 2)
        #expect(first != second)
        #expect(first == Diagnostic(Message.notNFC, at: SourceLocation(file: "a.txt", line: 1)))
    }

    @Test("trimming drops the same white space as Foundation's whitespacesAndNewlines",
          arguments: ["", " ", "abc", "  Điều 1. \n", "\t\r\n x y \u{00A0}", "\u{2028}Mục 1\u{3000}", "\u{0085}a", "a\u{0301} "])
    func trimming(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
