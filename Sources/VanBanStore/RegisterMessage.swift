import VanBanModel

/// The register's messages: one case per code (VB5xx), each with its words in Vietnamese and
/// English. The codes live in the one list `MessageCode`, the texts here, beside the store.
public enum RegisterMessage: DiagnosticMessage, Hashable {
    case numberUsed(number: String, sequence: String, year: String)
    case alreadyIssued(number: String, date: String)
    case unreachable(address: String, reason: String)
    case schemaTooNew(address: String, found: String, known: String)
    case numberedElsewhere(number: String)
    case frozen(document: String)
    case notFound(number: String, detail: String)
    case ambiguous(number: String, choices: String)
    case connectionLost(address: String, reason: String, attempt: String)
    case alreadyVoid(number: String)
    case noOrganisation
    case duplicateSymbol(number: String, sequence: String, year: String)
    case issued(number: String, date: String, sequence: String, year: String)
    case importRow(detail: String)
    case imported(count: String)
    case badDate(value: String)
    case databaseError(address: String, detail: String)
    case schemeSet(organisation: String, scheme: String)
    case voided(number: String)
    case schemeInUse(year: String, count: String)
    case badAddress(address: String)
    case outputLost(number: String, year: String)
    case importDuplicate(number: String, year: String)
    case noDate(value: String)
    /// `vanban store copy` writes only into an empty database.
    case copyTargetNotEmpty(address: String, table: String, rows: String)
    /// After a copy, a table of the target does not hold as many rows as the source's.
    case copyCountMismatch(table: String, expected: String, found: String)

    public var code: MessageCode {
        switch self {
        case .numberUsed: .registerNumberUsed
        case .alreadyIssued: .registerAlreadyIssued
        case .unreachable: .registerUnreachable
        case .schemaTooNew: .registerSchemaTooNew
        case .numberedElsewhere: .registerNumberedElsewhere
        case .frozen: .registerFrozen
        case .notFound: .registerNotFound
        case .ambiguous: .registerAmbiguous
        case .connectionLost: .registerConnectionLost
        case .alreadyVoid: .registerAlreadyVoid
        case .noOrganisation: .registerNoOrganisation
        case .duplicateSymbol: .registerDuplicateSymbol
        case .issued: .registerIssued
        case .importRow: .registerImportRow
        case .imported: .registerImported
        case .badDate: .registerBadDate
        case .databaseError: .registerDatabaseError
        case .schemeSet: .registerSchemeSet
        case .voided: .registerVoided
        case .schemeInUse: .registerSchemeInUse
        case .badAddress: .registerBadAddress
        case .outputLost: .registerOutputLost
        case .importDuplicate: .registerImportDuplicate
        case .noDate: .registerNoDate
        case .copyTargetNotEmpty: .copyTargetNotEmpty
        case .copyCountMismatch: .copyCountMismatch
        }
    }

    public var severity: Severity {
        switch self {
        case .connectionLost, .duplicateSymbol, .importDuplicate: .warning
        case .alreadyIssued, .issued, .imported, .schemeSet, .voided: .note
        default: .error
        }
    }

    public func text(in language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var vietnamese: String {
        switch self {
        case let .numberUsed(number, sequence, year): "số \(number) đã được cấp trong sổ \(sequence) năm \(year); một số đã cấp không bao giờ được cấp lại"
        case let .alreadyIssued(number, date): "văn bản đã được ban hành và vào sổ: \(number) ngày \(date); không cấp số lần nữa"
        case let .unreachable(address, reason): "không kết nối được cơ sở dữ liệu \(address): \(reason)"
        case let .schemaTooNew(address, found, known): "cơ sở dữ liệu \(address) có lược đồ phiên bản \(found), mới hơn phiên bản \(known) mà chương trình này biết; hãy cập nhật vanban"
        case let .numberedElsewhere(number): "văn bản đã có số \(number) nhưng sổ không ghi số này; bỏ \"number\" trong dự thảo để sổ cấp số"
        case let .frozen(document): "văn bản \(document) đã ban hành và không được sửa; muốn đính chính thì ban hành văn bản mới thay thế"
        case let .notFound(number, detail): "sổ không có \(number)\(detail)"
        case let .ambiguous(number, choices): "\(number) có trong sổ của nhiều năm hoặc nhiều sổ (\(choices)); chọn bằng --year"
        case let .connectionLost(address, reason, attempt): "mất kết nối tới \(address) (\(reason)); đang kết nối lại, lần \(attempt)"
        case let .alreadyVoid(number): "\(number) đã được ghi hủy trước đó"
        case .noOrganisation: "văn bản không có tên viết tắt của cơ quan ban hành (issuer.abbreviation); không biết vào sổ của cơ quan nào"
        case let .duplicateSymbol(number, sequence, year): "số và ký hiệu \(number) đã có trong sổ \(sequence) năm \(year) của cùng cơ quan ban hành"
        case let .issued(number, date, sequence, year): "đã cấp số \(number) ngày \(date) (sổ \(sequence) năm \(year))"
        case let .importRow(detail): "dòng không nhập được: \(detail)"
        case let .imported(count): "đã nhập \(count) dòng vào sổ; các số này sẽ không được cấp lại"
        case let .badDate(value): "--date: \"\(value)\" không phải là ngày (viết yyyy-mm-dd, hoặc yyyy-mm-ddThh:mm kèm múi giờ như +07:00 hay Z)"
        case let .databaseError(address, detail): "lỗi cơ sở dữ liệu \(address): \(detail)"
        case let .schemeSet(organisation, scheme): "sổ của \(organisation): \(scheme)"
        case let .voided(number): "đã ghi hủy \(number); số này giữ nguyên trong sổ và không được cấp lại"
        case let .schemeInUse(year, count): "năm \(year) đã có \(count) văn bản vào sổ theo cách đánh số hiện tại; đổi giữa năm phải dùng --force"
        case let .badAddress(address): "địa chỉ cơ sở dữ liệu không dùng được: \(address) (dùng một tệp, hoặc postgres://người-dùng@máy:5432/csdl)"
        case let .outputLost(number, year): "đã vào sổ \(number) nhưng không ghi được tệp kết quả; lấy lại bằng: vanban register show \(number) --year \(year) -o TỆP"
        case let .importDuplicate(number, year): "số \(number) năm \(year) đã có trong sổ; bỏ qua dòng này"
        case let .noDate(value): "dòng không có ngày hợp lệ (cột 2, viết dd/mm/yyyy hoặc yyyy-mm-dd): \"\(value)\""
        case let .copyTargetNotEmpty(address, table, rows): "cơ sở dữ liệu đích \(address) đã có dữ liệu (bảng \(table) có \(rows) dòng); chỉ chép vào một cơ sở dữ liệu trống để không trộn hai sổ"
        case let .copyCountMismatch(table, expected, found): "chép chưa đủ: bảng \(table) ở nguồn có \(expected) dòng, ở đích có \(found) dòng"
        }
    }

    private var english: String {
        switch self {
        case let .numberUsed(number, sequence, year): "number \(number) has already been given in sequence \(sequence) of \(year); a number once given is never given again"
        case let .alreadyIssued(number, date): "the document has already been issued and registered: \(number) of \(date); it gets no second number"
        case let .unreachable(address, reason): "cannot reach the database \(address): \(reason)"
        case let .schemaTooNew(address, found, known): "the database \(address) has schema version \(found), newer than version \(known) this program knows; update vanban"
        case let .numberedElsewhere(number): "the document already carries number \(number), which the register does not hold; remove \"number\" from the draft so the register gives one"
        case let .frozen(document): "document \(document) is issued and frozen; to correct it, issue a new document that replaces it"
        case let .notFound(number, detail): "the register holds no \(number)\(detail)"
        case let .ambiguous(number, choices): "\(number) is in the register for several years or sequences (\(choices)); choose with --year"
        case let .connectionLost(address, reason, attempt): "lost the connection to \(address) (\(reason)); reconnecting, attempt \(attempt)"
        case let .alreadyVoid(number): "\(number) was already voided"
        case .noOrganisation: "the document has no issuer abbreviation (issuer.abbreviation); cannot tell whose register to use"
        case let .duplicateSymbol(number, sequence, year): "number and symbol \(number) already appear in sequence \(sequence) of \(year) of the same issuer"
        case let .issued(number, date, sequence, year): "issued as \(number) on \(date) (sequence \(sequence) of \(year))"
        case let .importRow(detail): "row not imported: \(detail)"
        case let .imported(count): "imported \(count) entries; these numbers will never be given again"
        case let .badDate(value): "--date: \"\(value)\" is not a date (write yyyy-mm-dd, or yyyy-mm-ddThh:mm with a zone such as +07:00 or Z)"
        case let .databaseError(address, detail): "database error in \(address): \(detail)"
        case let .schemeSet(organisation, scheme): "register of \(organisation): \(scheme)"
        case let .voided(number): "voided \(number); the number stays in the register and is never given again"
        case let .schemeInUse(year, count): "\(year) already has \(count) entries under the current numbering; changing it mid-year needs --force"
        case let .badAddress(address): "unusable database address: \(address) (give a file, or postgres://user@host:5432/db)"
        case let .outputLost(number, year): "registered \(number) but could not write the output; get it again with: vanban register show \(number) --year \(year) -o FILE"
        case let .importDuplicate(number, year): "\(number) of \(year) is already in the register; row skipped"
        case let .noDate(value): "the row has no valid date (column 2, write dd/mm/yyyy or yyyy-mm-dd): \"\(value)\""
        case let .copyTargetNotEmpty(address, table, rows): "the target database \(address) is not empty (table \(table) has \(rows) rows); copy only into an empty database, so two registers are never mixed"
        case let .copyCountMismatch(table, expected, found): "incomplete copy: table \(table) has \(expected) rows in the source but \(found) in the target"
        }
    }

    /// One example of every case, for the test that renders them all in both languages.
    public static var examples: [RegisterMessage] {
        [.numberUsed(number: "…", sequence: "…", year: "1"), .alreadyIssued(number: "…", date: "…"), .unreachable(address: "…", reason: "…"), .schemaTooNew(address: "…", found: "1", known: "1"), .numberedElsewhere(number: "…"), .frozen(document: "…"), .notFound(number: "…", detail: "…"), .ambiguous(number: "…", choices: "…"), .connectionLost(address: "…", reason: "…", attempt: "1"), .alreadyVoid(number: "…"), .noOrganisation, .duplicateSymbol(number: "…", sequence: "…", year: "1"), .issued(number: "…", date: "…", sequence: "…", year: "1"), .importRow(detail: "…"), .imported(count: "1"), .badDate(value: "…"), .databaseError(address: "…", detail: "…"), .schemeSet(organisation: "…", scheme: "…"), .voided(number: "…"), .schemeInUse(year: "1", count: "1"), .badAddress(address: "…"), .outputLost(number: "…", year: "1"), .importDuplicate(number: "…", year: "1"), .noDate(value: "…"), .copyTargetNotEmpty(address: "…", table: "…", rows: "1"), .copyCountMismatch(table: "…", expected: "1", found: "1")]
    }
}
