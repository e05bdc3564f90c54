import VanBan

/// Messages of the command line itself: they name its options (`--force`, `-o`), so they live
/// here, not in the library. Codes come from the one list in `MessageCode`.
enum CommandMessage: DiagnosticMessage, Hashable, CaseIterableExamples {
    case outputExists(String)
    case unknownFormat(String, allowed: String)
    case notAvailable(String)
    case binaryToTerminal(String)

    var code: MessageCode {
        switch self {
        case .outputExists: .outputExists
        case .unknownFormat: .unknownFormat
        case .notAvailable: .notAvailable
        case .binaryToTerminal: .binaryToTerminal
        }
    }

    var severity: Severity { .error }

    /// Wrong usage (exit 2) rather than wrong input (exit 1).
    var isUsageError: Bool {
        if case .unknownFormat = self { return true }
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
        }
    }

    /// One of each case, for the test that renders every message in both languages.
    static var examples: [CommandMessage] {
        [.outputExists("qd.docx"), .unknownFormat("pdfx", allowed: "yaml, json"), .notAvailable("check"), .binaryToTerminal("docx")]
    }
}

/// Types that list one example of each message, so a test can render them all.
protocol CaseIterableExamples {
    static var examples: [Self] { get }
}
