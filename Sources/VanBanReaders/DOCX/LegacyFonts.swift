import Foundation

/// Pre-Unicode Vietnamese fonts: text in them reads right only through the font's own byte
/// table. TCVN3 (ABC) fonts are named ".Vn…" (".VnTimeH" and the other "…H" fonts draw capitals
/// from the lower-case bytes); VNI fonts are named "VNI-…" and write a vowel as its base letter
/// followed by mark bytes. Word (and LibreOffice converting a .doc) hands the bytes over as
/// Windows-1252 characters, which are mapped back to bytes first.
enum LegacyFont: Sendable, Hashable {
    case tcvn3(capitals: Bool)
    case vni

    /// The legacy encoding of a font name, or nil for a Unicode font.
    init?(fontName: String) {
        let name = fontName.trimmingCharacters(in: .whitespaces)
        if name.lowercased().hasPrefix(".vn") {
            self = .tcvn3(capitals: name.hasSuffix("H"))
        } else if name.uppercased().hasPrefix("VNI-") || name.uppercased().hasPrefix("VNI ") {
            self = .vni
        } else {
            return nil
        }
    }

    /// The encoding's name for messages.
    var encodingName: String {
        switch self {
        case .tcvn3: "TCVN3"
        case .vni: "VNI"
        }
    }

    /// The text as Unicode NFC; nil when it holds characters no byte of the font can give
    /// (it is already Unicode).
    func decode(_ text: String) -> String? {
        guard let bytes = Self.bytes(of: text) else { return nil }
        switch self {
        case let .tcvn3(capitals):
            // iconv holds back the last letter of TCVN 5712 (a tone mark may follow): a space flushes it.
            guard var converted = LegacyEncodings.convert(Data(bytes + [0x20]), from: "TCVN5712-1") else { return nil }
            if converted.hasSuffix(" ") { converted.removeLast() }
            let normalized = converted.precomposedStringWithCanonicalMapping
            return capitals ? normalized.uppercased() : normalized
        case .vni:
            return VNIEncoding.decode(bytes)
        }
    }

    /// Windows-1252 bytes of a text; nil when a character has none.
    static func bytes(of text: String) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                result.append(UInt8(scalar.value))
            } else if let byte = windows1252High[scalar.value] {
                result.append(byte)
            } else if (0x80...0x9F).contains(scalar.value) {
                result.append(UInt8(scalar.value))
            } else {
                return nil
            }
        }
        return result
    }

    /// Windows-1252 0x80–0x9F: the characters those bytes stand for.
    static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}

/// The VNI encoding (VNI for Windows): vowels are written as a base letter followed by one byte
/// for the mark(s); a few letters (đ, ơ, ư and the i's and ỵ) have bytes of their own.
enum VNIEncoding {
    // Combining marks.
    static let acute: Unicode.Scalar = "\u{0301}", grave: Unicode.Scalar = "\u{0300}", hook: Unicode.Scalar = "\u{0309}"
    static let tilde: Unicode.Scalar = "\u{0303}", dot: Unicode.Scalar = "\u{0323}"
    static let circumflex: Unicode.Scalar = "\u{0302}", breve: Unicode.Scalar = "\u{0306}"

    /// Mark bytes (lower- and upper-case forms) → the combining marks they add to the letter before.
    static let marks: [UInt8: [Unicode.Scalar]] = {
        let lower: [UInt8: [Unicode.Scalar]] = [
            0xF9: [acute], 0xF8: [grave], 0xFB: [hook], 0xF5: [tilde], 0xEF: [dot],
            0xE2: [circumflex], 0xE1: [circumflex, acute], 0xE0: [circumflex, grave], 0xE5: [circumflex, hook],
            0xE3: [circumflex, tilde], 0xE4: [circumflex, dot],
            0xEA: [breve], 0xE9: [breve, acute], 0xE8: [breve, grave], 0xFA: [breve, hook], 0xFC: [breve, tilde], 0xEB: [breve, dot],
        ]
        var table = lower
        for (byte, value) in lower { table[byte - 0x20] = value }
        return table
    }()

    /// Bytes that are letters of their own.
    static let letters: [UInt8: String] = {
        let lower: [UInt8: String] = [0xF4: "ơ", 0xF6: "ư", 0xF1: "đ", 0xED: "í", 0xEC: "ì", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ"]
        var table = lower
        for (byte, value) in lower { table[byte - 0x20] = value.uppercased() }
        return table
    }()

    /// Letters a mark byte may follow.
    static func takesMark(_ scalar: Unicode.Scalar) -> Bool {
        "aeiouyAEIOUYơưƠƯ".unicodeScalars.contains(scalar)
    }

    /// Decodes VNI bytes to NFC text.
    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var base: Unicode.Scalar?
        for byte in bytes {
            if let mark = marks[byte], let letter = base, takesMark(letter) {
                scalars.append(contentsOf: mark)
                base = nil
                continue
            }
            if let letter = letters[byte] {
                scalars.append(contentsOf: letter.unicodeScalars)
                base = letter.unicodeScalars.first
                continue
            }
            let scalar = Unicode.Scalar(byte)
            scalars.append(scalar)
            base = scalar
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
