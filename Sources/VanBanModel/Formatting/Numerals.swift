/// Roman numerals for Phần and Chương.
public enum RomanNumeral {
    private static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// "XIV" for 14; the decimal digits for numbers outside 1–3999.
    public static func string(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }

    /// Parses a canonical Roman numeral (any case); nil for anything else.
    public static func parse(_ text: String) -> Int? {
        let upper = text.uppercased()
        guard !upper.isEmpty, upper.allSatisfy({ "IVXLCDM".contains($0) }) else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        let digits = upper.compactMap { values[$0] }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        // Reject non-canonical spellings such as "IIII" or "VX" so words are not mistaken for numbers.
        return string(total) == upper ? total : nil
    }
}

/// The letters of điểm in Vietnamese order: a b c d đ e g h i k l m n o p q r s t u v x y.
public enum PointLetters {
    /// The sequence; f, j, w, z and the vowels with marks are never used.
    public static let sequence: [String] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
    ]

    /// The letter for a 0-based position; past "y" the letters double ("aa", "bb" …), as long lists do.
    public static func letter(at index: Int) -> String {
        precondition(index >= 0, "point index must not be negative")
        let base = sequence[index % sequence.count]
        return String(repeating: base, count: index / sequence.count + 1)
    }

    /// The 0-based position of a letter, or nil when it is not a điểm letter (e.g. "f").
    public static func index(of label: String) -> Int? {
        let lower = VietnameseText.lowercased(label)
        guard let first = lower.first, lower.allSatisfy({ $0 == first }),
              let base = sequence.firstIndex(of: String(first)) else { return nil }
        return (lower.count - 1) * sequence.count + base
    }
}
