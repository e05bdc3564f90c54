import VanBanModel

/// How much a finding matters to the clerk: an error stops `vanban check` with exit code 1.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable {
    case error, warning, suggestion

    /// The diagnostic severity the rule's messages carry (a suggestion prints as a note).
    public var severity: Severity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .suggestion: .note
        }
    }
}

/// What a rule looks at: the content (the model) or the layout (what the DOCX reader sees).
public enum RuleScope: String, Sendable, Hashable {
    case content, layout
}

/// One rule of Nghị định 30: a stable code, a severity, the clause it enforces, a check and,
/// where the mend is certain, a fix.
public struct Rule: Sendable {
    /// The stable code its findings carry.
    public let code: MessageCode
    /// How much a finding matters.
    public let severity: RuleSeverity
    /// The clause of Nghị định 30 it enforces: "PL1 II.3", "ND 15.1".
    public let clause: String
    /// Content or layout.
    public let scope: RuleScope
    /// One message of the rule, for the list of rules.
    public let example: Message
    /// Finds the rule's defects in a subject.
    public let check: @Sendable (CheckSubject) -> [Finding]
    /// Mends the rule's defects in a document, returning one message per change; nil when no mend is certain.
    public let fix: (@Sendable (inout Document, CheckSubject) -> [Message])?

    /// Creates a rule.
    public init(_ code: MessageCode, _ severity: RuleSeverity, clause: String, scope: RuleScope = .content, example: Message,
                check: @escaping @Sendable (CheckSubject) -> [Finding],
                fix: (@Sendable (inout Document, CheckSubject) -> [Message])? = nil) {
        self.code = code
        self.severity = severity
        self.clause = clause
        self.scope = scope
        self.example = example
        self.check = check
        self.fix = fix
    }
}

/// A defect a rule found: the diagnostic to print, the rule's clause, and the mend when certain.
public struct Finding: Sendable, Hashable {
    /// Code, message and location.
    public var diagnostic: Diagnostic
    /// The clause of Nghị định 30 ("PL1 II.3"); set by the catalogue.
    public var clause: String
    /// What the fix would write instead, when the rule can mend it.
    public var fix: String?

    /// Creates a finding.
    public init(_ message: Message, at location: SourceLocation?, fix: String? = nil, clause: String = "") {
        self.diagnostic = Diagnostic(message, at: location)
        self.clause = clause
        self.fix = fix
    }

    /// Wraps a diagnostic another reader made for a rule of the catalogue (the importer's numbering).
    public init(_ diagnostic: Diagnostic, clause: String, fix: String? = nil) {
        self.diagnostic = diagnostic
        self.clause = clause
        self.fix = fix
    }

    /// The stable code.
    public var code: MessageCode { diagnostic.code }
    /// The severity.
    public var severity: Severity { diagnostic.severity }
}

/// Where the fields of a data file are, by dotted path ("date", "recipients.1",
/// "attachments.0.signature"), so content findings point at a line and column.
public struct FieldLocations: Sendable, Hashable {
    /// Locations by dotted path.
    public var byPath: [String: SourceLocation]

    /// Creates a table of locations.
    public init(_ byPath: [String: SourceLocation] = [:]) {
        self.byPath = byPath
    }
}

/// What the rules look at: one document (the main one or an attachment), its parent decision,
/// the locations of its fields, the day of the check and, for Word files, the layout facts.
public struct CheckSubject: Sendable {
    /// The document checked.
    public var document: Document
    /// The decision it is attached to, if any.
    public var parent: Document?
    /// Field locations of the whole file.
    public var locations: FieldLocations
    /// The dotted prefix of this document's fields ("" or "attachments.0.").
    public var prefix: String
    /// Today, for the date rules.
    public var today: CivilDate?
    /// What the DOCX reader saw, when the subject is a Word file (only for the main document).
    public var layout: LayoutFacts?

    /// Creates a subject.
    public init(document: Document, parent: Document? = nil, locations: FieldLocations = FieldLocations(), prefix: String = "",
                today: CivilDate? = nil, layout: LayoutFacts? = nil) {
        self.document = document
        self.parent = parent
        self.locations = locations
        self.prefix = prefix
        self.today = today
        self.layout = layout
    }

    /// Where a field is: its own location, else the nearest enclosing one, else the document's.
    public func location(_ field: String) -> SourceLocation? {
        var path = prefix + field
        while true {
            if let found = locations.byPath[path] { return found }
            guard let dot = path.lastIndex(of: ".") else { break }
            path = String(path[..<dot])
        }
        return document.location.isKnown ? document.location : nil
    }
}
