import Foundation
import VanBanModel

/// Turns the bytes of a legacy text into a String: UTF-8 (with or without BOM), UTF-16 with a
/// BOM, a pre-Unicode Vietnamese code page (Windows-1258, TCVN3, VISCII), else Windows-1252.
enum TextDecoding {
    static func decode(_ data: Data, file: String?) -> (text: String, diagnostics: [Diagnostic]) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(data: data.dropFirst(3), encoding: .utf8) { return (text, []) }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16) {
            return (text, [])
        }
        if let text = String(data: data, encoding: .utf8) { return (text, []) }
        // Not UTF-8: a pre-Unicode Vietnamese code page, else Windows-1252 so that every byte
        // stays readable; say which reading was used.
        if let (text, encoding) = LegacyEncodings.decode(data) {
            return (text, [Diagnostic(Message.legacyEncoding(encoding), at: SourceLocation(file: file, line: 1))])
        }
        let text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        return (text, [Diagnostic(Message.legacyEncoding("Windows-1252"), at: SourceLocation(file: file, line: 1))])
    }
}
