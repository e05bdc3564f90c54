import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// What vanban writes as DOCX reads back as the same data.
@Suite("DOCX round trips")
struct DOCXRoundTripTests {
    static func docx(_ document: Document) throws -> Data {
        try RenderEnvironment.load().render(document, as: .docx)
    }

    static func reimport(_ document: Document) throws -> Document {
        try DOCXReader().read(try docx(document), file: "out.docx").document
    }

    @Test("random documents survive data → DOCX → data", arguments: 0..<60)
    func randomDocuments(seed: UInt64) throws {
        var generator = RandomDocuments(seed: seed, canonical: true)
        let document = generator.document()
        let again = try Self.reimport(document)
        #expect(again.sameContent(as: document), "seed \(seed): \(TextRoundTripTests.firstDifference(document, again))")
    }

    @Test func sampleRoundTrip() throws {
        let sample = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
        let again = try Self.reimport(sample)
        let viaText = TextReader().read(TextWriter().write(sample)).document
        #expect(again.sameContent(as: viaText), "\(TextRoundTripTests.firstDifference(viaText, again))")
        #expect(again.numberLine == sample.numberLine)
        #expect(again.allArticles.count == sample.allArticles.count)
        #expect(again.recipients == sample.recipients)
        #expect(again.bases == sample.bases)
    }

    @Test("each template's output reads back", arguments: ["ung-dung-cntt-mam-non", "co-so-du-lieu-nganh", "ban-chi-dao-chuyen-doi-so"])
    func templates(_ id: String) throws {
        let path = "Samples/profile-mn-hoa-sen.yaml"
        let profile = try Profile(yaml: try Repository.text(Repository.root.appendingPathComponent(path)), file: path)
        let document = try RegulationTemplate.named(id).instantiate(profile).document
        let again = try Self.reimport(document)
        let viaText = TextReader().read(TextWriter().write(document)).document
        #expect(again.sameContent(as: viaText), "\(id): \(TextRoundTripTests.firstDifference(viaText, again))")
        #expect(again.attachments.first?.allArticles.count == document.attachments.first?.allArticles.count)
    }

    @Test func truncatedAndCorruptedPackagesNeverCrash() throws {
        let sample = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
        let docx = try Self.docx(sample)
        for length in stride(from: 0, to: docx.count, by: max(1, docx.count / 97)) {
            _ = try? DOCXReader().read(docx.prefix(length), file: "cut.docx")
        }
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<40 {
            var bytes = [UInt8](docx)
            for _ in 0..<8 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            _ = try? DOCXReader().read(Data(bytes), file: "noise.docx")
        }
    }
}
