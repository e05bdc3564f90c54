import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// A Word file whose runs are in TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) fonts, with the
/// bytes those fonts need, imports to the same data as its Unicode twin.
@Suite("legacy Vietnamese fonts in Word files", .serialized)
struct LegacyFontTests {
    /// The paragraphs of a small decree: text, and whether it is printed in capitals.
    static let lines: [(String, Bool)] = [
        ("chính phủ", true), ("Số: 12/2020/NĐ-CP", false), ("cộng hòa xã hội chủ nghĩa việt nam", true),
        ("Độc lập - Tự do - Hạnh phúc", false), ("Hà Nội, ngày 05 tháng 3 năm 2020", false), ("nghị định", true),
        ("Về công tác văn thư", false), ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", false),
        ("Chương I", false), ("những quy định chung", true), ("Điều 1. Phạm vi điều chỉnh", false),
        ("1. Nghị định này quy định về công tác văn thư.", false), ("a) Soạn thảo, ký ban hành văn bản;", false),
        ("b) Quản lý văn bản, lưu trữ hồ sơ ở cơ quan.", false), ("Điều 2. Hiệu lực thi hành", false),
        ("Nghị định này có hiệu lực từ ngày ký ừ ữ ự ỹ ỵ ẵ ặ ẫ ậ.", false),
    ]

    static func run(_ text: String, font: String) -> String {
        "<w:r><w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\"/></w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    static func document(_ runs: [String]) -> [String] { runs.map { "<w:p>\($0)</w:p>" } }

    /// Bytes as Word hands them over: each byte one Windows-1252 character.
    static func characters(_ bytes: [UInt8]) throws -> String {
        try #require(bytes.allSatisfy { $0 >= 0x20 && !(0x7F...0x9F).contains($0) }, "a byte without a character")
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    static func tcvn3(_ text: String) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-tcvn3-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let converted = try ExternalTool.run("sh", ["-c", "iconv -f UTF-8 -t TCVN5712-1 > '\(output.path)'"], stdin: Data(text.utf8))
        try #require(converted.status == 0, "\(converted.stderr)")
        return try characters(Array(try Data(contentsOf: output)))
    }

    /// VNI: base letter, then one byte for the mark(s); đ, ơ, ư, the i's and ỵ have their own bytes.
    static func vni(_ text: String) throws -> String {
        var bytes: [UInt8] = []
        for character in text {
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = scalars.first else { continue }
            let marks = Set(scalars.dropFirst().map(\.value))
            let shift: UInt8 = base.properties.isUppercase ? 0x20 : 0
            let lower = String(base).lowercased()
            let tone = [0x301, 0x300, 0x309, 0x303, 0x323].first { marks.contains($0) }
            let plainTone: [UInt32: UInt8] = [0x301: 0xF9, 0x300: 0xF8, 0x309: 0xFB, 0x303: 0xF5, 0x323: 0xEF]
            func add(_ byte: UInt8) { bytes.append(byte - shift) }
            if lower == "đ" { add(0xF1); continue }
            if lower == "i", let tone {
                add([0x301: 0xED, 0x300: 0xEC, 0x309: 0xE6, 0x303: 0xF3, 0x323: 0xF2][tone]!)
                continue
            }
            if lower == "y", tone == 0x323 { add(0xEE); continue }
            if marks.contains(0x31B) {
                add(lower == "o" ? 0xF4 : 0xF6)
                if let tone { add(plainTone[tone]!) }
                continue
            }
            bytes.append(contentsOf: String(base).utf8)
            if marks.contains(0x302) {
                add(tone.map { [0x301: 0xE1, 0x300: 0xE0, 0x309: 0xE5, 0x303: 0xE3, 0x323: 0xE4][$0]! } ?? 0xE2)
            } else if marks.contains(0x306) {
                add(tone.map { [0x301: 0xE9, 0x300: 0xE8, 0x309: 0xFA, 0x303: 0xFC, 0x323: 0xEB][$0]! } ?? 0xEA)
            } else if let tone {
                add(plainTone[tone]!)
            }
        }
        return try characters(bytes)
    }

    static func read(_ body: [String], name: String, in folder: URL) throws -> ImportResult {
        let file = try WordNumberingTests.package(.init(name: name, numbering: "", body: body), in: folder)
        return try DOCXReader().read(try Data(contentsOf: file), file: "\(name).docx")
    }

    @Test func legacyFontsReadLikeTheirUnicodeTwin() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-legacy-fonts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let unicode = try Self.read(Self.document(Self.lines.map { Self.run($0.1 ? $0.0.uppercased() : $0.0, font: "Times New Roman") }),
                                    name: "unicode", in: folder).document
        #expect(unicode.allArticles.count == 2)
        #expect(unicode.numberLine == "Số: 12/2020/NĐ-CP")

        // TCVN3: capitals through the H font's lower-case bytes.
        let tcvn = try Self.read(Self.document(try Self.lines.map { try Self.run(Self.tcvn3($0.0), font: $0.1 ? ".VnTimeH" : ".VnTime") }),
                                 name: "tcvn3", in: folder)
        #expect(tcvn.document.sameContent(as: unicode), "\(TextRoundTripTests.firstDifference(unicode, tcvn.document))")
        let fonts = tcvn.diagnostics.compactMap { diagnostic -> String? in
            if case let .legacyFontConverted(font, "TCVN3", _) = diagnostic.libraryMessage { return font }
            return nil
        }
        #expect(Set(fonts) == [".VnTime", ".VnTimeH"])

        // VNI, with a run split inside a word (the mark byte in the next run).
        var runs = try Self.lines.map { try Self.run(Self.vni($0.1 ? $0.0.uppercased() : $0.0), font: "VNI-Times") }
        runs[6] = Self.run("Veà coâng taùc va", font: "VNI-Times") + Self.run("ên thö", font: "VNI-Times")
        let vni = try Self.read(Self.document(runs), name: "vni", in: folder)
        #expect(vni.document.sameContent(as: unicode), "\(TextRoundTripTests.firstDifference(unicode, vni.document))")
        #expect(vni.diagnostics.contains { if case .legacyFontConverted("VNI-Times", "VNI", _) = $0.libraryMessage { return true } else { return false } })
    }

    @Test func unicodeTextInALegacyFontIsLeftAlone() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-legacy-fonts")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Styles often name .VnTime over text that is already Unicode (tt12-2017 in the corpus).
        let result = try Self.read(Self.document(Self.lines.map { Self.run($0.0, font: ".VnTime") }), name: "mixed", in: folder)
        #expect(result.document.allArticles.first?.title == "Phạm vi điều chỉnh")
        #expect(!result.diagnostics.contains { $0.code == .legacyFontConverted })
    }
}
