import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite("text round trips")
struct TextRoundTripTests {
    static let inputs: [String] = {
        let seeds = (try? FileManager.default.contentsOfDirectory(atPath: Repository.shared.appendingPathComponent("seeds").path)) ?? []
        let corpus = (try? FileManager.default.contentsOfDirectory(atPath: Repository.shared.appendingPathComponent("corpus").path)) ?? []
        return seeds.filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/\($0)" } + corpus.filter { $0.hasSuffix(".txt") }.sorted().map { "corpus/\($0)" }
    }()

    /// The first differing line of two encodings, for a readable failure.
    static func firstDifference(_ a: Document, _ b: Document) -> String {
        let left = DocumentData.encode(a, as: .yaml).split(separator: "\n", omittingEmptySubsequences: false)
        let right = DocumentData.encode(b, as: .yaml).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (x, y)) in zip(left, right).enumerated() where x != y {
            return "line \(index + 1):\n- \(x)\n+ \(y)"
        }
        return left.count == right.count ? "(no difference in YAML)" : "lengths \(left.count) vs \(right.count)"
    }

    @Test("import → canonical text → import gives the same data", arguments: inputs)
    func importedDocumentsRoundTrip(_ path: String) throws {
        let first = TextReader().read(try Data(contentsOf: Repository.shared.appendingPathComponent(path)), file: path).document
        let text = TextWriter().write(first)
        let second = TextReader().read(text, file: "canonical.txt").document
        let same = second.sameContent(as: first)
        #expect(same, "\(path): \(Self.firstDifference(first, second))")
        // And the canonical text is a fixed point.
        #expect(TextWriter().write(second) == text)
    }

    @Test("the sample survives data → text → data")
    func sampleRoundTrip() throws {
        let sample = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
        let again = TextReader().read(TextWriter().write(sample)).document
        #expect(again.numberLine == sample.numberLine)
        #expect(again.allArticles.count == sample.allArticles.count)
        #expect(again.attachments.first?.allArticles.map(\.title) == sample.attachments.first?.allArticles.map(\.title).map { $0 })
        #expect(again.recipients == sample.recipients)
        #expect(again.bases == sample.bases)
    }

    @Test("random documents survive data → text → data", arguments: 0..<80)
    func randomDocuments(seed: UInt64) throws {
        var generator = RandomDocuments(seed: seed, canonical: true)
        let document = generator.document()
        let text = TextWriter().write(document)
        let again = TextReader().read(text).document
        let same = again.sameContent(as: document)
        #expect(same, "seed \(seed): \(Self.firstDifference(document, again))")
    }
}

@Suite("the reader never fails")
struct FuzzTests {
    static func seeds() throws -> [String] {
        let folder = Repository.shared.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    @Test("mutated seeds always give a document", arguments: 0..<40)
    func mutations(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let texts = try Self.seeds()
        var lines = texts[Int(seed) % texts.count].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            switch Int.random(in: 0...5, using: &rng) {
            case 0: if !lines.isEmpty { lines.remove(at: Int.random(in: 0..<lines.count, using: &rng)) }
            case 1: lines.shuffle(using: &rng)
            case 2: lines.insert(String(repeating: "Điều 1. ", count: Int.random(in: 1...20_000, using: &rng)), at: Int.random(in: 0...lines.count, using: &rng))
            case 3:
                let bytes = (0..<Int.random(in: 1...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                lines.insert(String(decoding: bytes, as: UTF8.self), at: Int.random(in: 0...lines.count, using: &rng))
            case 4: lines.insert(["Chương", "Điều", "Mục 0", "a)", "1.", "- ", "+", "|", "**", "Số:", "(Ban hành kèm theo", "Nơi nhận:"].randomElement(using: &rng)!, at: Int.random(in: 0...lines.count, using: &rng))
            default: lines = lines.map { $0.decomposedStringWithCanonicalMapping }
            }
        }
        let result = TextReader().read(lines.joined(separator: "\n"), file: "mutated.txt")
        // A document always comes back and can be written out again.
        _ = TextWriter().write(result.document)
        _ = DocumentData.encode(result.document, as: .yaml)
    }

    @Test func randomBytesAndEmptyInput() throws {
        var rng = SeededGenerator(seed: 7)
        for size in [0, 1, 3, 100, 10_000] {
            let bytes = Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) })
            let result = TextReader().read(bytes, file: "noise.bin")
            _ = TextWriter().write(result.document)
        }
        #expect(TextReader().read("").document.body.isEmpty)
    }

    @Test func legacyEncodingIsReportedNotFatal() {
        let latin1 = Data([0x43, 0xE0, 0x6E, 0x0A, 0xC4, 0x69, 0xEA, 0x75, 0x20, 0x31, 0x2E, 0x20, 0x41])
        let result = TextReader().read(latin1, file: "old.txt")
        #expect(result.diagnostics.contains { $0.code == .legacyEncoding })
    }

    @Test("pre-Unicode Vietnamese code pages are recognised and read", arguments: [
        ("TCVN5712-1", "TCVN3 (TCVN 5712)"), ("CP1258", "Windows-1258"), ("VISCII", "VISCII"),
    ])
    func legacyCodePages(_ iconvName: String, _ reported: String) throws {
        let folder = Repository.shared.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("000") })
        // The converted bytes are not UTF-8: write them to a file as a user would have them.
        let file = try ExternalTool.temporaryDirectory("vanban-legacy").appendingPathComponent("old.txt")
        let converted = try ExternalTool.run("sh", ["-c", "iconv -c -f UTF-8 -t \(iconvName) '\(folder.appendingPathComponent(name).path)' > '\(file.path)'"])
        try #require(converted.status == 0, "\(converted.stderr)")
        let result = TextReader().read(try Data(contentsOf: file), file: "old.txt")
        #expect(result.diagnostics.first { $0.code == .legacyEncoding }?.libraryMessage == .legacyEncoding(reported))
        let regulation = try #require(result.document.attachments.first)
        #expect(regulation.allArticles.count == 19)
        #expect(regulation.allArticles.first?.title == "Mục đích ban hành")
        #expect(result.document.issuingAuthority == "Hiệu trưởng Trường Mầm non Thiên Tôn")
    }

    @Test("NFD input and the Ð look-alike give NFC data")
    func unicode() {
        let text = "QUY CHÊ\u{0301}\n\n\u{00D0}iê\u{0300}u 1. Pha\u{0323}m vi\n1. Nô\u{0323}i dung."
        let document = TextReader().read(text).document
        let article = document.allArticles.first
        #expect(article?.number == "1")
        #expect(article?.title?.unicodeScalars.elementsEqual("Phạm vi".unicodeScalars) == true)
        #expect(article?.clauses.first?.text?.unicodeScalars.elementsEqual("Nội dung.".unicodeScalars) == true)
    }
}
