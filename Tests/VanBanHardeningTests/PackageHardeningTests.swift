import Foundation
import Testing
import VanBan
import VanBanOOXML
import VanBanTestSupport
import XMLKit
import ZipKit

@Suite("Hardening: reference documents and OOXML packages", .serialized)
struct PackageHardeningTests {
    let sample = Repository.sample.path

    func renderWith(_ kind: String) throws -> ExternalTool.Result {
        let folder = try Binary.folder()
        let reference = try Binary.hostileReference(kind, in: folder)
        return try Binary.run(["render", sample, "-o", folder.appendingPathComponent("out.docx").path, "--reference-doc", reference])
    }

    /// Defect 2: a central directory claiming a 2^62-byte part stopped the program (SIGILL).
    @Test func forgedZipSizeIsRefused() throws {
        let result = try renderWith("forged-size")
        #expect(result.status == 1)
        #expect(result.stderr.contains("[VB206]"))
        #expect(result.stderr.contains("declares 4611686018427387904 bytes"))
    }

    /// Defect 3: a 1 MB package whose styles part inflates to 1 GiB was read whole (here 200 MiB).
    @Test func zipBombIsRefused() throws {
        let folder = try Binary.folder()
        let declared = try Measured.run("\"$VANBAN\" render \(sample) -o out.docx --reference-doc \(try Binary.hostileReference("bomb:200", in: folder))", in: folder)
        #expect(declared.result.status == 1)
        #expect(declared.result.stderr.contains("more than the limit"))
        #expect(declared.seconds < 20)
        #expect(declared.kilobytes < 300_000)
        // The central directory may lie about the size: inflating stops at the limit all the same.
        let lying = try Measured.run("\"$VANBAN\" render \(sample) -o out.docx --reference-doc \(try Binary.hostileReference("lying-size:200", in: folder))", in: folder)
        #expect(lying.result.status == 1)
        #expect(lying.result.stderr.contains("inflates to more than the limit"))
        #expect(lying.kilobytes < 300_000)
    }

    /// Defect 4: XML that is no styles part, or that loads outside data, was copied into the output.
    @Test func referenceXMLIsChecked() throws {
        let expected = [
            "doctype-system": "document type declaration", "entities": "document type declaration",
            "xinclude": "XInclude", "html-root": "root must be w:styles",
            "page:0:0": "outside 1440–31680", "page:-100:16838": "outside 1440–31680",
            "page:9223372036854775807:16838": "outside 1440–31680", "many-entries:2500": "more than the limit of 2000",
        ]
        for (kind, message) in expected {
            let result = try renderWith(kind)
            #expect(result.status == 1, "\(kind)")
            #expect(result.stderr.contains("[VB206]") && result.stderr.contains(message), "\(kind): \(result.stderr)")
        }
    }

    /// The package is read through its relationships, not from fixed names, and entries that
    /// would leave the package are ignored.
    @Test func packageFollowsRelationships() throws {
        let folder = try Binary.folder()
        let moved = try Binary.hostileReference("moved-main", in: folder)
        let package = try OOXMLPackage(data: try Data(contentsOf: URL(fileURLWithPath: moved)))
        #expect(try package.mainDocumentPart() == "/word/main.xml")
        #expect(try package.relatedPart(from: "/word/main.xml", type: "styles") == "/word/styles.xml")
        #expect(package.contentType(of: "/word/main.xml")?.hasSuffix("document.main+xml") == true)
        #expect(try renderWith("moved-main").status == 0)

        let traversal = try OOXMLPackage(data: try Data(contentsOf: URL(fileURLWithPath: try Binary.hostileReference("traversal", in: folder))))
        #expect(!traversal.partNames.contains { $0.contains("..") || $0.hasPrefix("//") || $0.contains("evil") })
        #expect(PartName.resolve("../../../etc/passwd", from: "/word/document.xml") == nil)
        #expect(PartName.resolve("styles.xml", from: "/word/document.xml") == "/word/styles.xml")
        #expect(PartName.resolve("/word/styles.xml", from: "/word/document.xml") == "/word/styles.xml")
        #expect(PartName.resolve("../customXml/item1.xml", from: "/word/document.xml") == "/customXml/item1.xml")
        #expect(PartName.relationshipsPart(of: "/word/document.xml") == "/word/_rels/document.xml.rels")
        #expect(PartName.fromEntry("C:/x.xml") == nil)
    }

    /// XMLKit gives the text of runs to readers such as the DOCX importer.
    @Test func xmlTreeGivesTextNodes() throws {
        let tree = try XMLTree(data: Data("<p xmlns=\"urn:x\"><r>Điều <b>1</b>.</r><![CDATA[ x]]></p>".utf8))
        let root = try #require(tree.root)
        #expect(root.text == "Điều 1. x")
        let pieces = root.children[0].contents.map { content -> String in
            switch content {
            case let .text(text): "t:" + text
            case let .element(element): "e:" + element.name
            }
        }
        #expect(pieces == ["t:Điều ", "e:b", "t:."])
    }
}
