import Foundation
import VanBanModel
import XMLKit
import ZipKit

/// A school's own .docx whose styles and page setup replace ours (pandoc's `--reference-doc`).
///
/// Its styles win; any of our "VB …" styles it lacks are added, so every paragraph still has a
/// style. Its last section's page size and margins replace the page setup.
struct ReferenceDocument {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    let path: String
    let styles: Data
    let section: (width: Int, height: Int, margins: [String: String])?

    init(url: URL) throws(Diagnostic) {
        path = url.path
        func fail(_ problem: Message.ReferenceProblem) -> Diagnostic { Diagnostic(Message.badReferenceDocument(file: url.path, problem)) }
        guard let bytes = try? Data(contentsOf: url) else { throw fail(.unreadable(FileManager.default.fileExists(atPath: url.path) ? .permissionDenied : .noSuchFile)) }
        let archive: ZipReader
        do { archive = try ZipReader(data: bytes) } catch { throw fail(.notDocx(String(describing: error))) }
        let stylesData: Data?
        let documentData: Data?
        do {
            stylesData = try archive.read("word/styles.xml")
            documentData = try archive.read("word/document.xml")
        } catch {
            throw fail(.damagedPart("word/document.xml", String(describing: error)))
        }
        guard let stylesData else { throw fail(.noStyles) }
        do { _ = try XMLTree(data: stylesData, name: "word/styles.xml") } catch { throw fail(.damagedPart("word/styles.xml", String(describing: error))) }
        styles = stylesData
        section = documentData.flatMap { try? Self.pageSetup(of: $0) } ?? nil
    }

    /// Page size and margins of the body's last `w:sectPr`.
    private static func pageSetup(of document: Data) throws -> (width: Int, height: Int, margins: [String: String])? {
        let tree = try XMLTree(data: document, name: "word/document.xml")
        guard let body = tree.root?.child("body"), let section = body.children.last(where: { $0.name == "sectPr" }),
              let size = section.child("pgSz"), let margins = section.child("pgMar"),
              let width = size.attribute("w", namespace: wordNamespace).flatMap(Int.init),
              let height = size.attribute("h", namespace: wordNamespace).flatMap(Int.init) else { return nil }
        var values: [String: String] = [:]
        for key in ["top", "right", "bottom", "left", "header", "footer", "gutter"] {
            values[key] = margins.attribute(key, namespace: wordNamespace) ?? "0"
        }
        return (width, height, values)
    }

    /// The reference styles plus those of ours it does not define.
    func mergedStyles(ours: String) throws(Diagnostic) -> String {
        do {
            let theirs = try XMLTree(data: styles, name: "word/styles.xml")
            let mine = try XMLTree(data: Data(ours.utf8), name: "styles.xml")
            guard let theirRoot = theirs.root, let myRoot = mine.root else { return ours }
            let known = Set(theirRoot.children.compactMap { $0.attribute("styleId", namespace: Self.wordNamespace) })
            for style in myRoot.children where style.name == "style" {
                guard let id = style.attribute("styleId", namespace: Self.wordNamespace), !known.contains(id) else { continue }
                try theirRoot.appendCopy(of: style)
            }
            return String(decoding: theirs.serialized(), as: UTF8.self)
        } catch {
            throw Diagnostic(Message.badReferenceDocument(file: path, .damagedPart("word/styles.xml", String(describing: error))))
        }
    }
}
