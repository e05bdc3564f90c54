import Foundation
import Testing
import VanBan
import VanBanTestSupport
import XMLKit
import ZipKit

@Suite("DOCX package: golden parts, schema validity, determinism")
struct DocxPackageTests {
    @Test("the sample's parts match the golden files, XML laid out one element a line")
    func goldenParts() throws {
        let data = try DocxWriter().write(try Docx.sample())
        let reader = try ZipReader(data: data)
        #expect(reader.names == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
            "word/header1.xml", "word/header2.xml",
        ])
        for name in reader.names {
            let part = try #require(try reader.read(name))
            let canonical = String(decoding: try XMLTree(data: part, dropBlankText: true).serialized(indented: true), as: UTF8.self)
            let golden = try Repository.golden("Tests/Golden/docx/qd-257-mn-thien-ton/\(name)", actual: canonical)
            #expect(canonical == golden, "\(name) differs from its golden file")
        }
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let document = try Docx.sample()
        #expect(try DocxWriter().write(document) == DocxWriter().write(document))
    }

    @Test("every part validates against ISO/IEC 29500 and OPC schemas", arguments: ["sample", "law", "decision", "regulation", "draft"])
    func schemaValid(_ which: String) throws {
        let document = try Self.document(which)
        let failures = try Docx.validate(try DocxWriter().write(document))
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    static func document(_ which: String) throws -> Document {
        let sample = try Docx.sample()
        switch which {
        case "law": return try Docx.fixture("nd-30-2020-excerpt.yaml")
        case "decision":
            var decision = sample
            decision.attachments = []
            return decision
        case "regulation":
            var regulation = try #require(sample.attachments.first)
            regulation.issuer = sample.issuer
            return regulation
        case "draft":
            var draft = sample
            draft.number = nil
            draft.date = nil
            draft.draftYear = 2026
            return draft
        default: return sample
        }
    }

    @Test("every part has a content type and every relationship a target")
    func packageIsConsistent() throws {
        let reader = try ZipReader(data: try DocxWriter().write(try Docx.sample()))
        let types = String(decoding: try #require(try reader.read("[Content_Types].xml")), as: UTF8.self)
        for name in reader.names where !name.hasSuffix(".rels") && name != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(name)\""), "\(name) has no content type")
        }
        let relationships = try XMLTree(data: try #require(try reader.read("word/_rels/document.xml.rels")))
        for relationship in try #require(relationships.root).children {
            let target = try #require(relationship.attribute("Target", namespace: nil))
            #expect(try reader.read("word/\(target)") != nil, "dangling relationship to \(target)")
        }
    }

    @Test("hostile text leaves a valid file", arguments: ["markup", "control", "huge", "nfd", "empty"])
    func hostileText(_ kind: String) throws {
        var document = Document(kind: .quyChe, issuer: IssuingBody(name: "Trường A & B <test>", abbreviation: "AB"))
        switch kind {
        case "markup":
            document.title = "A & B < C > D ]]> \"quoted\" 'single' <script>alert(1)</script>"
            document.body.articles = [Article(number: "1", title: "]]><w:p>", paragraphs: ["&amp; &lt; literal"])]
        case "control":
            document.title = "bell\u{07} null\u{00} escape\u{1B} tab\there\nnewline \u{FFFE}"
            document.body.articles = [Article(number: "1", paragraphs: ["a\u{0C}b\u{0B}c"])]
        case "huge":
            document.title = String(repeating: "Tiêu đề rất dài ", count: 6_400)
        case "nfd":
            document.title = "Tr\u{0075}\u{031B}o\u{031B}\u{0300}ng \u{00D0}a\u{0300}o ta\u{0323}o"
        default:
            break
        }
        let data = try DocxWriter().write(document)
        let failures = try Docx.validate(data)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        let documentXML = String(decoding: try #require(try ZipReader(data: data).read("word/document.xml")), as: UTF8.self)
        switch kind {
        case "markup": #expect(documentXML.contains("A &amp; B &lt; C &gt; D ]]&gt;"))
        case "control":
            #expect(!documentXML.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
            #expect(documentXML.contains("<w:tab/>"))
        case "nfd": #expect(documentXML.contains("Trường"))
        default: break
        }
    }
}
