import Foundation
import VanBanChecks
import VanBanModel
import VanBanOOXML
import XMLKit

extension DOCXReader {
    /// What a Word file's layout looks like, for the layout rules of `vanban check`: page size and
    /// margins of the last section, where PAGE fields sit, and each paragraph's text, main font and
    /// size (numbered as the importer numbers them). Reads only; never writes.
    public func layoutFacts(_ data: Data, file: String? = nil) throws(DiagnosticError) -> LayoutFacts {
        let walker = try walk(data, file: file)
        var facts = LayoutFacts(file: file ?? "<stdin>")
        let decoded = Self.decodedFonts(walker.paragraphs)
        facts.paragraphs = walker.paragraphs.map { paragraph in
            var fonts: [String: Int] = [:]
            for piece in paragraph.pieces { if let font = piece.font { fonts[font, default: 0] += piece.text.count } }
            let text = paragraph.pieces.map { piece in
                guard let font = piece.font, decoded.contains(font), let legacy = LegacyFont(fontName: font) else { return piece.text }
                return legacy.decode(piece.text) ?? piece.text
            }.joined()
            return LayoutFacts.Paragraph(
                number: paragraph.number, text: paragraph.label.map { $0 + paragraph.labelSeparator + text } ?? text,
                font: fonts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key,
                halfPoints: paragraph.sizeWeights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key,
                inTable: paragraph.cell != nil,
                // "Nearly all": a stray upright space or mark does not make a line upright.
                bold: paragraph.visibleCharacters == 0 ? nil : paragraph.boldCharacters * 10 >= paragraph.visibleCharacters * 9,
                italic: paragraph.visibleCharacters == 0 ? nil : paragraph.italicCharacters * 10 >= paragraph.visibleCharacters * 9)
        }
        // The package opened a second time: the walk keeps no handle, and a damaged header is no reason to fail.
        guard let package = try? OOXMLPackage(data: data, limits: PackageLimits(
                fileBytes: limits.inputBytes, entries: limits.zipEntries, partBytes: limits.partBytes, totalBytes: limits.packageBytes)),
              let main = try? package.mainDocumentPart(), let tree = try? package.xml(of: main),
              let section = tree.root?.child("body")?.child("sectPr") else { return facts }
        let pageSize = section.child("pgSz")
        let margins = section.child("pgMar")
        func twips(_ element: XMLElement?, _ name: String) -> Int? { element?.wAttribute(name).flatMap { Int($0) } }
        facts.page = LayoutFacts.Page(
            width: twips(pageSize, "w"), height: twips(pageSize, "h"), top: twips(margins, "top"), bottom: twips(margins, "bottom"),
            left: twips(margins, "left"), right: twips(margins, "right"), titlePage: section.child("titlePg")?.isOn ?? false)
        let relationships = (try? package.relationships(of: main)) ?? []
        for reference in section.children where reference.name == "headerReference" || reference.name == "footerReference" {
            guard let id = reference.attribute("id", namespace: Self.officeRelationships),
                  let part = relationships.first(where: { $0.id == id })?.part,
                  let root = (try? package.xml(of: part))?.root, Self.hasPageField(root, depth: 0) else { continue }
            let type = reference.wAttribute("type") ?? "default"
            let isHeader = reference.name == "headerReference"
            if isHeader, type != "first" { facts.pageNumbers.inHeader = true }
            if !isHeader { facts.pageNumbers.inFooter = true }
            if type == "first" || (type == "default" && !facts.page.titlePage) { facts.pageNumbers.onFirstPage = true }
        }
        withExtendedLifetime(tree) {}
        return facts
    }

    /// The legacy fonts (.VnTime, VNI-Times) whose text reads more like Vietnamese decoded, as the
    /// importer decides, so the rules see the words a clerk sees.
    static func decodedFonts(_ paragraphs: [WordParagraph]) -> Set<String> {
        var samples: [String: (raw: String, decoded: String, ok: Bool)] = [:]
        for paragraph in paragraphs {
            for piece in paragraph.pieces {
                guard let font = piece.font, let legacy = LegacyFont(fontName: font) else { continue }
                var entry = samples[font] ?? ("", "", true)
                if entry.ok, entry.raw.utf8.count < 20_000 {
                    if let text = legacy.decode(piece.text) {
                        entry.raw += piece.text + " "
                        entry.decoded += text + " "
                    } else {
                        entry.ok = false
                    }
                }
                samples[font] = entry
            }
        }
        return Set(samples.filter { $0.value.ok && LegacyEncodings.vietnameseScore($0.value.decoded) > LegacyEncodings.vietnameseScore($0.value.raw) }.keys)
    }

    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// True when a header or footer holds a PAGE field (simple or complex), at most 64 levels down.
    static func hasPageField(_ element: XMLElement, depth: Int) -> Bool {
        guard depth < 64 else { return false }
        if element.name == "fldSimple", let instruction = element.wAttribute("instr"), isPageInstruction(instruction) { return true }
        if element.name == "instrText", isPageInstruction(element.text) { return true }
        return element.children.contains { hasPageField($0, depth: depth + 1) }
    }

    static func isPageInstruction(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).first.map { $0.uppercased() == "PAGE" } ?? false
    }
}
