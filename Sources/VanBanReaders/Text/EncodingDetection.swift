import Foundation
import VanBanModel

/// Decides how to read the bytes of a text on the whole text, so that one stray byte cannot flip
/// the decision: a byte-order mark names the encoding (UTF-32 is tested before UTF-16, whose
/// mark is a prefix of it); text that is nearly all valid UTF-8 is UTF-8, its bad bytes replaced
/// with U+FFFD and reported with their line; only text with little valid UTF-8 is a legacy code page.
enum EncodingDetection {
    /// Invalid bytes allowed per valid multibyte UTF-8 sequence before the text counts as not UTF-8.
    static let invalidShare = 0.1
    /// Lines reported one by one; the rest are counted in the last message.
    static let reportedLines = 20

    /// What a scan of the bytes as UTF-8 found.
    struct UTF8Scan {
        /// Valid sequences of two to four bytes.
        var multibyte = 0
        /// Bytes that start no valid sequence.
        var invalid = 0
        /// Invalid byte counts by 1-based line, in order.
        var invalidByLine: [(line: Int, count: Int)] = []
    }

    /// Scans the bytes as UTF-8 in one pass.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Scan {
        var result = UTF8Scan()
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                result.multibyte += 1
                index += length
            } else {
                result.invalid += 1
                if let last = result.invalidByLine.last, last.line == line {
                    result.invalidByLine[result.invalidByLine.count - 1].count += 1
                } else {
                    result.invalidByLine.append((line, 1))
                }
                index += 1
            }
        }
        return result
    }

    /// The length of the valid UTF-8 sequence starting at `index` (2–4), or 0 when it is not one
    /// (overlong forms, surrogates and values past U+10FFFF included).
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// The text and what was noticed about its encoding.
    static func decode(_ data: Data, file: String?) -> (text: String, diagnostics: [Diagnostic]) {
        if data.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (utf32(data.dropFirst(4), bigEndian: false), []) }
        if data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (utf32(data.dropFirst(4), bigEndian: true), []) }
        if data.starts(with: [0xFF, 0xFE]) { return (utf16(data.dropFirst(2), bigEndian: false), []) }
        if data.starts(with: [0xFE, 0xFF]) { return (utf16(data.dropFirst(2), bigEndian: true), []) }
        let body: Data = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Data(data.dropFirst(3)) : data
        let scan: UTF8Scan = body.withUnsafeBytes { raw in Self.scan(raw.bindMemory(to: UInt8.self)) }
        let text = String(decoding: body, as: UTF8.self)
        if scan.invalid == 0 { return (text, []) }
        if scan.multibyte > 0, Double(scan.invalid) <= Double(scan.multibyte) * invalidShare {
            return (text, report(scan, file: file))
        }
        // Little valid UTF-8: a pre-Unicode Vietnamese code page, else Windows-1252 so that
        // every byte stays readable; say which reading was used.
        if let (legacy, encoding) = LegacyEncodings.decode(Data(body)) {
            return (legacy, [Diagnostic(Message.legacyEncoding(encoding), at: SourceLocation(file: file, line: 1))])
        }
        let latin = String(data: Data(body), encoding: .windowsCP1252) ?? text
        return (latin, [Diagnostic(Message.legacyEncoding("Windows-1252"), at: SourceLocation(file: file, line: 1))])
    }

    private static func report(_ scan: UTF8Scan, file: String?) -> [Diagnostic] {
        var result = scan.invalidByLine.prefix(reportedLines).map {
            Diagnostic(Message.invalidUTF8(bytes: $0.count), at: SourceLocation(file: file, line: $0.line))
        }
        if scan.invalidByLine.count > reportedLines {
            let rest = scan.invalidByLine.dropFirst(reportedLines)
            result.append(Diagnostic(Message.invalidUTF8(bytes: rest.reduce(0) { $0 + $1.count }),
                                     at: SourceLocation(file: file, line: rest.first!.line)))
        }
        return result
    }

    private static func utf16(_ data: Data, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = data.startIndex
        while index + 1 < data.endIndex {
            let first = UInt16(data[index]), second = UInt16(data[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if index < data.endIndex { units.append(0xFFFD) }
        return String(decoding: units, as: UTF16.self)
    }

    private static func utf32(_ data: Data, bigEndian: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        var index = data.startIndex
        while index + 3 < data.endIndex {
            let bytes = (0..<4).map { UInt32(data[index + $0]) }
            let value = bigEndian ? bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]
                                  : bytes[3] << 24 | bytes[2] << 16 | bytes[1] << 8 | bytes[0]
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += 4
        }
        if index < data.endIndex { scalars.append("\u{FFFD}") }
        return String(scalars)
    }
}
