import Foundation
import VanBanModel

extension PageSetup {
    /// Refuses values that would crash the writer (1e300 mm does not fit a twip count), write a
    /// negative table width, or index past a column list; `file` is named in the message.
    func validate(file: String) throws(Diagnostic) {
        func check(_ key: String, _ value: Double, _ range: ClosedRange<Double>) throws(Diagnostic) {
            guard value.isFinite, range.contains(value) else {
                throw Diagnostic(Message.pageSetupOutOfRange(file: file, key: key, value: Self.show(value), range: "\(Self.show(range.lowerBound))–\(Self.show(range.upperBound))"),
                                 at: SourceLocation(file: file, line: 1))
            }
        }
        let width = Double(Self.pageWidth) * 25.4 / 1440, height = Double(Self.pageHeight) * 25.4 / 1440
        try check("margins_mm.top", margins.top, 0...100)
        try check("margins_mm.bottom", margins.bottom, 0...100)
        try check("margins_mm.left", margins.left, 0...100)
        try check("margins_mm.right", margins.right, 0...100)
        // At least 5 cm of text must remain between the margins, across and down.
        try check("margins_mm.left + margins_mm.right", margins.left + margins.right, 0...(width - 50).rounded(.down))
        try check("margins_mm.top + margins_mm.bottom", margins.top + margins.bottom, 0...(height - 50).rounded(.down))
        try check("header_distance_mm", headerDistance, 0...100)
        try check("footer_distance_mm", footerDistance, 0...100)
        try check("body_size_pt", bodySize, 6...72)
        try check("first_line_indent_cm", firstLineIndent, 0...5)
        try check("header_overhang_mm", headerOverhang, 0...30)
        try check("header_overhang_mm × 2 + text width", 2 * headerOverhang + width - margins.left - margins.right, 0...width)
        for (key, list) in [("header_columns_percent", headerColumns), ("closing_columns_percent", closingColumns)] {
            try check("\(key) (number of columns)", Double(list.count), 2...2)
            for (index, value) in list.enumerated() { try check("\(key)[\(index)]", value, 1...100) }
        }
    }

    private static func show(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
