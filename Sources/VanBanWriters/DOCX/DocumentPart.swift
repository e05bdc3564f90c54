import Foundation
import VanBanModel
import VanBanOOXML
import XMLKit

/// Writes `word/document.xml`: the header table, the flowing paragraphs, the recipients and
/// signature table, then each attached document from a new page. Every paragraph names a
/// "VB…" style; the only direct formatting is bold on labels and the length of drawn rules.
struct DocumentPart {
    let templates: DocxTemplates
    let writer: XMLWriter
    /// Signing mode: bookmarks at the signature space and the signer's name, which the PDF
    /// export turns into named destinations where the signature field goes.
    var signingMarks = false

    /// The bookmark at the room kept for the signature (ô 7c) in signing mode.
    static let signatureSpaceBookmark = "VanBanNguoiKy"
    /// The bookmark at the signer's name in signing mode.
    static let signerNameBookmark = "VanBanTenNguoiKy"

    static let wordNamespace = WordprocessingML.namespace
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The style id of a block role: "articleHeading" → "VBArticleHeading".
    static func styleId(_ role: BlockRole) -> String {
        switch role {
        case .issuerRule, .mottoRule, .titleRule: return "VBRule"
        case .paragraph: return "VBBody"
        default: return "VB" + role.rawValue.prefix(1).uppercased() + role.rawValue.dropFirst()
        }
    }

    static func write(_ laidOut: LaidOutDocument, templates: DocxTemplates, signingMarks: Bool = false) throws -> Data {
        let part = DocumentPart(templates: templates, writer: try XMLWriter(), signingMarks: signingMarks)
        try part.writer.startDocument()
        try part.writer.start("w:document")
        try part.writer.attribute("xmlns:w", wordNamespace)
        try part.writer.attribute("xmlns:r", relationshipNamespace)
        try part.writer.start("w:body")
        try part.document(laidOut, isFirst: true)
        try part.sectionProperties()
        try part.writer.end()
        try part.writer.end()
        return try part.writer.finish()
    }

    private func document(_ laidOut: LaidOutDocument, isFirst: Bool) throws {
        if !isFirst { try paragraph(style: "VBPageBreak", runs: []) }
        try headerTable(laidOut)
        // The body's last paragraph is kept with the closing table, so a signature page always
        // holds text of the body and cannot be detached (cantSplit keeps the table's row whole).
        try paragraphs(laidOut.blocks, width: templates.page.textWidth, keepLastWithNext: laidOut.hasClosing)
        if laidOut.hasClosing { try closingTable(laidOut, marked: isFirst && signingMarks) }
        try paragraphs(laidOut.appendixBlocks, width: templates.page.textWidth)
        for rows in laidOut.appendixTables { try gridTable(rows) }
        for attachment in laidOut.attachments { try document(attachment, isFirst: false) }
        // A table may not end the body, and two tables in a row would merge into one.
        if laidOut.attachments.isEmpty, laidOut.hasClosing || !laidOut.appendixTables.isEmpty || laidOut.appendixBlocks.isEmpty && laidOut.blocks.isEmpty {
            try paragraph(style: "VBBody", runs: [])
        }
    }

    // MARK: - Tables

    private func headerTable(_ laidOut: LaidOutDocument) throws {
        let overhang = PageSetup.twips(millimetres: templates.page.headerOverhang)
        let widths = templates.page.columns(templates.page.headerColumns, width: templates.page.textWidth + 2 * overhang)
        let numberRow: (left: [Block], right: [Block]) = (
            laidOut.headerLeft.filter { $0.role == .numberLine }, laidOut.headerRight.filter { $0.role == .dateLine })
        let topRow = (laidOut.headerLeft.filter { $0.role != .numberLine }, laidOut.headerRight.filter { $0.role != .dateLine })
        // The number and the date sit in a row of their own so they line up, as ô 3 and ô 4 do.
        var rows = [topRow]
        if !numberRow.left.isEmpty || !numberRow.right.isEmpty { rows.append(numberRow) }
        try table(widths: widths, rows: rows.map { [$0.0, $0.1] }, indent: -overhang)
    }

    /// A ruled table of text (an appendix's list to sign): the first row is the header, bold,
    /// repeated on each page; rows never split; columns share the text width.
    private func gridTable(_ rows: [[String]]) throws {
        let count = rows.map(\.count).max() ?? 0
        guard count > 0 else { return }
        let width = templates.page.textWidth / count
        let widths = Array(repeating: width, count: count)
        try writer.start("w:tbl")
        try writer.element("w:tblPr") {
            try writer.element("w:tblW", ["w:w": String(width * count), "w:type": "dxa"])
            try writer.element("w:tblBorders") {
                for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                    try writer.element("w:\(side)", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
                }
            }
            try writer.element("w:tblLayout", ["w:type": "fixed"])
        }
        try writer.element("w:tblGrid") {
            for width in widths { try writer.element("w:gridCol", ["w:w": String(width)]) }
        }
        for (index, row) in rows.enumerated() {
            try writer.element("w:tr") {
                try writer.element("w:trPr") {
                    try writer.element("w:cantSplit")
                    // Room to sign by hand; the header repeats on every page.
                    if index == 0 { try writer.element("w:tblHeader") } else { try writer.element("w:trHeight", ["w:val": "567"]) }
                }
                for column in 0..<count {
                    try writer.element("w:tc") {
                        try writer.element("w:tcPr") { try writer.element("w:tcW", ["w:w": String(width), "w:type": "dxa"]) }
                        let text = column < row.count ? row[column] : ""
                        try paragraph(style: "VBCentered", runs: text.isEmpty ? [] : [Run(text, emphasised: index == 0)])
                    }
                }
            }
        }
        try writer.end()
    }

    private func closingTable(_ laidOut: LaidOutDocument, marked: Bool) throws {
        try table(widths: templates.page.columns(templates.page.closingColumns), rows: [[laidOut.closingLeft, laidOut.closingRight]], marked: marked)
    }

    private func table(widths: [Int], rows: [[[Block]]], indent: Int = 0, marked: Bool = false) throws {
        try writer.start("w:tbl")
        try writer.element("w:tblPr") {
            try writer.element("w:tblW", ["w:w": String(widths.reduce(0, +)), "w:type": "dxa"])
            if indent != 0 { try writer.element("w:tblInd", ["w:w": String(indent), "w:type": "dxa"]) }
            try writer.element("w:tblBorders") {
                for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                    try writer.element("w:\(side)", ["w:val": "nil"])
                }
            }
            try writer.element("w:tblLayout", ["w:type": "fixed"])
            try writer.element("w:tblCellMar") {
                try writer.element("w:left", ["w:w": "0", "w:type": "dxa"])
                try writer.element("w:right", ["w:w": "0", "w:type": "dxa"])
            }
            try writer.element("w:tblLook", ["w:val": "0000", "w:firstRow": "0", "w:lastRow": "0", "w:firstColumn": "0", "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"])
        }
        try writer.element("w:tblGrid") {
            for width in widths { try writer.element("w:gridCol", ["w:w": String(width)]) }
        }
        for row in rows {
            try writer.element("w:tr") {
                try writer.element("w:trPr") { try writer.element("w:cantSplit") }
                for (index, cell) in row.enumerated() {
                    try writer.element("w:tc") {
                        try writer.element("w:tcPr") { try writer.element("w:tcW", ["w:w": String(widths[index]), "w:type": "dxa"]) }
                        if cell.isEmpty {
                            try paragraph(style: "VBCentered", runs: [])
                        } else {
                            try paragraphs(cell, width: widths[index], marked: marked)
                        }
                    }
                }
            }
        }
        try writer.end()
    }

    // MARK: - Paragraphs

    private func paragraphs(_ blocks: [Block], width: Int, marked: Bool = false, keepLastWithNext: Bool = false) throws {
        let kept = keepLastWithNext ? blocks.lastIndex { !$0.isRule } : nil
        for (index, block) in blocks.enumerated() {
            if block.isRule {
                try rule(for: index > 0 ? blocks[index - 1] : nil, role: block.role, width: width)
            } else {
                let bookmark = !marked ? nil : block.role == .signatureSpace ? Self.signatureSpaceBookmark
                    : block.role == .signerName ? Self.signerNameBookmark : nil
                try paragraph(style: Self.styleId(block.role), runs: block.runs, bookmark: bookmark, keepWithNext: index == kept)
            }
        }
    }

    /// A solid rule drawn as the top border of an empty paragraph narrowed by indents: as long as
    /// the Tiêu ngữ above it, and a third of the line above for the issuing body and trích yếu.
    private func rule(for above: Block?, role: BlockRole, width: Int) throws {
        let textWidth: Int
        if let above {
            let points = templates.fontSize(ofStyle: Self.styleId(above.role))
            textWidth = min(width, TextMetrics.width(above.text, points: points, bold: true))
        } else {
            textWidth = width
        }
        let length = role == .mottoRule ? textWidth : max(textWidth / 3, min(width, 1134))
        let indent = max(0, (width - length) / 2)
        try writer.element("w:p") {
            try writer.element("w:pPr") {
                try writer.element("w:pStyle", ["w:val": "VBRule"])
                try writer.element("w:ind", ["w:left": String(indent), "w:right": String(indent)])
            }
        }
    }

    private func paragraph(style: String, runs: [Run], bookmark: String? = nil, keepWithNext: Bool = false) throws {
        try writer.element("w:p") {
            try writer.element("w:pPr") {
                try writer.element("w:pStyle", ["w:val": style])
                if keepWithNext { try writer.element("w:keepNext") }
            }
            if let bookmark {
                // Ids only need to be unique; these two are the only bookmarks the writer makes.
                let id = bookmark == Self.signatureSpaceBookmark ? "9001" : "9002"
                try writer.element("w:bookmarkStart", ["w:id": id, "w:name": bookmark])
                try writer.element("w:bookmarkEnd", ["w:id": id])
            }
            for run in runs where !run.text.isEmpty { try self.run(run) }
        }
    }

    /// A run; tabs and line breaks inside the text become `w:tab` and `w:br`.
    private func run(_ run: Run) throws {
        try writer.element("w:r") {
            if run.emphasised {
                try writer.element("w:rPr") {
                    try writer.element("w:b")
                    try writer.element("w:bCs")
                }
            }
            let text = VietnameseText.normalized(run.text)
            // Scanning bytes, not Characters: grapheme breaking would dominate the writer's time.
            guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else {
                try writer.element("w:t", ["xml:space": "preserve"]) { try writer.text(text) }
                return
            }
            var pending = ""
            func flush() throws {
                guard !pending.isEmpty else { return }
                try writer.element("w:t", ["xml:space": "preserve"]) { try writer.text(pending) }
                pending = ""
            }
            for character in text {
                switch character {
                case "\t":
                    try flush()
                    try writer.element("w:tab")
                case "\n", "\r\n", "\r":
                    try flush()
                    try writer.element("w:br")
                default:
                    pending.append(character)
                }
            }
            try flush()
        }
    }

    // MARK: - Section

    /// A4 portrait, the template's margins, the page number header from page 2 on.
    private func sectionProperties() throws {
        let page = templates.page
        let twips = PageSetup.twips(millimetres:)
        var margins = [
            "top": String(twips(page.margins.top)), "right": String(twips(page.margins.right)),
            "bottom": String(twips(page.margins.bottom)), "left": String(twips(page.margins.left)),
            "header": String(twips(page.headerDistance)), "footer": String(twips(page.footerDistance)), "gutter": "0",
        ]
        var size = (PageSetup.pageWidth, PageSetup.pageHeight)
        if let reference = templates.referenceSection {
            margins = reference.margins
            size = (reference.width, reference.height)
        }
        try writer.element("w:sectPr") {
            try writer.element("w:headerReference", ["w:type": "default", "r:id": DocxPackage.pageNumberHeaderId])
            try writer.element("w:headerReference", ["w:type": "first", "r:id": DocxPackage.firstPageHeaderId])
            try writer.element("w:pgSz", ["w:w": String(size.0), "w:h": String(size.1)])
            try writer.start("w:pgMar")
            for key in ["top", "right", "bottom", "left", "header", "footer", "gutter"] {
                try writer.attribute("w:\(key)", margins[key] ?? "0")
            }
            try writer.end()
            try writer.element("w:cols", ["w:space": "720"])
            try writer.element("w:titlePg")
        }
    }
}
