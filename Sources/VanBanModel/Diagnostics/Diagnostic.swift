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
    /// How serious it is.
    public var severity: Severity
    /// The stable code, which names the message in the catalog.
    public var code: MessageCode
    /// Values substituted into the message, in catalog order.
    public var arguments: [String]
    /// Where it was found, when known.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: MessageCode, _ arguments: [String] = [], at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.arguments = arguments
        self.location = location
    }

    /// The message alone, in a language.
    public func message(in language: Language) -> String {
        MessageCatalog.text(code, arguments, in: language)
    }

    /// The full line: "file:line:col: lỗi: [VB003] …".
    public func formatted(in language: Language) -> String {
        let prefix = location.map { MessageCatalog.printable("\($0): ") } ?? ""
        return "\(prefix)\(severity.label(in: language)): [\(code.rawValue)] \(message(in: language))"
    }

    public var description: String { formatted(in: .en) }
}

/// A set of diagnostics that ends an operation; thrown when at least one is an error.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// Everything found, errors and warnings alike, in the order found.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
