/// Decodes the HTML character references web exports leave in text, in one left-to-right pass:
/// what a reference produces is never read again, so "&amp;lt;" is "&lt;" every time, and the
/// work is linear in the text. A numeric reference to no character, or to a control character
/// (`&#0;`, `&#27;`, a surrogate, past U+10FFFF), is removed and returned for a warning.
enum EntityDecoding {
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ndash": "–", "mdash": "—", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…",
    ]
    /// Longest name or number kept between `&` and `;`; anything longer is plain text.
    static let longestReference = 10

    /// The decoded text and the invalid references removed from it, as written.
    static func decode(_ text: String) -> (text: String, invalid: [String]) {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return (text, []) }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var invalid: [String] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let end = scalars[(index + 1)...].prefix(longestReference + 1).firstIndex(of: ";") else {
                result.append(scalar)
                index += 1
                continue
            }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            if let value = named[body] {
                result.append(contentsOf: value.unicodeScalars)
            } else if body.hasPrefix("#"), let number = number(body.dropFirst()) {
                if let decoded = Unicode.Scalar(number), isAllowed(decoded) {
                    result.append(decoded)
                } else {
                    invalid.append("&\(body);")
                }
            } else {
                // Not a reference we know: the text as written.
                result.append(scalar)
                index += 1
                continue
            }
            index = end + 1
        }
        return (String(result), invalid)
    }

    private static func number(_ body: Substring) -> UInt32? {
        if body.first == "x" || body.first == "X" {
            let digits = body.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isHexDigit) else { return nil }
            return UInt32(digits, radix: 16) ?? UInt32.max
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt32(body) ?? UInt32.max
    }

    /// Characters a reference may produce: not NUL or another C0/C1 control, not a noncharacter.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A { return true }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }
}
