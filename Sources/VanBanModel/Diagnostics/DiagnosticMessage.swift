import Foundation

/// A user-facing message: a stable code, a severity and a text in every language. The library's
/// messages are `Message`; the command line adds its own (options, files) in its layer.
public protocol DiagnosticMessage: Sendable {
    /// The stable code.
    var code: MessageCode { get }
    /// How serious it is; fixed per message.
    var severity: Severity { get }
    /// The text in a language, arguments in place.
    func text(in language: Language) -> String
}

/// Why a file could not be read or written, in words a clerk understands.
public enum FileProblem: Sendable, Hashable {
    case noSuchFile
    case permissionDenied
    case notUTF8
    case notAFile
    case diskFull
    case brokenPipe
    case readOnly
    case fileTooLarge
    /// Any other system error, by errno.
    case system(Int32)

    /// The problem for an errno value.
    public init(errno code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self = .noSuchFile
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .notAFile
        case ENOSPC, EDQUOT: self = .diskFull
        case EPIPE: self = .brokenPipe
        case EROFS: self = .readOnly
        case EFBIG: self = .fileTooLarge
        default: self = .system(code)
        }
    }

    /// The problem behind a Foundation error, when it carries a POSIX code.
    public init(_ error: Error) {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(underlying.code))
        } else if nsError.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(nsError.code))
        } else if nsError.domain == NSCocoaErrorDomain, [4, 260].contains(nsError.code) {
            self = .noSuchFile
        } else if nsError.domain == NSCocoaErrorDomain, [257, 513].contains(nsError.code) {
            self = .permissionDenied
        } else if nsError.domain == NSCocoaErrorDomain, nsError.code == 640 {
            self = .diskFull
        } else {
            self = .system(0)
        }
    }

    /// The words for the problem.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.noSuchFile, .vi): "không có tệp này"
        case (.noSuchFile, .en): "no such file"
        case (.permissionDenied, .vi): "không có quyền truy cập"
        case (.permissionDenied, .en): "permission denied"
        case (.notUTF8, .vi): "không phải văn bản UTF-8"
        case (.notUTF8, .en): "not UTF-8 text"
        case (.notAFile, .vi): "đây là thư mục, không phải tệp"
        case (.notAFile, .en): "a folder, not a file"
        case (.diskFull, .vi): "đĩa đã đầy"
        case (.diskFull, .en): "the disk is full"
        case (.brokenPipe, .vi): "chương trình nhận dữ liệu đã đóng"
        case (.brokenPipe, .en): "the receiving program closed the pipe"
        case (.readOnly, .vi): "ổ đĩa chỉ cho phép đọc"
        case (.readOnly, .en): "read-only file system"
        case (.fileTooLarge, .vi): "tệp lớn hơn mức hệ thống cho phép"
        case (.fileTooLarge, .en): "the file is larger than this system allows"
        case let (.system(code), .vi): "lỗi hệ thống số \(code)"
        case let (.system(code), .en): "system error \(code)" + (code == 0 ? "" : " (\(String(cString: strerror(code))))")
        }
    }
}

/// The shape of a data value, named in messages about the wrong one.
public enum ValueShape: Sendable, Hashable {
    case mapping, text, wholeNumber, number, list, listOfTexts, scalar, null

    /// The shape's name.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.mapping, .vi): "một bảng khóa (khóa: giá trị)"
        case (.mapping, .en): "a mapping (key: value)"
        case (.text, .vi): "một đoạn chữ"
        case (.text, .en): "a text"
        case (.wholeNumber, .vi): "một số nguyên"
        case (.wholeNumber, .en): "a whole number"
        case (.number, .vi): "một số"
        case (.number, .en): "a number"
        case (.list, .vi): "một danh sách"
        case (.list, .en): "a list"
        case (.listOfTexts, .vi): "một danh sách các đoạn chữ"
        case (.listOfTexts, .en): "a list of texts"
        case (.scalar, .vi): "một giá trị đơn"
        case (.scalar, .en): "a single value"
        case (.null, .vi): "giá trị rỗng"
        case (.null, .en): "null"
        }
    }
}
