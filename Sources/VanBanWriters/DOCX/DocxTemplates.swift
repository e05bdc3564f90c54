import Foundation
import VanBanModel
import VanBanResources
import VanBanOOXML
import XMLKit
import ZipKit

/// The parts that give a DOCX its look: styles, settings, fonts, page headers and page setup.
/// They come from `Templates/docx/`, file by file overridden by a templates folder, and then by
/// a reference DOCX whose styles and page setup win, as pandoc's `--reference-doc` does.
/// Loaded once into a `RenderEnvironment` (checked there, so a broken templates folder is
/// reported when the environment loads, not at the first render), and shared by every DOCX it writes.
public struct DocxTemplates: Sendable {
    private static let wordNamespace = WordprocessingML.namespace

    /// Resolves each paragraph style's size through its `basedOn` chain.
    static func sizes(in styles: Data) -> [String: Double] {
        guard let root = (try? XMLTree(data: styles))?.root else { return [:] }
        var own: [String: Double] = [:]
        var parent: [String: String] = [:]
        for style in root.children where style.name == "style" {
            guard let id = style.attribute("styleId", namespace: wordNamespace) else { continue }
            if let based = style.child("basedOn")?.attribute("val", namespace: wordNamespace) { parent[id] = based }
            if let size = style.child("rPr")?.child("sz")?.attribute("val", namespace: wordNamespace).flatMap(Double.init) {
                own[id] = size / 2
            }
        }
        var resolved: [String: Double] = [:]
        for id in Set(own.keys).union(parent.keys) {
            var current: String? = id
            var depth = 0
            while let style = current, depth < 20 {
                if let size = own[style] { resolved[id] = size; break }
                current = parent[style]
                depth += 1
            }
        }
        return resolved
    }

    var styles: Data
    var settings: Data
    var fontTable: Data
    var pageNumberHeader: Data
    var firstPageHeader: Data
    var page: PageSetup
    /// Page size and margins taken whole from a reference document's last section, as XML.
    var referenceSection: (width: Int, height: Int, margins: [String: String])?

    /// Font size in points of a paragraph style, following `basedOn`; the body size when none is set.
    func fontSize(ofStyle id: String) -> Double {
        styleSizes[id] ?? page.bodySize
    }

    /// Half-point sizes by style id, read once from styles.xml.
    var styleSizes: [String: Double] = [:]

    static let fileNames = ["styles.xml", "settings.xml", "fontTable.xml", "header-page-number.xml", "header-first-page.xml", "page.json"]

    /// Loads and checks the built-in parts, files of `templatesDirectory` (its `docx/` folder)
    /// taking their place where present.
    public static func load(templatesDirectory: URL?) throws(Diagnostic) -> DocxTemplates {
        try load(overrides: templatesDirectory, referenceDocument: nil, bodySize: nil)
    }

    /// Loads the built-in templates, with files from `overrides` taking their place where present.
    static func load(overrides: URL?, referenceDocument: URL?, bodySize: Double?) throws(Diagnostic) -> DocxTemplates {
        func file(_ name: String) throws(Diagnostic) -> (data: Data, path: String) {
            if let overrides {
                for candidate in [overrides.appendingPathComponent("docx/\(name)"), overrides.appendingPathComponent(name)]
                where FileManager.default.fileExists(atPath: candidate.path) {
                    guard let data = try? Data(contentsOf: candidate) else {
                        throw Diagnostic(Message.badTemplate(file: candidate.path, .unreadable))
                    }
                    return (data, candidate.path)
                }
            }
            let url = TemplateStore.url("docx/\(name)")
            guard let data = try? Data(contentsOf: url) else {
                throw Diagnostic(Message.badTemplate(file: url.path, .builtInMissing))
            }
            return (data, url.path)
        }

        let pageFile = try file("page.json")
        var page: PageSetup
        do {
            page = try JSONDecoder().decode(PageSetup.self, from: pageFile.data)
        } catch {
            throw Diagnostic(Message.badTemplate(file: pageFile.path, .invalid(String(describing: error))))
        }
        if let bodySize { page.bodySize = bodySize }
        try page.validate(file: pageFile.path)

        let stylesFile = try file("styles.xml")
        var styles = String(decoding: stylesFile.data, as: UTF8.self)
            .replacingOccurrences(of: "@BODY_SZ@", with: String(Int((page.bodySize * 2).rounded())))
            .replacingOccurrences(of: "@INDENT@", with: String(Int((page.firstLineIndent * 1440 / 2.54).rounded())))
        var templates = DocxTemplates(
            styles: Data(), settings: try file("settings.xml").data, fontTable: try file("fontTable.xml").data,
            pageNumberHeader: try file("header-page-number.xml").data, firstPageHeader: try file("header-first-page.xml").data,
            page: page, referenceSection: nil)
        for (name, data) in [("styles.xml", Data(styles.utf8)), ("settings.xml", templates.settings), ("fontTable.xml", templates.fontTable),
                             ("header-page-number.xml", templates.pageNumberHeader), ("header-first-page.xml", templates.firstPageHeader)] {
            do {
                _ = try XMLTree(data: data, name: name)
            } catch {
                throw Diagnostic(Message.badTemplate(file: name, .invalid(String(describing: error))))
            }
        }
        if let referenceDocument {
            let reference = try ReferenceDocument(url: referenceDocument)
            styles = try reference.mergedStyles(ours: styles)
            templates.referenceSection = reference.section
        }
        templates.styles = Data(styles.utf8)
        templates.styleSizes = Self.sizes(in: templates.styles)
        return templates
    }
}
