#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Vietnamese texts from before Unicode: Windows-1258 (Word's "Vietnamese" code page, with
/// combining tone marks), TCVN 5712 (the ABC/.Vn fonts) and VISCII. The system's iconv
/// converts; this picks the reading that looks most like Vietnamese.
enum LegacyEncodings {
    /// iconv names and the names messages use.
    static let candidates: [(iconv: String, name: String)] = [("CP1258", "Windows-1258"), ("TCVN5712-1", "TCVN3 (TCVN 5712)"), ("VISCII", "VISCII")]

    /// The best Vietnamese reading of non-UTF-8 bytes, with the encoding's name; nil when none
    /// looks Vietnamese.
    static func decode(_ data: Data) -> (text: String, encoding: String)? {
        var best: (text: String, encoding: String, score: Double)?
        for candidate in candidates {
            guard let text = convert(data, from: candidate.iconv) else { continue }
            let score = vietnameseScore(text)
            if score > (best?.score ?? 0.02) { best = (text, candidate.name, score) }
        }
        return best.map { ($0.text, $0.encoding) }
    }

    /// The share of letters that only Vietnamese uses (ă â đ ê ô ơ ư, the tone-marked vowels,
    /// combining tone marks), plus a bonus for the commonest words of administrative texts.
    static func vietnameseScore(_ text: String) -> Double {
        var letters = 0, vietnamese = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x0323, 0x1EA0...0x1EF9, 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x00C0...0x00FD:
                vietnamese += 1
                letters += 1
            default:
                if scalar.properties.isAlphabetic { letters += 1 }
            }
        }
        guard letters > 0 else { return 0 }
        let normalized = text.precomposedStringWithCanonicalMapping
        let words = ["của", "và", "ngày", "tháng", "năm", "Điều", "được", "trong", "các", "quyết định"]
        let bonus = words.reduce(0.0) { $0 + (normalized.containsBytes($1) ? 0.01 : 0) }
        return Double(vietnamese) / Double(letters) + bonus
    }

    /// Converts with iconv; nil when the bytes are not valid in that encoding.
    static func convert(_ data: Data, from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (index, byte) in raw.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        var output = [CChar](repeating: 0, count: data.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 || inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output.prefix(produced).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
