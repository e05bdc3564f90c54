import Foundation
import XMLKit
import ZipKit

/// The register printed on the Phụ lục IV form as a .docx: landscape A4, the ten columns, the
/// header rows repeated at the top of every page, ready to print and bind at the end of the year.
public enum RegisterDocx {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A4 landscape in twentieths of a point, and margins 20 mm left (binding), 15 mm elsewhere.
    static let pageWidth = 16838, pageHeight = 11906
    static let margins = (top: 851, right: 851, bottom: 851, left: 1134)

    /// The package bytes.
    public static func write(_ entries: [RegisterEntry], heading: RegisterHeading) throws -> Data {
        let zip = ZipWriter()
        try zip.add("[Content_Types].xml", try contentTypes())
        try zip.add("_rels/.rels", try relationships([("rId1", "\(officeRelationships)/officeDocument", "word/document.xml")]))
        try zip.add("word/_rels/document.xml.rels", try relationships([("rIdStyles", "\(officeRelationships)/styles", "styles.xml")]))
        try zip.add("word/styles.xml", try styles())
        try zip.add("word/document.xml", try document(entries, heading: heading))
        return try zip.finish()
    }

    /// Column widths scaled to the text width of the landscape page.
    static var columnWidths: [Int] {
        let available = pageWidth - margins.left - margins.right
        let total = RegisterColumns.widths.reduce(0, +)
        return RegisterColumns.widths.map { $0 * available / total }
    }

    private static func document(_ entries: [RegisterEntry], heading: RegisterHeading) throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("w:document", ["xmlns:w": main]) {
            try writer.element("w:body") {
                try paragraph(writer, heading.title, bold: true, size: 28, center: true)
                try paragraph(writer, heading.subtitle, bold: false, size: 24, center: true)
                try table(writer, entries)
                // Word wants a paragraph after a table that ends the body.
                try writer.element("w:p")
                try writer.element("w:sectPr") {
                    try writer.element("w:pgSz", ["w:w": String(pageWidth), "w:h": String(pageHeight), "w:orient": "landscape"])
                    try writer.element("w:pgMar", [
                        "w:top": String(margins.top), "w:right": String(margins.right), "w:bottom": String(margins.bottom),
                        "w:left": String(margins.left), "w:header": "567", "w:footer": "567", "w:gutter": "0",
                    ])
                }
            }
        }
        return try writer.finish()
    }

    private static func table(_ writer: XMLWriter, _ entries: [RegisterEntry]) throws {
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
            try row(writer, RegisterColumns.titles, widths: widths, header: true, bold: true)
            try row(writer, (1...10).map { "(\($0))" }, widths: widths, header: true, bold: false)
            for entry in entries { try row(writer, RegisterColumns.cells(entry), widths: widths, header: false, bold: false) }
        }
    }

    private static func row(_ writer: XMLWriter, _ cells: [String], widths: [Int], header: Bool, bold: Bool) throws {
        try writer.element("w:tr") {
            try writer.element("w:trPr") {
                // A row is never split across pages; header rows repeat on each page.
                try writer.element("w:cantSplit")
                if header { try writer.element("w:tblHeader") }
            }
            for (cell, width) in zip(cells, widths) {
                try writer.element("w:tc") {
                    try writer.element("w:tcPr") { try writer.element("w:tcW", ["w:w": String(width), "w:type": "dxa"]) }
                    try paragraph(writer, cell, bold: bold, size: nil, center: header)
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
                for (index, line) in text.components(separatedBy: "\n").enumerated() {
                    if index > 0 { try writer.element("w:br") }
                    try writer.element("w:t", ["xml:space": "preserve"]) { try writer.text(line) }
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
            try writer.element("Override", ["PartName": "/word/document.xml", "ContentType": "\(wordprocessing).document.main+xml"])
            try writer.element("Override", ["PartName": "/word/styles.xml", "ContentType": "\(wordprocessing).styles+xml"])
        }
        return try writer.finish()
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) throws -> Data {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"]) {
            for entry in entries { try writer.element("Relationship", ["Id": entry.id, "Type": entry.type, "Target": entry.target]) }
        }
        return try writer.finish()
    }
}
