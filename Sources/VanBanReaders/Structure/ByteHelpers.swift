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

    /// True when the string's UTF-8 holds the byte (memchr over contiguous storage).
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) { return found }
        return utf8.contains(byte)
    }

    /// The string without leading and trailing spaces (U+0020 only, which the cleaner has made all spaces).
    func trimmedSpaces() -> String {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
