import Foundation
import VanBanModel

/// Turns the bytes of a legacy text into a String: UTF-8 (with or without BOM), UTF-16 or
/// UTF-32 with a BOM, a pre-Unicode Vietnamese code page (Windows-1258, TCVN3, VISCII), else
/// Windows-1252. `EncodingDetection` decides on the whole text.
enum TextDecoding {
    static func decode(_ data: Data, file: String?) -> (text: String, diagnostics: [Diagnostic]) {
        EncodingDetection.decode(data, file: file)
    }
}
