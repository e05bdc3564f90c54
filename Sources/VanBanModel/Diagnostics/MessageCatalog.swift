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
    case yamlAlias = "VB013"
    case inputTooLarge = "VB014"
    case notOneLine = "VB015"
    case notABoolean = "VB016"
    case pageSetupOutOfRange = "VB017"

    case numberingGap = "VB101"
    case numberingDuplicate = "VB102"
    case numberingOrder = "VB103"
    case pointLetter = "VB104"
    case attachmentNumberMismatch = "VB105"
    case attachmentDateMismatch = "VB106"
    case dateLeadingZero = "VB107"
    case numberLeadingZero = "VB108"
    case missingHeader = "VB109"
    case mixedBulletsAndClauses = "VB110"
    case unplacedText = "VB111"
    case legacyEncoding = "VB112"
    case quotedArticle = "VB113"
    case numberFromAttachment = "VB114"
    case arabicChapterNumber = "VB115"
    case unparsedNumber = "VB116"
    case numberingStart = "VB117"
    case invalidCharacterReference = "VB118"
    case invalidUTF8 = "VB119"

    case profileMissing = "VB301"
    case profileUnknown = "VB302"
    case brokenReference = "VB303"
    case unknownTemplate = "VB304"
    case templateSyntax = "VB305"

    case outputExists = "VB201"
    case unknownFormat = "VB202"
    case notAvailable = "VB203"
    case cannotWrite = "VB204"
    case cannotConvert = "VB205"
    case badReferenceDocument = "VB206"
    case badTemplate = "VB207"
    case binaryToTerminal = "VB208"
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
        .yamlAlias: ("{0}: không dùng neo và bí danh YAML (&, *); hãy viết giá trị ra đầy đủ",
                     "{0}: YAML anchors and aliases (&, *) are not supported; write the value out"),
        .inputTooLarge: ("{0} dài hơn giới hạn {1} byte (đổi bằng --max-input-size hoặc VANBAN_MAX_INPUT_SIZE)",
                         "{0} is larger than the limit of {1} bytes (change it with --max-input-size or VANBAN_MAX_INPUT_SIZE)"),
        .notOneLine: ("{0}: phải viết trên một dòng", "{0}: must be written on one line"),
        .notABoolean: ("{0}: \"{1}\" không phải là có hoặc không (viết true/false, có/không)",
                       "{0}: \"{1}\" is not yes or no (write true/false, có/không)"),
        .pageSetupOutOfRange: ("{0}: {1} = {2} nằm ngoài khoảng cho phép {3}", "{0}: {1} = {2} is outside the allowed range {3}"),
        .numberingGap: ("{0} {1} đứng sau {0} {2}: thiếu {3}", "{0} {1} follows {0} {2}: {3} missing"),
        .numberingStart: ("{0} đầu tiên là {0} {1}: thiếu {2}", "the first {0} is {0} {1}: {2} missing"),
        .numberingDuplicate: ("{0} {1} xuất hiện hai lần", "{0} {1} appears twice"),
        .numberingOrder: ("{0} {1} đứng sau {0} {2}: sai thứ tự", "{0} {1} follows {0} {2}: out of order"),
        .pointLetter: ("điểm \"{0})\" không theo thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g, h, i, k …){1}",
                       "point \"{0})\" is outside the Vietnamese letter order (a, b, c, d, đ, e, g, h, i, k …){1}"),
        .attachmentNumberMismatch: ("số ký hiệu ở dòng \"Ban hành kèm theo\" ({0}) khác với số của quyết định ({1})",
                                    "the number in the \"Ban hành kèm theo\" line ({0}) differs from the decision's ({1})"),
        .attachmentDateMismatch: ("ngày ở dòng \"Ban hành kèm theo\" ({0}) khác với ngày của quyết định ({1})",
                                  "the date in the \"Ban hành kèm theo\" line ({0}) differs from the decision's ({1})"),
        .dateLeadingZero: ("\"{0}\": Nghị định 30 viết ngày 1–9 và tháng 1–2 có số 0 ở trước, tháng 3–12 thì không (viết \"{1}\")",
                           "\"{0}\": Nghị định 30 writes days 1–9 and months 1–2 with a leading zero, months 3–12 without (write \"{1}\")"),
        .numberLeadingZero: ("\"{0}\": số nhỏ hơn 10 phải có số 0 ở trước (viết \"{1}\")", "\"{0}\": numbers below 10 take a leading zero (write \"{1}\")"),
        .missingHeader: ("không thấy {0}", "no {0} found"),
        .mixedBulletsAndClauses: ("Điều {0} vừa có gạch đầu dòng vừa có khoản đánh số", "Điều {0} mixes bullets and numbered clauses"),
        .unplacedText: ("không xếp được vào cấu trúc văn bản, giữ lại như đoạn văn: \"{0}\"", "could not be placed in the structure, kept as a paragraph: \"{0}\""),
        .legacyEncoding: ("tệp không phải UTF-8; đã đọc theo bảng mã {0}", "the file is not UTF-8; read as {0}"),
        .quotedArticle: ("\"{0}\" nằm trong ngoặc kép: coi là nội dung, không phải một điều", "\"{0}\" is quoted: read as content, not as an article"),
        .numberFromAttachment: ("quyết định không có {0}; lấy từ dòng \"Ban hành kèm theo\": {1}", "the decision has no {0}; taken from the \"Ban hành kèm theo\" line: {1}"),
        .arabicChapterNumber: ("\"{0}\": chương đánh số La Mã (Chương {1})", "\"{0}\": chapters take Roman numerals (Chương {1})"),
        .invalidCharacterReference: ("\"{0}\" không phải là ký tự hợp lệ; đã bỏ", "\"{0}\" is not a valid character; removed"),
        .invalidUTF8: ("{0} byte không hợp lệ trong UTF-8 ở dòng này; đã thay bằng \u{FFFD}", "{0} byte(s) on this line are not valid UTF-8; replaced with \u{FFFD}"),
        .unparsedNumber: ("không đọc được số ký hiệu \"{0}\"; giữ nguyên", "cannot read the number \"{0}\"; kept as written"),
        .profileMissing: ("hồ sơ trường thiếu {0} trường mà mẫu \"{1}\" cần: {2}", "the profile lacks {0} field(s) the template \"{1}\" needs: {2}"),
        .profileUnknown: ("{0}: mẫu \"{1}\" không dùng trường này, đã bỏ qua", "{0}: the template \"{1}\" does not use this field; ignored"),
        .brokenReference: ("\"{0}\" trong {1} trỏ tới phần không còn trong văn bản sau khi áp dụng các tùy chọn", "\"{0}\" in {1} points at a part that is not in the document once the options are applied"),
        .unknownTemplate: ("không có mẫu \"{0}\" (các mẫu có: {1})", "there is no template \"{0}\" (available: {1})"),
        .templateSyntax: ("{0}: {1}", "{0}: {1}"),
        .outputExists: ("tệp {0} đã tồn tại; dùng --force để ghi đè", "{0} already exists; use --force to overwrite it"),
        .unknownFormat: ("không biết định dạng \"{0}\" (dùng: {1})", "unknown format \"{0}\" (use: {1})"),
        .notAvailable: ("lệnh \"{0}\" chưa có trong phiên bản này", "the \"{0}\" command is not available yet"),
        .cannotWrite: ("không ghi được {0}: {1}", "cannot write {0}: {1}"),
        .cannotConvert: ("không chuyển được sang {0}: {1}", "cannot convert to {0}: {1}"),
        .badReferenceDocument: ("không dùng được tệp mẫu DOCX {0}: {1}", "cannot use the reference DOCX {0}: {1}"),
        .binaryToTerminal: ("không in tệp {0} ra màn hình; dùng -o TỆP.{0} hoặc chuyển hướng (> tệp)", "will not print a {0} file to the terminal; use -o FILE.{0} or redirect (> file)"),
        .badTemplate: ("mẫu {0} bị lỗi: {1}", "template {0} is broken: {1}"),
    ]

    /// The message for a code with its arguments substituted.
    public static func text(_ code: MessageCode, _ arguments: [String], in language: Language) -> String {
        guard let entry = entries[code] else { return code.rawValue + " " + arguments.joined(separator: " ") }
        var text = language == .vi ? entry.vi : entry.en
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: printable(argument))
        }
        return text
    }

    /// An argument as it may be shown on a terminal: control characters (ESC sequences from an
    /// imported file, NUL, C1 codes) become visible `\u{1B}` escapes, so a message can never
    /// drive the terminal; a line break becomes a space.
    static func printable(_ argument: String) -> String {
        guard argument.unicodeScalars.contains(where: isControl) else { return argument }
        var result = ""
        for scalar in argument.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                result.append(" ")
            } else if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
