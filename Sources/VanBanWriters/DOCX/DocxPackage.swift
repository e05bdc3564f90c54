import Foundation
import Synchronization
import VanBanModel
import XMLKit
import ZipKit

/// Writes a document as a .docx: a ZIP package (libzip) of XML parts (libxml2), the same bytes
/// for the same input.
public struct DocxWriter: Sendable {
    /// A folder whose `docx/` files replace the built-in templates, file by file.
    public var templatesDirectory: URL?
    /// A .docx whose styles and page setup win over ours.
    public var referenceDocument: URL?
    /// Body text size in points (13 or 14); the template's when nil.
    public var bodySize: Double?
    /// Signing mode: marks the signature space and the signer's name with bookmarks
    /// (`signatureSpaceBookmark`, `signerNameBookmark`) so a PDF export can place a signature field.
    public var signingMarks: Bool
    /// Parts loaded beforehand (a `RenderEnvironment`'s) for `templatesDirectory`; used unless a
    /// reference document or another body size asks for parts of their own.
    public var parts: DocxTemplates?

    /// The bookmark at the room kept for the signer's signature (ô 7c) in signing mode.
    public static let signatureSpaceBookmark = DocumentPart.signatureSpaceBookmark
    /// The bookmark at the signer's name in signing mode.
    public static let signerNameBookmark = DocumentPart.signerNameBookmark

    /// Creates a writer.
    public init(templatesDirectory: URL? = nil, referenceDocument: URL? = nil, bodySize: Double? = nil, signingMarks: Bool = false,
                parts: DocxTemplates? = nil) {
        self.parts = parts
        self.templatesDirectory = templatesDirectory
        self.referenceDocument = referenceDocument
        self.bodySize = bodySize
        self.signingMarks = signingMarks
    }

    /// The package bytes.
    public func write(_ document: Document) throws -> Data {
        try DocxPackage.build(document, templates: try templates(), signingMarks: signingMarks)
    }

    /// The built-in templates are read and checked once per process and size; a templates folder
    /// or a reference document is read on every call, so edits to it show at once.
    private func templates() throws(Diagnostic) -> DocxTemplates {
        if let parts, referenceDocument == nil, bodySize == nil || bodySize == parts.page.bodySize { return parts }
        guard templatesDirectory == nil, referenceDocument == nil else {
            return try DocxTemplates.load(overrides: templatesDirectory, referenceDocument: referenceDocument, bodySize: bodySize)
        }
        if let cached = Self.builtIn.withLock({ $0[bodySize ?? 0] }) { return cached }
        let loaded = try DocxTemplates.load(overrides: nil, referenceDocument: nil, bodySize: bodySize)
        Self.builtIn.withLock { $0[bodySize ?? 0] = loaded }
        return loaded
    }

    private static let builtIn = Mutex<[Double: DocxTemplates]>([:])
}

enum DocxPackage {
    static let pageNumberHeaderId = "rIdHeaderPage"
    static let firstPageHeaderId = "rIdHeaderFirst"
    static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func build(_ document: Document, templates: DocxTemplates, signingMarks: Bool = false) throws -> Data {
        let zip = ZipWriter()
        try zip.add("[Content_Types].xml", try contentTypes())
        try zip.add("_rels/.rels", try relationships([
            ("rId1", "\(officeRelationships)/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "\(officeRelationships)/extended-properties", "docProps/app.xml"),
        ]))
        try zip.add("docProps/core.xml", try coreProperties(document))
        try zip.add("docProps/app.xml", try appProperties())
        try zip.add("word/document.xml", try DocumentPart.write(DocumentLayout.layout(document), templates: templates, signingMarks: signingMarks))
        try zip.add("word/_rels/document.xml.rels", try relationships([
            ("rIdStyles", "\(officeRelationships)/styles", "styles.xml"),
            ("rIdSettings", "\(officeRelationships)/settings", "settings.xml"),
            ("rIdFonts", "\(officeRelationships)/fontTable", "fontTable.xml"),
            (pageNumberHeaderId, "\(officeRelationships)/header", "header1.xml"),
            (firstPageHeaderId, "\(officeRelationships)/header", "header2.xml"),
        ]))
        try zip.add("word/styles.xml", templates.styles)
        try zip.add("word/settings.xml", templates.settings)
        try zip.add("word/fontTable.xml", templates.fontTable)
        try zip.add("word/header1.xml", templates.pageNumberHeader)
        try zip.add("word/header2.xml", templates.firstPageHeader)
        return try zip.finish()
    }

    private static func contentTypes() throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            try writer.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            try writer.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            let overrides = [
                ("/word/document.xml", "\(wordprocessing).document.main+xml"),
                ("/word/styles.xml", "\(wordprocessing).styles+xml"),
                ("/word/settings.xml", "\(wordprocessing).settings+xml"),
                ("/word/fontTable.xml", "\(wordprocessing).fontTable+xml"),
                ("/word/header1.xml", "\(wordprocessing).header+xml"),
                ("/word/header2.xml", "\(wordprocessing).header+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ]
            for (part, type) in overrides { try writer.element("Override", ["PartName": part, "ContentType": type]) }
        }
        return try writer.finish()
    }

    /// A relationships part; shared by every package the writers make.
    static func relationships(_ entries: [(id: String, type: String, target: String)]) throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"]) {
            for entry in entries { try writer.element("Relationship", ["Id": entry.id, "Type": entry.type, "Target": entry.target]) }
        }
        return try writer.finish()
    }

    /// Title and author only: no creation time, so the same input gives the same bytes.
    private static func coreProperties(_ document: Document) throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ]) {
            let title = [document.kind.name, document.title?.replacingOccurrences(of: "\n", with: " ")].compactMap { $0 }.joined(separator: " ")
            try writer.element("dc:title", text: VietnameseText.normalized(String(title.prefix(1000))))
            if let issuer = document.issuer?.name { try writer.element("dc:creator", text: VietnameseText.normalized(issuer)) }
            try writer.element("dc:language", text: "vi-VN")
        }
        return try writer.finish()
    }

    private static func appProperties() throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"]) {
            try writer.element("Application", text: "vanban")
        }
        return try writer.finish()
    }
}
