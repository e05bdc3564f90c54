import Foundation

/// Byte-level string helpers for the reader's hot loop: Foundation's `contains` and
/// `trimmingCharacters` bridge to NSString and cost more than the rest of a line's work.
extension StringProtocol {
    /// True when the UTF-8 bytes of `needle` occur in the string.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            let search: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
                guard bytes.count >= pattern.count else { return false }
                var index = 0
                let last = bytes.count - pattern.count
                while index <= last {
                    if bytes[index] == first, memcmp(bytes.baseAddress! + index, pattern.baseAddress!, pattern.count) == 0 { return true }
                    index += 1
                }
                return false
            }
            if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
            return Array(utf8).withUnsafeBufferPointer(search)
        }
    }

    /// The string without leading and trailing spaces (U+0020 only, which the cleaner has made all spaces).
    func trimmedSpaces() -> String {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}

/// Splits text into lines at LF, CRLF, CR and form feed, working on bytes: splitting a
/// 300 KB String by Character would spend its time on grapheme breaking.
enum LineSplitter {
    static func lines(_ text: String) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var line = 1
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        func piece(_ end: String.Index) -> String { String(decoding: utf8[start..<end], as: UTF8.self) }
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case 0x0A:
                result.append((line, piece(index)))
                line += 1
                start = utf8.index(after: index)
            case 0x0D:
                result.append((line, piece(index)))
                line += 1
                var next = utf8.index(after: index)
                if next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
                continue
            case 0x0C:
                // A form feed from PDF extraction separates pages, not lines.
                result.append((line, piece(index)))
                start = utf8.index(after: index)
            default:
                break
            }
            index = utf8.index(after: index)
        }
        result.append((line, piece(utf8.endIndex)))
        return result
    }
}
