import Foundation

/// The language of user-facing messages.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// From an environment value such as "en", "en_US.UTF-8" or "vi"; Vietnamese otherwise.
    public init(environmentValue: String?) {
        self = (environmentValue?.lowercased().hasPrefix("en") ?? false) ? .en : .vi
    }
}

/// Stable message codes. A code never changes meaning; retired codes are not reused.
///
/// VB0xx: data files. VB1xx: structure found while importing or checking. VB2xx: the command line.
public enum MessageCode: String, Sendable, Hashable, CaseIterable {
    case fileUnreadable = "VB001"
    case syntax = "VB002"
    case notADate = "VB003"
    case missingField = "VB004"
    case wrongType = "VB005"
    case unknownKind = "VB006"
    case unknownField = "VB007"
    case notAnInteger = "VB008"
    case unknownAuthority = "VB009"
    case duplicateKey = "VB010"
    case notNFC = "VB011"
    case emptyDocument = "VB012"

    case outputExists = "VB201"
    case unknownFormat = "VB202"
    case notAvailable = "VB203"
    case cannotWrite = "VB204"
    case cannotConvert = "VB205"
    case badReferenceDocument = "VB206"
    case badTemplate = "VB207"
}

/// The one catalog of user-facing messages, in Vietnamese and English. `{0}`, `{1}` … are arguments.
public enum MessageCatalog {
    static let entries: [MessageCode: (vi: String, en: String)] = [
        .fileUnreadable: ("không đọc được tệp {0}: {1}", "cannot read file {0}: {1}"),
        .syntax: ("lỗi cú pháp {0}: {1}", "{0} syntax error: {1}"),
        .notADate: ("{0}: \"{1}\" không phải là ngày hợp lệ (viết yyyy-mm-dd, ví dụ 2025-10-07)",
                    "{0}: \"{1}\" is not a date (write yyyy-mm-dd, e.g. 2025-10-07)"),
        .missingField: ("{0}: thiếu trường bắt buộc \"{1}\"", "{0}: missing required field \"{1}\""),
        .wrongType: ("{0}: cần {1}, nhưng gặp {2}", "{0}: expected {1}, found {2}"),
        .unknownKind: ("{0}: \"{1}\" không phải là loại văn bản đã biết (ví dụ: quyet-dinh, quy-che, quy-dinh, ke-hoach)",
                       "{0}: \"{1}\" is not a known document kind (e.g. quyet-dinh, quy-che, quy-dinh, ke-hoach)"),
        .unknownField: ("{0}: trường \"{1}\" không được dùng, đã bỏ qua", "{0}: unknown field \"{1}\" ignored"),
        .notAnInteger: ("{0}: \"{1}\" không phải là số nguyên dương", "{0}: \"{1}\" is not a positive whole number"),
        .unknownAuthority: ("{0}: \"{1}\" không phải là quyền hạn ký (TM., KT., Q., TL., TUQ.)",
                            "{0}: \"{1}\" is not a signing authority (TM., KT., Q., TL., TUQ.)"),
        .duplicateKey: ("{0}: khóa \"{1}\" xuất hiện hai lần", "{0}: key \"{1}\" appears twice"),
        .notNFC: ("văn bản không ở dạng Unicode dựng sẵn (NFC), đã chuẩn hóa", "text was not in precomposed Unicode (NFC); normalised"),
        .emptyDocument: ("tệp không có nội dung", "the file is empty"),
        .outputExists: ("tệp {0} đã tồn tại; dùng --force để ghi đè", "{0} already exists; use --force to overwrite it"),
        .unknownFormat: ("không biết định dạng \"{0}\" (dùng: {1})", "unknown format \"{0}\" (use: {1})"),
        .notAvailable: ("lệnh \"{0}\" chưa có trong phiên bản này", "the \"{0}\" command is not available yet"),
        .cannotWrite: ("không ghi được {0}: {1}", "cannot write {0}: {1}"),
        .cannotConvert: ("không chuyển được sang {0}: {1}", "cannot convert to {0}: {1}"),
        .badReferenceDocument: ("không dùng được tệp mẫu DOCX {0}: {1}", "cannot use the reference DOCX {0}: {1}"),
        .badTemplate: ("mẫu {0} bị lỗi: {1}", "template {0} is broken: {1}"),
    ]

    /// The message for a code with its arguments substituted.
    public static func text(_ code: MessageCode, _ arguments: [String], in language: Language) -> String {
        guard let entry = entries[code] else { return code.rawValue + " " + arguments.joined(separator: " ") }
        var text = language == .vi ? entry.vi : entry.en
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }
}
