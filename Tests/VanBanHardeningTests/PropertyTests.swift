import Foundation
import Testing
import VanBan
import VanBanTestSupport
import XMLKit
import ZipKit

/// Random documents made hostile: control characters, decomposed Unicode, huge fields and
/// markup that would break out of XML or HTML if a writer forgot to escape it.
struct HostileText {
    var rng: SeededGenerator

    static let pieces = [
        "<script>alert(1)</script>", "</w:t></w:r><w:r><w:t>", "]]>", "&#0;", "&amp;lt;", "\u{1B}[2J", "\u{0}", "\u{7}",
        "\u{FFFE}", "\u{D7FF}", "\u{202E}", "\"'><img src=x onerror=alert(1)>", "{{> page}}", "{{{x}}}", "javascript:alert(1)",
        "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t", "\u{2028}", "\r\n", "\t", "Ð", "x\u{85}y", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;",
    ]

    mutating func text(_ original: String) -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return original + Self.pieces.randomElement(using: &rng)!
        case 1: return Self.pieces.randomElement(using: &rng)! + original + Self.pieces.randomElement(using: &rng)!
        case 2: return String(repeating: original + " ", count: Int.random(in: 50...400, using: &rng))
        case 3: return original.decomposedStringWithCanonicalMapping
        default: return original
        }
    }

    mutating func article(_ article: Article) -> Article {
        var article = article
        article.title = article.title.map { text($0) }
        article.paragraphs = article.paragraphs.map { text($0) }
        for index in article.clauses.indices {
            article.clauses[index].text = article.clauses[index].text.map { text($0) }
            for point in article.clauses[index].points.indices {
                article.clauses[index].points[point].text = text(article.clauses[index].points[point].text)
            }
        }
        return article
    }

    /// The document with hostile text in its header, body and closing.
    mutating func document(_ document: Document) -> Document {
        var document = document
        document.title = document.title.map { text($0) }
        document.issuingAuthority = document.issuingAuthority.map { text($0) }
        document.place = document.place.map { text($0) }
        document.bases = document.bases.map { text($0) }
        document.recipients = document.recipients.map { text($0) }
        if var issuer = document.issuer {
            issuer.name = text(issuer.name)
            issuer.abbreviation = issuer.abbreviation.map { text($0) }
            document.issuer = issuer
        }
        if var signature = document.signature {
            signature.name = signature.name.map { text($0) }
            document.signature = signature
        }
        document.body.articles = document.body.articles.map { article($0) }
        for index in document.body.chapters.indices {
            document.body.chapters[index].title = document.body.chapters[index].title.map { text($0) }
            document.body.chapters[index].articles = document.body.chapters[index].articles.map { article($0) }
        }
        document.attachments = document.attachments.map { self.document($0) }
        return document
    }
}

@Suite("Hardening: hostile random documents")
struct PropertyTests {
    static let documents = 10_000
    /// Every n-th DOCX is also validated against the schemas, every n-th document also renders HTML.
    static let schemaEvery = 100
    static let htmlEvery = 50

    /// Every DOCX part of 10,000 hostile documents is well-formed XML; a subset validates against
    /// the ISO 29500 and OPC schemas; the HTML of a subset parses and carries no script.
    @Test func hostileDocumentsGiveWellFormedOutput() throws {
        let folder = try ExternalTool.temporaryDirectory("vanban-property")
        var toValidate: [(schema: String, file: String)] = []
        var failures: [String] = []
        let writer = DocxWriter()
        for seed in 0..<UInt64(Self.documents) where failures.count < 10 {
            var generator = RandomDocuments(seed: seed)
            var hostile = HostileText(rng: SeededGenerator(seed: seed &* 31 &+ 7))
            let document = hostile.document(generator.document())
            let docx = try writer.write(document)
            let reader = try ZipReader(data: docx)
            for name in reader.names {
                let part = try #require(try reader.read(name))
                do {
                    _ = try XMLTree(data: part, name: name)
                } catch {
                    failures.append("seed \(seed) \(name): \(error)")
                }
                if seed % UInt64(Self.schemaEvery) == 0, let schema = Self.schema(for: name) {
                    let file = folder.appendingPathComponent("\(seed)-\(name.replacingOccurrences(of: "/", with: "_"))")
                    try part.write(to: file)
                    toValidate.append((schema, file.path))
                }
            }
            if seed % UInt64(Self.htmlEvery) == 0 {
                let html = Data(try HTMLWriter().write(document).utf8)
                do {
                    let tree = try XMLTree(html: html)
                    if let root = tree.root, let problem = Self.activeContent(root) { failures.append("seed \(seed) HTML: \(problem)") }
                } catch {
                    failures.append("seed \(seed) HTML: \(error)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // One xmllint per schema, each given every file of the subset.
        if ExternalTool.find("xmllint") != nil, FileManager.default.fileExists(atPath: Self.schemas.path) {
            for (schema, group) in Dictionary(grouping: toValidate, by: \.schema) {
                let result = try ExternalTool.run("xmllint", ["--noout", "--schema", schema] + group.map(\.file))
                #expect(result.status == 0, "\(result.stderr.split(separator: "\n").filter { !$0.hasSuffix(" validates") }.prefix(10).joined(separator: "\n"))")
            }
            #expect(toValidate.count >= Self.documents / Self.schemaEvery * 5)
        }
    }

    static let schemas = Repository.shared.appendingPathComponent("ooxml-schemas")

    static func schema(for part: String) -> String? {
        if part == "[Content_Types].xml" { return schemas.appendingPathComponent("ecma/fouth-edition/opc-contentTypes.xsd").path }
        if part.hasSuffix(".rels") { return schemas.appendingPathComponent("ecma/fouth-edition/opc-relationships.xsd").path }
        if part.hasPrefix("word/") { return schemas.appendingPathComponent("ISO-IEC29500-4_2016/wml.xsd").path }
        return nil
    }

    /// A script element, an event-handler attribute or a javascript: link anywhere in the page.
    static func activeContent(_ element: XMLElement, depth: Int = 0) -> String? {
        let name = element.name.lowercased()
        if ["script", "iframe", "object", "embed", "img"].contains(name) { return "<\(name)> element" }
        for attribute in element.attributeNames where attribute.lowercased().hasPrefix("on") { return "\(attribute) attribute on <\(name)>" }
        for key in ["href", "src"] where element.attribute(key, namespace: nil)?.lowercased().contains("javascript:") == true {
            return "javascript: link"
        }
        guard depth < 200 else { return nil }
        for child in element.children { if let found = activeContent(child, depth: depth + 1) { return found } }
        return nil
    }
}
