import Foundation

/// Approximate advance widths of Times New Roman (and its metric twin Liberation Serif), used to
/// size the rules under the Tiêu ngữ and the issuing body, which Nghị định 30 ties to text length.
///
/// Values are the public Adobe Times metrics in thousandths of an em, by base letter; Vietnamese
/// marks sit above or below and barely change the advance.
enum TextMetrics {
    private static let regular: [Character: Int] = widths(
        upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
        lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444])
    private static let bold: [Character: Int] = widths(
        upper: [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
        lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444])

    private static func widths(upper: [Int], lower: [Int]) -> [Character: Int] {
        var table: [Character: Int] = [" ": 250, "-": 333, ".": 250, ",": 250, ":": 278, "/": 278, "(": 333, ")": 333]
        for (index, scalar) in "ABCDEFGHIJKLMNOPQRSTUVWXYZ".enumerated() { table[scalar] = upper[index] }
        for (index, scalar) in "abcdefghijklmnopqrstuvwxyz".enumerated() { table[scalar] = lower[index] }
        for digit in "0123456789" { table[digit] = 500 }
        return table
    }

    /// Base letters of the Vietnamese letters with marks: "Ộ" → "O", "đ" → "d", "ư" → "u".
    private static let bases: [Character: Character] = {
        let lower = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
        var table: [Character: Character] = ["đ": "d", "Đ": "D"]
        for letter in lower + lower.uppercased() {
            if let first = String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.first, first.isASCII {
                table[letter] = Character(first)
            }
        }
        return table
    }()

    private static func base(_ character: Character) -> Character {
        character.isASCII ? character : bases[character] ?? character
    }

    /// The width of a line of text in twips at a size in points.
    static func width(_ text: String, points: Double, bold isBold: Bool) -> Int {
        let table = isBold ? bold : regular
        let thousandths = text.reduce(0) { $0 + (table[base($1)] ?? 500) }
        return Int((Double(thousandths) / 1000 * points * 20).rounded())
    }
}
