import Foundation
import VanBanModel

/// The number a transaction holds while it records an entry: next in its series.
public struct Allocation: Sendable, Hashable {
    /// Whose register.
    public var organisation: String
    /// Which series.
    public var sequence: String
    /// The register year.
    public var year: Int
    /// The number given.
    public var number: Int

    /// Creates an allocation.
    public init(organisation: String, sequence: String, year: Int, number: Int) {
        self.organisation = organisation
        self.sequence = sequence
        self.year = year
        self.number = number
    }
}

/// What an issuing transaction writes once it knows its number.
public struct IssuedRecord: Sendable {
    /// The register entry (its number equal to the allocation's).
    public var entry: RegisterEntry
    /// The issued data, frozen from now on.
    public var document: StoredDocument

    /// Creates a record.
    public init(entry: RegisterEntry, document: StoredDocument) {
        self.entry = entry
        self.document = document
    }
}

/// Where a number is asked for: the series and year, and a token naming this attempt.
public struct IssueRequest: Sendable, Hashable {
    /// Whose register.
    public var organisation: String
    /// Which series.
    public var sequence: String
    /// The register year (of the signing date, in UTC+7).
    public var year: Int
    /// Unique per attempt; a retry after a lost connection first looks for an entry with it.
    public var token: String

    /// Creates a request with a fresh token.
    public init(organisation: String, sequence: String, year: Int, token: String = UUID().uuidString) {
        self.organisation = organisation
        self.sequence = sequence
        self.year = year
        self.token = token
    }
}

/// What an import did.
public struct ImportOutcome: Sendable, Hashable {
    /// Entries written.
    public var imported: Int
    /// Entries skipped because their number was already in the register.
    public var skipped: [RegisterEntry]

    /// Creates an outcome.
    public init(imported: Int, skipped: [RegisterEntry]) {
        self.imported = imported
        self.skipped = skipped
    }
}

/// The register of outgoing documents and the issued documents it points at. Both back ends
/// (SQLite, PostgreSQL) keep the same schema and behave the same.
///
/// Numbers are allocated inside one transaction that also writes the entry and the document,
/// so a failed or killed issue gives its number back: no gap, no duplicate. The store never
/// uses a database sequence for the number (sequences are not gap-free).
public protocol RegisterStore: Sendable {
    /// A description of the database for messages, without any password.
    var address: String { get }

    /// Allocates max(number)+1 in the request's series, calls `prepare` with it, and writes the
    /// entry and the document it returns — all in one transaction. `prepare` may run more than
    /// once (a retried transaction); it must not have side effects.
    func issue<Extra: Sendable>(_ request: IssueRequest, prepare: @escaping @Sendable (Allocation) throws -> (IssuedRecord, Extra)) async throws -> (RegisterEntry, Extra)

    /// Entries matching a filter, by organisation, year, sequence and number.
    func entries(_ filter: EntryFilter) async throws -> [RegisterEntry]

    /// The issued data of an entry, if it has any.
    func document(entryID: Int64) async throws -> StoredDocument?

    /// Marks an entry void with a reason in its note; the number is kept and never reused.
    func void(entryID: Int64, note: String) async throws -> RegisterEntry

    /// Adds entries from an older register; numbers already present are skipped and reported.
    func importEntries(_ entries: [RegisterEntry]) async throws -> ImportOutcome

    /// The organisation's numbering scheme (single when never set).
    func scheme(organisation: String) async throws -> NumberingScheme

    /// Sets the organisation's numbering scheme.
    func setScheme(_ scheme: NumberingScheme, organisation: String) async throws

    /// Tries to change an issued document's data; always refused (`RegisterError.frozen`). Kept
    /// in the protocol so both back ends prove the refusal comes from the database itself.
    func replaceDocument(entryID: Int64, with document: StoredDocument) async throws

    /// Closes connections.
    func close() async
}

/// Store failures, turned into catalog messages by `RegisterError.diagnostic`.
public enum RegisterError: Error, Sendable, Equatable {
    /// The number is already in the series (unique constraint).
    case numberUsed(numberAndSymbol: String, sequence: String, year: Int)
    /// The database could not be reached.
    case unreachable(address: String, reason: String)
    /// The database schema is newer than this program.
    case schemaTooNew(address: String, found: Int, known: Int)
    /// An issued document cannot change.
    case frozen(String)
    /// No such entry.
    case notFound(String)
    /// The entry is void already.
    case alreadyVoid(String)
    /// Anything else the database said.
    case database(address: String, message: String)

    /// The message for the user.
    public var diagnostic: Diagnostic {
        switch self {
        case let .numberUsed(label, sequence, year): Diagnostic(RegisterMessage.numberUsed(number: label, sequence: sequence, year: String(year)))
        case let .unreachable(address, reason): Diagnostic(RegisterMessage.unreachable(address: address, reason: reason))
        case let .schemaTooNew(address, found, known): Diagnostic(RegisterMessage.schemaTooNew(address: address, found: String(found), known: String(known)))
        case let .frozen(label): Diagnostic(RegisterMessage.frozen(document: label))
        case let .notFound(label): Diagnostic(RegisterMessage.notFound(number: label, detail: ""))
        case let .alreadyVoid(label): Diagnostic(RegisterMessage.alreadyVoid(number: label))
        case let .database(address, message): Diagnostic(RegisterMessage.databaseError(address: address, detail: message))
        }
    }
}
