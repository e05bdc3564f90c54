import Foundation

/// Splits text into lines at LF, CRLF, CR and form feed, working on bytes: splitting a
/// 300 KB String by Character would spend its time on grapheme breaking.
enum LineSplitter {
    static func lines(_ text: String) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var text = text
        text.withUTF8 { bytes in
            var line = 1
            var start = 0
            var index = 0
            func piece(_ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
            while index < bytes.count {
                switch bytes[index] {
                case 0x0A:
                    result.append((line, piece(index)))
                    line += 1
                    start = index + 1
                case 0x0D:
                    result.append((line, piece(index)))
                    line += 1
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                case 0x0C:
                    // A form feed from PDF extraction separates pages, not lines.
                    result.append((line, piece(index)))
                    start = index + 1
                default:
                    break
                }
                index += 1
            }
            result.append((line, piece(bytes.count)))
        }
        return result
    }
}
