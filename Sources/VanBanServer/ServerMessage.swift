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
        case .unsaved: .serverUnsaved
        case .badOperation: .serverBadOperation
        case .noSuchTarget: .serverNoSuchTarget
        case .emptyArticle: .serverEmptyArticle
        }
    }

    public var severity: Severity {
        switch self {
        case .saved, .userAdded, .listening, .unsaved: .note
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
         .unsaved, .badOperation(op: "…"), .noSuchTarget(target: "…"), .emptyArticle(article: "Điều 1")]
    }
}
