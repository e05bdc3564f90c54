import VanBan

/// Messages of the command line itself: they name its options (`--force`, `-o`), so they live
/// here, not in the library. Codes come from the one list in `MessageCode`.
enum CommandMessage: DiagnosticMessage, Hashable, CaseIterableExamples {
    case outputExists(String)
    case unknownFormat(String, allowed: String)
    case notAvailable(String)
    case binaryToTerminal(String)
    case batchSummary(total: Int, succeeded: Int, failed: Int)
    case batchFailures([String])
    case outputNotDirectory(String)
    case duplicateOutput(String, first: String, second: String)
    case noProfiles(String)
    case noAttachments
    /// Plain lines of a batch, not findings: what was written, and the progress bar's labels.
    case batchWrote([String])
    case progressDocuments
    case progressPDF
    case unknownRole(String, available: [String])
    case rolesNeedFolder
    /// The rendered document carries text the importer could not place (its `unplaced` list).
    case unplacedTextKept(file: String, count: Int)
    /// The last line of `vanban check`: how many files, errors, warnings and suggestions.
    case checkSummary(files: Int, errors: Int, warnings: Int, suggestions: Int)
    /// The last line of `vanban fix`: how many changes, and whether they were written.
    case fixSummary(changes: Int, written: String?)
    /// `--list-rules` alone takes no file; `check` without one has nothing to check.
    case checkNeedsFile
    /// `vanban backup` wrote its copy.
    case backupWritten(path: String, entries: Int, drafts: Int)
    /// `vanban backup` copies SQLite files; PostgreSQL has its own tool.
    case backupPostgres(command: String)
    /// `vanban store copy` finished and checked the counts.
    case storeCopied(from: String, to: String, counts: String)
    /// `vanban store copy` with the same database on both sides.
    case copySameDatabase(String)

    var code: MessageCode {
        switch self {
        case .outputExists: .outputExists
        case .unknownFormat: .unknownFormat
        case .notAvailable: .notAvailable
        case .binaryToTerminal: .binaryToTerminal
        case .batchSummary: .batchSummary
        case .batchFailures: .batchFailures
        case .outputNotDirectory: .outputNotDirectory
        case .duplicateOutput: .duplicateOutput
        case .noProfiles: .noProfiles
        case .noAttachments: .noAttachments
        case .batchWrote: .batchWrote
        case .progressDocuments: .progressDocuments
        case .progressPDF: .progressPDF
        case .unknownRole: .unknownRole
        case .rolesNeedFolder: .rolesNeedFolder
        case .unplacedTextKept: .unplacedTextKept
        case .checkSummary: .checkSummary
        case .fixSummary: .fixSummary
        case .checkNeedsFile: .checkNeedsFile
        case .backupWritten: .backupWritten
        case .backupPostgres: .backupPostgres
        case .storeCopied: .storeCopied
        case .copySameDatabase: .copySameDatabase
        }
    }

    var severity: Severity {
        switch self {
        case .batchSummary, .batchWrote, .progressDocuments, .progressPDF, .checkSummary, .fixSummary, .backupWritten, .storeCopied: .note
        case .noAttachments, .unplacedTextKept: .warning
        default: .error
        }
    }

    /// Wrong usage (exit 2) rather than wrong input (exit 1).
    var isUsageError: Bool {
        if case .unknownFormat = self { return true }
        if case .checkNeedsFile = self { return true }
        return false
    }

    func text(in language: Language) -> String {
        switch (self, language) {
        case let (.outputExists(path), .vi): "tệp \(path) đã tồn tại; dùng --force để ghi đè"
        case let (.outputExists(path), .en): "\(path) already exists; use --force to overwrite it"
        case let (.unknownFormat(name, allowed), .vi): "không biết định dạng \"\(name)\" (dùng: \(allowed))"
        case let (.unknownFormat(name, allowed), .en): "unknown format \"\(name)\" (use: \(allowed))"
        case let (.notAvailable(command), .vi): "lệnh \"\(command)\" chưa có trong phiên bản này"
        case let (.notAvailable(command), .en): "the \"\(command)\" command is not available yet"
        case let (.binaryToTerminal(format), .vi): "không in tệp \(format) ra màn hình; dùng -o TỆP.\(format) hoặc chuyển hướng (> tệp)"
        case let (.binaryToTerminal(format), .en): "will not print a \(format) file to the terminal; use -o FILE.\(format) or redirect (> file)"
        case let (.batchSummary(total, succeeded, failed), .vi): "\(total) văn bản: \(succeeded) thành công, \(failed) lỗi"
        case let (.batchSummary(total, succeeded, failed), .en): "\(total) documents: \(succeeded) succeeded, \(failed) failed"
        case let (.batchFailures(names), .vi): "không tạo được: \(names.joined(separator: ", "))"
        case let (.batchFailures(names), .en): "not made: \(names.joined(separator: ", "))"
        case let (.outputNotDirectory(path), .vi): "\(path) không phải là thư mục: khi có nhiều tệp vào hoặc nhiều định dạng, -o phải là một thư mục"
        case let (.outputNotDirectory(path), .en): "\(path) is not a folder: with several inputs or formats, -o must name a folder"
        case let (.duplicateOutput(name, first, second), .vi): "\(first) và \(second) cùng cho ra tệp \(name); đổi tên một trong hai"
        case let (.duplicateOutput(name, first, second), .en): "\(first) and \(second) would both write \(name); rename one of them"
        case let (.noProfiles(folder), .vi): "thư mục \(folder) không có hồ sơ .yaml nào"
        case let (.noProfiles(folder), .en): "the folder \(folder) holds no .yaml profile"
        case (.noAttachments, .vi): "văn bản không có văn bản kèm theo; --split-attachments không có gì để tách"
        case (.noAttachments, .en): "the document has no attachment; --split-attachments has nothing to split"
        case let (.batchWrote(files), .vi): "đã ghi \(files.joined(separator: ", "))"
        case let (.batchWrote(files), .en): "wrote \(files.joined(separator: ", "))"
        case (.progressDocuments, .vi): "tạo văn bản"
        case (.progressDocuments, .en): "rendering"
        case (.progressPDF, .vi): "chuyển sang PDF"
        case (.progressPDF, .en): "converting to PDF"
        case let (.unknownRole(id, available), .vi): "không có vai trò \"\(id)\" (các vai trò: \(available.joined(separator: ", ")))"
        case let (.unknownRole(id, available), .en): "there is no role \"\(id)\" (roles: \(available.joined(separator: ", ")))"
        case (.rolesNeedFolder, .vi): "--all-roles ghi mỗi vai trò một tệp: cần -o THƯ-MỤC/"
        case (.rolesNeedFolder, .en): "--all-roles writes one file per role: give -o FOLDER/"
        case let (.unplacedTextKept(file, count), .vi): "\(file) còn \(count) đoạn chữ chưa xếp được vào văn bản (mục `unplaced`): không in ra; xếp lại hoặc xóa trước khi ban hành"
        case let (.unplacedTextKept(file, count), .en): "\(file) carries \(count) piece(s) of text not placed in the document (the `unplaced` list): not printed; place or delete them before issuing"
        case let (.checkSummary(files, errors, warnings, suggestions), .vi): "\(files) tệp: \(errors) lỗi, \(warnings) cảnh báo, \(suggestions) gợi ý"
        case let (.checkSummary(files, errors, warnings, suggestions), .en): "\(files) file(s): \(errors) error(s), \(warnings) warning(s), \(suggestions) suggestion(s)"
        case let (.fixSummary(changes, written), .vi): written.map { "\(changes) chỗ sửa, đã ghi \($0)" } ?? "\(changes) chỗ sửa; chưa ghi gì (dùng -o TỆP để ghi)"
        case let (.fixSummary(changes, written), .en): written.map { "\(changes) change(s), written to \($0)" } ?? "\(changes) change(s); nothing written (give -o FILE to write them)"
        case (.checkNeedsFile, .vi): "cần ít nhất một tệp để kiểm tra (hoặc --list-rules)"
        case (.checkNeedsFile, .en): "give at least one file to check (or --list-rules)"
        case let (.backupWritten(path, entries, drafts), .vi): "đã sao lưu vào \(path): \(entries) dòng trong sổ, \(drafts) dự thảo; bản sao đã được kiểm tra"
        case let (.backupWritten(path, entries, drafts), .en): "backed up to \(path): \(entries) register entries, \(drafts) drafts; the copy was checked"
        case let (.backupPostgres(command), .vi): "vanban backup chỉ sao lưu tệp SQLite; với PostgreSQL hãy dùng pg_dump: \(command)"
        case let (.backupPostgres(command), .en): "vanban backup copies SQLite files only; for PostgreSQL use pg_dump: \(command)"
        case let (.storeCopied(from, to, counts), .vi): "đã chép \(from) sang \(to) (\(counts)); phiên đăng nhập không chép, người dùng đăng nhập lại"
        case let (.storeCopied(from, to, counts), .en): "copied \(from) to \(to) (\(counts)); sign-in sessions are not copied, users sign in again"
        case let (.copySameDatabase(address), .vi): "--from và --to cùng là \(address); chọn hai cơ sở dữ liệu khác nhau"
        case let (.copySameDatabase(address), .en): "--from and --to both name \(address); give two different databases"
        }
    }

    /// One of each case, for the test that renders every message in both languages.
    static var examples: [CommandMessage] {
        [.outputExists("qd.docx"), .unknownFormat("pdfx", allowed: "yaml, json"), .notAvailable("check"), .binaryToTerminal("docx"),
         .batchSummary(total: 40, succeeded: 39, failed: 1), .batchFailures(["truong-a.yaml"]), .outputNotDirectory("out"),
         .duplicateOutput("qd.*", first: "a/qd.yaml", second: "b/qd.yaml"), .noProfiles("truong"), .noAttachments,
         .batchWrote(["out/qd.docx"]), .progressDocuments, .progressPDF, .unknownRole("gv", available: ["giao-vien"]), .rolesNeedFolder,
         .unplacedTextKept(file: "qd.yaml", count: 1), .checkSummary(files: 1, errors: 2, warnings: 1, suggestions: 0),
         .fixSummary(changes: 3, written: "qd-sua.yaml"), .fixSummary(changes: 0, written: nil), .checkNeedsFile,
         .backupWritten(path: "vanban-2025-03-10.db", entries: 120, drafts: 8),
         .backupPostgres(command: "pg_dump --format=custom --file=vanban.dump postgres://vanban@db/vanban"),
         .storeCopied(from: "vanban.db", to: "postgres://vanban@db/vanban", counts: "register_entry 120"), .copySameDatabase("vanban.db")]
    }
}

/// Types that list one example of each message, so a test can render them all.
protocol CaseIterableExamples {
    static var examples: [Self] { get }
}
