import VanBanModel

/// The workbench's messages (VB8xx), in Vietnamese and English, beside the server that says them.
public enum ServerMessage: DiagnosticMessage, Hashable {
    case bodyTooLarge(limit: String)
    case unknownFormat(value: String, known: String)
    case draftStale(version: String, by: String, at: String)
    case draftNotFound(id: String)
    case draftIssued(id: String)
    case forbidden(role: String)
    case signInRequired
    case csrf
    case badCredentials
    case noUsers(host: String)
    case badForm(field: String, detail: String)
    case renderFailed(format: String, detail: String)
    case saved(version: String)
    case notFound(path: String)
    case userAdded(name: String, role: String)
    case emptyPassword
    case badName(name: String)
    case listening(address: String)
    case rowIncomplete(list: String, row: String, field: String)
    case profileFieldMissing(field: String, template: String)
    case wordDocRefused(name: String)
    case uploadKindRefused(name: String)
    case multipartMalformed(problem: MultipartProblem)
    case importEmpty
    case profileSaved(organisation: String)
    case unsaved
    case badOperation(op: String)
    case noSuchTarget(target: String)
    case emptyArticle(article: String)

    public var code: MessageCode {
        switch self {
        case .bodyTooLarge: .serverBodyTooLarge
        case .unknownFormat: .serverUnknownFormat
        case .draftStale: .serverDraftStale
        case .draftNotFound: .serverDraftNotFound
        case .draftIssued: .serverDraftIssued
        case .forbidden: .serverForbidden
        case .signInRequired: .serverSignInRequired
        case .csrf: .serverCSRF
        case .badCredentials: .serverBadCredentials
        case .noUsers: .serverNoUsers
        case .badForm: .serverBadForm
        case .renderFailed: .serverRenderFailed
        case .saved: .serverSaved
        case .notFound: .serverNotFound
        case .userAdded: .serverUserAdded
        case .emptyPassword: .serverEmptyPassword
        case .badName: .serverBadName
        case .listening: .serverListening
        case .rowIncomplete: .serverRowIncomplete
        case .profileFieldMissing: .serverProfileFieldMissing
        case .wordDocRefused: .serverWordDocRefused
        case .uploadKindRefused: .serverUploadKindRefused
        case .multipartMalformed: .serverMultipartMalformed
        case .importEmpty: .serverImportEmpty
        case .profileSaved: .serverProfileSaved
        case .unsaved: .serverUnsaved
        case .badOperation: .serverBadOperation
        case .noSuchTarget: .serverNoSuchTarget
        case .emptyArticle: .serverEmptyArticle
        }
    }

    public var severity: Severity {
        switch self {
        case .saved, .userAdded, .listening, .profileSaved, .unsaved: .note
        case .emptyArticle: .warning
        default: .error
        }
    }

    public func text(in language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var vietnamese: String {
        switch self {
        case let .bodyTooLarge(limit): "nội dung gửi lên quá lớn; giới hạn là \(limit)"
        case let .unknownFormat(value, known): "không có định dạng \"\(value)\"; hãy chọn một trong: \(known)"
        case let .draftStale(version, by, at): "dự thảo đã được \(by) lưu lúc \(at) (lần lưu thứ \(version)) sau khi bạn mở; thay đổi của bạn chưa được lưu, hãy xem bản mới rồi sửa lại"
        case let .draftNotFound(id): "không có dự thảo số \(id)"
        case let .draftIssued(id): "dự thảo số \(id) đã ban hành nên không được sửa"
        case let .forbidden(role): "vai trò \(role) không được làm việc này"
        case .signInRequired: "cần đăng nhập"
        case .csrf: "thiếu hoặc sai mã chống giả mạo biểu mẫu; hãy tải lại trang rồi làm lại"
        case .badCredentials: "tên đăng nhập hoặc mật khẩu không đúng"
        case let .noUsers(host): "máy chủ nghe trên \(host) (không chỉ máy này) nên cần ít nhất một người dùng; hãy tạo bằng lệnh `vanban users add TÊN --role van-thu`"
        case let .badForm(field, detail): "trường \"\(field)\" không hợp lệ: \(detail)"
        case let .renderFailed(format, detail): "không xuất được định dạng \(format): \(detail)"
        case let .saved(version): "đã lưu (lần lưu thứ \(version))"
        case let .notFound(path): "không có trang \(path)"
        case let .userAdded(name, role): "đã thêm người dùng \(name) với vai trò \(role)"
        case .emptyPassword: "mật khẩu không được để trống"
        case let .badName(name): "tên đăng nhập \"\(name)\" không hợp lệ: chỉ dùng chữ, số, dấu chấm, gạch nối và gạch dưới"
        case let .listening(address): "bàn làm việc vanban đang chạy: mở \(address) trong trình duyệt"
        case let .rowIncomplete(list, row, field): "dòng \(row) của \"\(list)\" còn thiếu \(field)"
        case let .profileFieldMissing(field, template): "mẫu \(template) cần \(field); hãy điền vào ô này"
        case let .wordDocRefused(name): "\(name) là tệp Word 97–2003 (.doc), ở đây không nhận: hãy mở bằng Word hoặc LibreOffice, lưu thành .docx rồi tải lên lại (hoặc dùng lệnh `vanban import`)"
        case let .uploadKindRefused(name): "\(name): chỉ nhận tệp .docx, .txt hoặc .md"
        case let .multipartMalformed(problem): "nội dung tải lên bị hỏng: \(problem.vietnamese)"
        case .importEmpty: "hãy chọn tệp văn bản hoặc dán nội dung vào ô"
        case let .profileSaved(organisation): "đã lưu hồ sơ của \(organisation) để dùng lại lần sau"
        case .unsaved: "đã đổi bố cục nhưng chưa lưu; bấm Lưu để giữ lại"
        case let .badOperation(op): "nút \"\(op)\" không phải thao tác của trình soạn thảo"
        case let .noSuchTarget(target): "không có phần \"\(target)\" trong văn bản để thao tác"
        case let .emptyArticle(article): "\(article) chưa có nội dung"
        }
    }

    private var english: String {
        switch self {
        case let .bodyTooLarge(limit): "the request body is too large; the limit is \(limit)"
        case let .unknownFormat(value, known): "no format \"\(value)\"; choose one of: \(known)"
        case let .draftStale(version, by, at): "the draft was saved by \(by) at \(at) (save \(version)) after you opened it; your changes were not saved, look at the newer version and edit again"
        case let .draftNotFound(id): "no draft \(id)"
        case let .draftIssued(id): "draft \(id) is issued and cannot change"
        case let .forbidden(role): "the role \(role) may not do this"
        case .signInRequired: "sign in first"
        case .csrf: "the form's anti-forgery token is missing or wrong; reload the page and try again"
        case .badCredentials: "wrong user name or password"
        case let .noUsers(host): "the server listens on \(host) (not only this machine), so it needs at least one user; create one with: vanban users add NAME --role van-thu"
        case let .badForm(field, detail): "the field \"\(field)\" is not valid: \(detail)"
        case let .renderFailed(format, detail): "cannot render \(format): \(detail)"
        case let .saved(version): "saved (save \(version))"
        case let .notFound(path): "no page \(path)"
        case let .userAdded(name, role): "added user \(name) with role \(role)"
        case .emptyPassword: "the password must not be empty"
        case let .badName(name): "the user name \"\(name)\" is not valid: use letters, digits, dots, hyphens and underscores"
        case let .listening(address): "the vanban workbench is running: open \(address) in a browser"
        case let .rowIncomplete(list, row, field): "row \(row) of \"\(list)\" lacks \(field)"
        case let .profileFieldMissing(field, template): "the template \(template) needs \(field); fill in this field"
        case let .wordDocRefused(name): "\(name) is a Word 97–2003 file (.doc), not accepted here: open it in Word or LibreOffice, save it as .docx and upload that (or use `vanban import`)"
        case let .uploadKindRefused(name): "\(name): only .docx, .txt and .md files are accepted"
        case let .multipartMalformed(problem): "the upload is malformed: \(problem.english)"
        case .importEmpty: "choose a file or paste the text into the box"
        case let .profileSaved(organisation): "saved the profile of \(organisation) for next time"
        case .unsaved: "the layout changed but is not saved yet; press Save to keep it"
        case let .badOperation(op): "the button \"\(op)\" is not an editor operation"
        case let .noSuchTarget(target): "the document has no part \"\(target)\" to change"
        case let .emptyArticle(article): "\(article) has no text yet"
        }
    }

    /// One example of every case, for the catalog test.
    public static var examples: [ServerMessage] {
        [.bodyTooLarge(limit: "1"), .unknownFormat(value: "…", known: "…"), .draftStale(version: "1", by: "…", at: "…"), .draftNotFound(id: "1"),
         .draftIssued(id: "1"), .forbidden(role: "…"), .signInRequired, .csrf, .badCredentials, .noUsers(host: "…"),
         .badForm(field: "…", detail: "…"), .renderFailed(format: "…", detail: "…"), .saved(version: "1"), .notFound(path: "…"),
         .userAdded(name: "…", role: "…"), .emptyPassword, .badName(name: "…"), .listening(address: "…"),
         .rowIncomplete(list: "…", row: "1", field: "…"), .profileFieldMissing(field: "…", template: "…"), .wordDocRefused(name: "…"),
         .uploadKindRefused(name: "…"), .multipartMalformed(problem: .truncated), .importEmpty, .profileSaved(organisation: "…"),
         .unsaved, .badOperation(op: "…"), .noSuchTarget(target: "…"), .emptyArticle(article: "Điều 1")]
    }
}

/// What is wrong with a multipart/form-data body.
public enum MultipartProblem: Sendable, Hashable {
    /// The Content-Type names no boundary.
    case noBoundary
    /// The body ends before the closing boundary.
    case truncated
    /// A part's headers are longer than allowed.
    case headerTooLong(limit: Int)
    /// A part has no name, or a header line is not understood.
    case badHeader
    /// More parts than a form of ours ever sends.
    case tooManyParts(limit: Int)
    /// A field's text (not a file) is not UTF-8.
    case notUTF8(field: String)

    var vietnamese: String {
        switch self {
        case .noBoundary: "thiếu ranh giới (boundary) trong Content-Type"
        case .truncated: "nội dung bị cắt cụt trước ranh giới cuối"
        case let .headerTooLong(limit): "phần đầu của một mục dài quá \(limit) byte"
        case .badHeader: "phần đầu của một mục không đọc được hoặc thiếu tên trường"
        case let .tooManyParts(limit): "có hơn \(limit) mục"
        case let .notUTF8(field): "trường \"\(field)\" không phải văn bản UTF-8"
        }
    }

    var english: String {
        switch self {
        case .noBoundary: "the Content-Type names no boundary"
        case .truncated: "the body ends before the closing boundary"
        case let .headerTooLong(limit): "a part's headers are longer than \(limit) bytes"
        case .badHeader: "a part's headers cannot be read or name no field"
        case let .tooManyParts(limit): "more than \(limit) parts"
        case let .notUTF8(field): "the field \"\(field)\" is not UTF-8 text"
        }
    }
}
