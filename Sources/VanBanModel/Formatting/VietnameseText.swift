import Foundation

/// Text rules for Vietnamese: NFC, the Đ look-alike, and case mapping for header lines.
public enum VietnameseText {
    /// NFC-normalises text and replaces the Icelandic eth (Ð U+00D0, ð U+00F0), which legacy
    /// fonts and OCR put where Vietnamese Đ/đ belongs.
    public static func normalized(_ text: String) -> String {
        if isCertainlyNFC(text) { return text }
        var result = text
        if result.unicodeScalars.contains(where: { $0.value == 0xD0 || $0.value == 0xF0 }) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.map {
                switch $0.value {
                case 0xD0: "\u{0110}"
                case 0xF0: "\u{0111}"
                default: $0
                }
            }))
        }
        if isCertainlyNFC(result) { return result }
        return result.precomposedStringWithCanonicalMapping
    }

    /// A quick scan that proves most Vietnamese text is already NFC, so the costly normalisation
    /// runs only on text holding combining marks or other scalars that NFC may change.
    static func isCertainlyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            // Latin up to the combining marks (includes Ơ ơ Ư ư), Latin Extended Additional (ạ … ỹ),
            // general punctuation except the two spaces that decompose, and currency signs.
            // Ð and ð are excluded so the look-alike replacement below still sees them.
            case 0xD0, 0xF0: false
            case 0..<0x300, 0x1E00...0x1EFF, 0x2002...0x206F, 0x20A0...0x20CF: true
            default: false
            }
        }
    }

    /// Upper-cases for header lines ("Trường Mầm non" → "TRƯỜNG MẦM NON"), staying in NFC.
    public static func uppercased(_ text: String) -> String {
        let upper = normalized(text).uppercased()
        // Case mapping keeps precomposed letters precomposed: skip the costly NFC pass when a
        // quick scan proves it.
        return isCertainlyNFC(upper) ? upper : upper.precomposedStringWithCanonicalMapping
    }

    /// Lower-cases, staying in NFC.
    public static func lowercased(_ text: String) -> String {
        let lower = normalized(text).lowercased()
        return isCertainlyNFC(lower) ? lower : lower.precomposedStringWithCanonicalMapping
    }

    /// Capitalises the first letter only ("HIỆU TRƯỞNG" → "Hiệu trưởng").
    public static func sentenceCased(_ text: String) -> String {
        let lower = lowercased(text)
        guard let first = lower.first else { return lower }
        return String(first).uppercased() + lower.dropFirst()
    }

    /// Removes trailing sentence punctuation and spaces so a writer can add the ending Nghị định 30 wants.
    public static func strippingTrailingPunctuation(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == ";" || last == "." || last == "," || last == ":" || last.isWhitespace {
            result = result.dropLast()
        }
        return String(result)
    }

    /// True when the text has letters and none of them is lower-case.
    public static func isAllCaps(_ text: String) -> Bool {
        // Scalars, not Characters: a combining mark is neither case, and grapheme breaking is slow.
        var sawLetter = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if (0x61...0x7A).contains(scalar.value) { return false }
                if (0x41...0x5A).contains(scalar.value) { sawLetter = true }
            } else if scalar.properties.isLowercase {
                return false
            } else if scalar.properties.isUppercase {
                sawLetter = true
            }
        }
        return sawLetter
    }
}

extension VietnameseText {
    /// An ASCII slug for ids: "Đ" → "d", marks dropped, other characters → "-" ("Tổ chức" → "to-chuc").
    public static func asciiSlug(_ text: String) -> String {
        let folded = normalized(text).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .decomposedStringWithCanonicalMapping.lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }
}
