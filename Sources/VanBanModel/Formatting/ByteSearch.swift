#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Where `needle` first occurs, compared on UTF-8 bytes. Both sides NFC, bytes decide as
    /// characters would, far faster than Foundation's `range(of:)` or the standard library's
    /// generic `firstRange`, which dominated matching over long regulations.
    public func firstByteRange(of needle: String) -> Range<String.Index>? {
        var text = self, needle = needle
        let offset: Int? = text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return 0 }
                guard bytes.count >= pattern.count else { return nil }
                for index in 0...(bytes.count - pattern.count) where bytes[index] == first {
                    if memcmp(bytes.baseAddress! + index, pattern.baseAddress!, pattern.count) == 0 { return index }
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}
