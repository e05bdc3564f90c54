import Foundation
import VanBanModel
import VanBanOOXML
import XMLKit

/// A school's own .docx whose styles and page setup replace ours (pandoc's `--reference-doc`).
///
/// Its styles win; any of our "VB …" styles it lacks are added, so every paragraph still has a
/// style. Its last section's page size and margins replace the page setup. The package is
/// opened through `OOXMLPackage` (relationships, limits, safe XML), and what is copied into the
/// output is checked first: a styles part with a `w:styles` root, a page within sane bounds.
struct ReferenceDocument {
    static let wordNamespace = WordprocessingML.namespace

    let path: String
    let styles: Data
    let section: (width: Int, height: Int, margins: [String: String])?

    init(url: URL) throws(Diagnostic) {
        let limits = InputLimits.current
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > limits.inputBytes {
            throw Diagnostic(Message.badReferenceDocument(file: url.path, .tooLarge(limit: limits.inputBytes)))
        }
        guard let bytes = try? Data(contentsOf: url) else {
            throw Diagnostic(Message.badReferenceDocument(file: url.path, .unreadable(FileManager.default.fileExists(atPath: url.path) ? .permissionDenied : .noSuchFile)))
        }
        try self.init(data: bytes, path: url.path)
    }

    /// Reads a reference document from its bytes; `path` names it in messages.
    init(data bytes: Data, path: String) throws(Diagnostic) {
        self.path = path
        func fail(_ reason: String) -> Diagnostic { Diagnostic(Message.badReferenceDocument(file: path, .invalidPackage(reason))) }
        let limits = InputLimits.current
        do throws(PackageError) {
            let package = try OOXMLPackage(data: bytes, limits: PackageLimits(
                fileBytes: limits.inputBytes, entries: limits.zipEntries, partBytes: limits.partBytes, totalBytes: limits.packageBytes))
            let main = try package.mainDocumentPart()
            guard let stylesPart = try package.relatedPart(from: main, type: "styles") else {
                throw PackageError("\(main) has no styles part")
            }
            let stylesTree = try package.xml(of: stylesPart)
            guard let root = stylesTree.root, root.name == "styles", root.namespace == Self.wordNamespace else {
                throw PackageError("\(stylesPart) is not a WordprocessingML styles part (its root must be w:styles)")
            }
            styles = try package.data(of: stylesPart)
            section = try Self.pageSetup(of: package.xml(of: main), part: main)
        } catch {
            throw fail(error.message)
        }
    }

    /// Page size and margins of the body's last `w:sectPr`, checked against what Word accepts
    /// (ST_TwipsMeasure up to 31680, 22 inches); nil when it has none.
    private static func pageSetup(of tree: XMLTree, part: String) throws(PackageError) -> (width: Int, height: Int, margins: [String: String])? {
        guard let root = tree.root, root.name == "document", root.namespace == wordNamespace else {
            throw PackageError("\(part) is not a WordprocessingML document (its root must be w:document)")
        }
        guard let body = root.child("body"), let section = body.children.last(where: { $0.name == "sectPr" }),
              let size = section.child("pgSz"), let margins = section.child("pgMar") else { return nil }
        func twips(_ element: XMLElement, _ key: String, _ range: ClosedRange<Int>, default value: Int? = nil) throws(PackageError) -> Int {
            let text = element.attribute(key, namespace: wordNamespace)
            guard let number = text.flatMap({ Int($0) }) ?? (text == nil ? value : nil), range.contains(number) else {
                throw PackageError("\(part): w:\(element.name) w:\(key)=\"\(text ?? "")\" is outside \(range.lowerBound)–\(range.upperBound) twips")
            }
            return number
        }
        let width = try twips(size, "w", 1440...31680), height = try twips(size, "h", 1440...31680)
        var values: [String: String] = [:]
        for key in ["right", "left", "header", "footer", "gutter"] { values[key] = String(try twips(margins, key, 0...31680, default: 0)) }
        // Top and bottom may be negative: text then runs over the header or footer.
        for key in ["top", "bottom"] { values[key] = String(try twips(margins, key, -31680...31680, default: 0)) }
        let across = width - Int(values["left"]!)! - Int(values["right"]!)! - Int(values["gutter"]!)!
        let down = height - abs(Int(values["top"]!)!) - abs(Int(values["bottom"]!)!)
        guard across >= 720, down >= 720 else {
            throw PackageError("\(part): the margins leave no room for text on a \(width)×\(height) twip page")
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

extension DocxWriter {
    /// Checks a would-be reference document (an upload, a fuzzer's input) the way `render
    /// --reference-doc` reads it: package, styles merged with ours, page setup.
    public static func checkReferenceDocument(_ data: Data, name: String = "reference.docx") throws(Diagnostic) {
        let reference = try ReferenceDocument(data: data, path: name)
        let ours = try DocxTemplates.load(overrides: nil, referenceDocument: nil, bodySize: nil)
        _ = try reference.mergedStyles(ours: String(decoding: ours.styles, as: UTF8.self))
    }
}
