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

    // VB6xx: PDF output, signature fields and batch rendering.
    case libreOfficeMissing = "VB601"
    case libreOfficeFailed = "VB602"
    case libreOfficeTimeout = "VB603"
    case fontSubstituted = "VB604"
    case pdfUnreadable = "VB605"
    case pdfCrossReferenceStream = "VB606"
    case signaturePlaceMissing = "VB607"
    case batchSummary = "VB608"
    case batchFailures = "VB609"
    case outputNotDirectory = "VB610"
    case duplicateOutput = "VB611"
    case noProfiles = "VB612"
    case noAttachments = "VB613"
    case batchWrote = "VB614"
    case progressDocuments = "VB615"
    case progressPDF = "VB616"
    case batchFailed = "VB617"
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
        .libreOfficeMissing: ("không tìm thấy LibreOffice (soffice) để xuất PDF; cài gói libreoffice-writer-nogui hoặc đặt VANBAN_SOFFICE",
                              "LibreOffice (soffice) is needed for PDF and was not found; install libreoffice-writer-nogui or set VANBAN_SOFFICE"),
        .libreOfficeFailed: ("LibreOffice không chuyển được {0} sang PDF: {1}", "LibreOffice could not convert {0} to PDF: {1}"),
        .libreOfficeTimeout: ("LibreOffice chưa chuyển xong {0} sau {1} giây nên đã bị dừng (đặt VANBAN_PDF_TIMEOUT để cho thêm thời gian)",
                              "LibreOffice had not converted {0} after {1} seconds and was stopped (set VANBAN_PDF_TIMEOUT to allow more time)"),
        .fontSubstituted: ("máy chưa cài phông Times New Roman; PDF dùng Liberation Serif, phông cùng kích thước chữ",
                           "Times New Roman is not installed; the PDF uses Liberation Serif, its metric twin"),
        .pdfUnreadable: ("không đọc được cấu trúc PDF {0}: {1}", "cannot read the PDF structure of {0}: {1}"),
        .pdfCrossReferenceStream: ("PDF {0} dùng bảng tham chiếu dạng luồng (xref stream); chưa hỗ trợ thêm ô ký vào loại tệp này",
                                   "{0} uses a cross-reference stream; adding signature fields to such files is not supported"),
        .signaturePlaceMissing: ("{0}: không thấy chỗ ký của người ký (văn bản không có phần chữ ký?); PDF không có ô ký nguoi-ky",
                                 "{0}: no place for the signer's signature found (no signature block?); the PDF has no nguoi-ky field"),
        .batchSummary: ("{0} văn bản: {1} thành công, {2} lỗi", "{0} documents: {1} succeeded, {2} failed"),
        .batchFailures: ("không tạo được: {0}", "not made: {0}"),
        .outputNotDirectory: ("{0} không phải là thư mục: khi có nhiều tệp vào hoặc nhiều định dạng, -o phải là một thư mục",
                              "{0} is not a folder: with several inputs or formats, -o must name a folder"),
        .duplicateOutput: ("{1} và {2} cùng cho ra tệp {0}; đổi tên một trong hai", "{1} and {2} would both write {0}; rename one of them"),
        .noProfiles: ("thư mục {0} không có hồ sơ .yaml nào", "the folder {0} holds no .yaml profile"),
        .noAttachments: ("văn bản không có văn bản kèm theo; --split-attachments không có gì để tách", "the document has no attachment; --split-attachments has nothing to split"),
        .batchWrote: ("đã ghi {0}", "wrote {0}"),
        .progressDocuments: ("tạo văn bản", "rendering"),
        .progressPDF: ("chuyển sang PDF", "converting to PDF"),
        .batchFailed: ("{0}: {1}", "{0}: {1}"),
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
