import Foundation
import VanBanModel
import XMLKit
import ZipKit

/// A printed table as a .docx of its own — a title, a subtitle, header rows repeated at the top
/// of every page, rows never split across pages — on A4, landscape by default: the outgoing
/// register (Phụ lục IV) and the responsibility matrix are printed this way.
public struct TableDocx: Sendable {
    /// The title line, centred and bold.
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// Header rows, repeated on every page; a cell may hold line breaks.
    public var headerRows: [[String]]
    /// The body rows.
    public var rows: [[String]]
    /// Relative column widths; the table fills the text width.
    public var columnWeights: [Int]
    /// Landscape A4 (the default) or portrait.
    public var landscape: Bool

    /// Creates a table document.
    public init(title: String, subtitle: String? = nil, headerRows: [[String]], rows: [[String]], columnWeights: [Int], landscape: Bool = true) {
        self.title = title
        self.subtitle = subtitle
        self.headerRows = headerRows
        self.rows = rows
        self.columnWeights = columnWeights
        self.landscape = landscape
    }

    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// A4 in twentieths of a point; margins 20 mm on the binding side, 15 mm elsewhere.
    static let longSide = 16838, shortSide = 11906
    static let margins = (top: 851, right: 851, bottom: 851, left: 1134)

    /// The package bytes.
    public func write() throws -> Data {
        let zip = ZipWriter()
        try zip.add("[Content_Types].xml", try Self.contentTypes())
        try zip.add("_rels/.rels", try DocxPackage.relationships([("rId1", "\(DocxPackage.officeRelationships)/officeDocument", "word/document.xml")]))
        try zip.add("word/_rels/document.xml.rels", try DocxPackage.relationships([("rIdStyles", "\(DocxPackage.officeRelationships)/styles", "styles.xml")]))
        try zip.add("word/styles.xml", try Self.styles())
        try zip.add("word/document.xml", try document())
        return try zip.finish()
    }

    /// Column widths in twips, filling the text width.
    var columnWidths: [Int] {
        let pageWidth = landscape ? Self.longSide : Self.shortSide
        let available = pageWidth - Self.margins.left - Self.margins.right
        let weights = columnWeights.map { max(1, $0) }
        let total = weights.reduce(0, +)
        return weights.map { $0 * available / total }
    }

    private func document() throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("w:document", ["xmlns:w": Self.main]) {
            try writer.element("w:body") {
                try Self.paragraph(writer, title, bold: true, size: 28, center: true)
                if let subtitle { try Self.paragraph(writer, subtitle, bold: false, size: 24, center: true) }
                try table(writer)
                // Word wants a paragraph after a table that ends the body.
                try writer.element("w:p")
                try writer.element("w:sectPr") {
                    let (width, height) = landscape ? (Self.longSide, Self.shortSide) : (Self.shortSide, Self.longSide)
                    if landscape {
                        try writer.element("w:pgSz", ["w:w": String(width), "w:h": String(height), "w:orient": "landscape"])
                    } else {
                        try writer.element("w:pgSz", ["w:w": String(width), "w:h": String(height)])
                    }
                    try writer.element("w:pgMar", [
                        "w:top": String(Self.margins.top), "w:right": String(Self.margins.right), "w:bottom": String(Self.margins.bottom),
                        "w:left": String(Self.margins.left), "w:header": "567", "w:footer": "567", "w:gutter": "0",
                    ])
                }
            }
        }
        return try writer.finish()
    }

    private func table(_ writer: XMLWriter) throws {
        let widths = columnWidths
        try writer.element("w:tbl") {
            try writer.element("w:tblPr") {
                try writer.element("w:tblW", ["w:w": String(widths.reduce(0, +)), "w:type": "dxa"])
                try writer.element("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        try writer.element(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
                    }
                }
                try writer.element("w:tblLayout", ["w:type": "fixed"])
                try writer.element("w:tblCellMar") {
                    try writer.element("w:left", ["w:w": "57", "w:type": "dxa"])
                    try writer.element("w:right", ["w:w": "57", "w:type": "dxa"])
                }
            }
            try writer.element("w:tblGrid") {
                for width in widths { try writer.element("w:gridCol", ["w:w": String(width)]) }
            }
            for (index, cells) in headerRows.enumerated() { try row(writer, cells, widths: widths, header: true, bold: index == 0) }
            for cells in rows { try row(writer, cells, widths: widths, header: false, bold: false) }
        }
    }

    private func row(_ writer: XMLWriter, _ cells: [String], widths: [Int], header: Bool, bold: Bool) throws {
        try writer.element("w:tr") {
            try writer.element("w:trPr") {
                // A row is never split across pages; header rows repeat on each page.
                try writer.element("w:cantSplit")
                if header { try writer.element("w:tblHeader") }
            }
            for (index, width) in widths.enumerated() {
                try writer.element("w:tc") {
                    try writer.element("w:tcPr") { try writer.element("w:tcW", ["w:w": String(width), "w:type": "dxa"]) }
                    try Self.paragraph(writer, index < cells.count ? cells[index] : "", bold: bold, size: nil, center: header)
                }
            }
        }
    }

    private static func paragraph(_ writer: XMLWriter, _ text: String, bold: Bool, size: Int?, center: Bool) throws {
        try writer.element("w:p") {
            if center { try writer.element("w:pPr") { try writer.element("w:jc", ["w:val": "center"]) } }
            try writer.element("w:r") {
                if bold || size != nil {
                    try writer.element("w:rPr") {
                        if bold { try writer.element("w:b") }
                        if let size {
                            try writer.element("w:sz", ["w:val": String(size)])
                            try writer.element("w:szCs", ["w:val": String(size)])
                        }
                    }
                }
                for (index, line) in VietnameseText.normalized(text).components(separatedBy: "\n").enumerated() {
                    if index > 0 { try writer.element("w:br") }
                    try writer.element("w:t", ["xml:space": "preserve"]) { try writer.text(XMLText.clean(line)) }
                }
            }
        }
    }

    private static func styles() throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("w:styles", ["xmlns:w": main]) {
            try writer.element("w:docDefaults") {
                try writer.element("w:rPrDefault") {
                    try writer.element("w:rPr") {
                        try writer.element("w:rFonts", ["w:ascii": "Times New Roman", "w:hAnsi": "Times New Roman", "w:eastAsia": "Times New Roman", "w:cs": "Times New Roman"])
                        try writer.element("w:sz", ["w:val": "22"])
                        try writer.element("w:szCs", ["w:val": "22"])
                        try writer.element("w:lang", ["w:val": "vi-VN"])
                    }
                }
                try writer.element("w:pPrDefault") {
                    try writer.element("w:pPr") { try writer.element("w:spacing", ["w:before": "0", "w:after": "0"]) }
                }
            }
        }
        return try writer.finish()
    }

    private static func contentTypes() throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            try writer.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            try writer.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            try writer.element("Override", ["PartName": "/word/document.xml", "ContentType": "\(DocxPackage.wordprocessing).document.main+xml"])
            try writer.element("Override", ["PartName": "/word/styles.xml", "ContentType": "\(DocxPackage.wordprocessing).styles+xml"])
        }
        return try writer.finish()
    }
}

extension RolesMatrix {
    /// The matrix as a landscape DOCX: a column per role (holders under the title), a row per
    /// article in reading order, the header row repeated on every page.
    public func docx(title: String) throws -> Data {
        let context = RolesTableContext(self, title: title)
        let header = ["Điều"] + context.columns.map { column in column.holders.map { "\(column.title)\n\($0)" } ?? column.title }
        return try TableDocx(title: "PHÂN CÔNG TRÁCH NHIỆM", subtitle: context.title, headerRows: [header],
                             rows: context.rows.map { [$0.label] + $0.cells }, columnWeights: [4] + context.columns.map { _ in 2 }).write()
    }
}
