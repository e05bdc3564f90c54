/// How serious a diagnostic is: errors stop a command with exit code 1, warnings never do.
public enum Severity: String, Sendable, Hashable, Comparable {
    case note, warning, error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word printed before the message.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.note, .vi): "ghi chú"
        case (_, .en): rawValue
        }
    }
}

/// A finding about the input: a value, collected rather than thrown, printed as
/// `file:line:col: warning: [VB102] …`.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// What was found: code, severity and words.
    public var message: any DiagnosticMessage
    /// Where it was found, when known.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ message: some DiagnosticMessage, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// How serious it is (the message's own severity).
    public var severity: Severity { message.severity }
    /// The stable code.
    public var code: MessageCode { message.code }
    /// The library message, when it is one (tests and programs switch over it).
    public var libraryMessage: Message? { message as? Message }

    /// The message alone, in a language, with control characters from the input made visible.
    public func message(in language: Language) -> String {
        PrintableText.printable(message.text(in: language))
    }

    /// The full line: "file:line:col: lỗi: [VB003] …".
    public func formatted(in language: Language) -> String {
        let prefix = location.map { PrintableText.printable("\($0): ") } ?? ""
        return "\(prefix)\(severity.label(in: language)): [\(code.rawValue)] \(message(in: language))"
    }

    public var description: String { formatted(in: .en) }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.code == rhs.code && lhs.location == rhs.location && lhs.message(in: .en) == rhs.message(in: .en)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(location)
        hasher.combine(message(in: .en))
    }
}

/// A set of diagnostics that ends an operation; thrown when at least one is an error.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// Everything found, errors and warnings alike, in the order found.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic as an error set.
    public init(_ message: some DiagnosticMessage, at location: SourceLocation? = nil) {
        self.diagnostics = [Diagnostic(message, at: location)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
