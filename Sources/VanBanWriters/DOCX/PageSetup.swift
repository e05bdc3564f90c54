import Foundation

/// Page setup of a rendered DOCX, read from `Templates/docx/page.json`.
public struct PageSetup: Codable, Sendable, Equatable {
    /// Margins in millimetres.
    public struct Margins: Codable, Sendable, Equatable {
        public var top, bottom, left, right: Double
    }

    public var margins: Margins
    public var headerDistance: Double
    public var footerDistance: Double
    /// Body text size: 13 or 14 pt.
    public var bodySize: Double
    /// First-line indent of body paragraphs: 1 or 1.27 cm.
    public var firstLineIndent: Double
    /// Widths of the header table's two columns, in percent of its width.
    public var headerColumns: [Double]
    /// How far the header table reaches into each side margin, in millimetres.
    public var headerOverhang: Double
    /// Widths of the recipients/signature table's columns.
    public var closingColumns: [Double]

    enum CodingKeys: String, CodingKey {
        case margins = "margins_mm", headerDistance = "header_distance_mm", footerDistance = "footer_distance_mm"
        case bodySize = "body_size_pt", firstLineIndent = "first_line_indent_cm"
        case headerColumns = "header_columns_percent", headerOverhang = "header_overhang_mm", closingColumns = "closing_columns_percent"
    }

    /// A4 in twips.
    static let pageWidth = 11906
    static let pageHeight = 16838

    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    var textWidth: Int { Self.pageWidth - Self.twips(millimetres: margins.left) - Self.twips(millimetres: margins.right) }

    /// Column widths in twips that add up exactly to `width` (the text width by default).
    func columns(_ percents: [Double], width: Int? = nil) -> [Int] {
        let width = width ?? textWidth
        let total = percents.reduce(0, +)
        var widths = percents.map { Int((Double(width) * $0 / max(total, 1)).rounded(.down)) }
        if !widths.isEmpty { widths[widths.count - 1] += width - widths.reduce(0, +) }
        return widths
    }
}
