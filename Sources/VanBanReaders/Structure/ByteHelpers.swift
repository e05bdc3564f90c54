import Foundation
import VanBanModel

/// Byte-level string helpers for the reader's hot loop: Foundation's `contains` and
/// `trimmingCharacters` bridge to NSString and cost more than the rest of a line's work.
extension StringProtocol {
    /// True when the UTF-8 bytes of `needle` occur in the string.
    func containsBytes(_ needle: String) -> Bool {
        String(self).firstByteRange(of: needle) != nil
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
