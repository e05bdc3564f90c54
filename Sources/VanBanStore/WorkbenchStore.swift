import Foundation

/// A document being written in the workbench: its data as JSON and a version that grows by one
/// with every save, so a save made over someone else's newer one is refused, never merged.
public struct Draft: Sendable, Hashable {
    /// The row id.
    public var id: Int64
    /// The trích yếu (or kind) shown in lists.
    public var title: String
    /// The document in the JSON data format.
    public var content: String
    /// 1 when created; each save adds one.
    public var version: Int
    /// When last saved (UTC timestamp).
    public var updatedAt: String
    /// Who saved last.
    public var updatedBy: String
    /// The register entry once issued; an issued draft is read-only.
    public var entryID: Int64?

    /// Creates a draft value.
    public init(id: Int64, title: String, content: String, version: Int, updatedAt: String, updatedBy: String, entryID: Int64? = nil) {
        self.id = id
        self.title = title
        self.content = content
        self.version = version
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.entryID = entryID
    }
}

/// What a workbench user may do.
public enum WorkbenchRole: String, Sendable, CaseIterable, Hashable {
    /// Văn thư: writes drafts, issues numbers, keeps the register.
    case clerk = "van-thu"
    /// Soạn thảo: writes drafts.
    case writer = "soan-thao"
    /// Xem: reads.
    case reader = "xem"

    /// True when the role may save drafts.
    public var canWrite: Bool { self != .reader }
    /// True when the role may issue numbers.
    public var canIssue: Bool { self == .clerk }
}

/// A workbench account: the password only as a slow salted hash.
public struct WorkbenchUser: Sendable, Hashable {
    /// The login name.
    public var name: String
    /// The role.
    public var role: WorkbenchRole
    /// The Bcrypt hash of the password.
    public var passwordHash: String

    /// Creates a user value.
    public init(name: String, role: WorkbenchRole, passwordHash: String) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
    }
}

/// A signed-in browser: the store keeps only the SHA-256 of the cookie's token.
public struct WorkbenchSession: Sendable, Hashable {
    /// SHA-256 of the session token, hex.
    public var tokenHash: String
    /// Whose session.
    public var userName: String
    /// The CSRF token every form of this session carries.
    public var csrf: String
    /// Expiry (UTC timestamp, ISO 8601).
    public var expiresAt: String

    /// Creates a session value.
    public init(tokenHash: String, userName: String, csrf: String, expiresAt: String) {
        self.tokenHash = tokenHash
        self.userName = userName
        self.csrf = csrf
        self.expiresAt = expiresAt
    }
}

/// Draft failures.
public enum DraftError: Error, Sendable, Equatable {
    /// The draft was saved by someone else since it was opened; carries the newer one.
    case stale(current: Draft)
    /// No such draft.
    case notFound(id: Int64)
    /// The draft is issued and can no longer change.
    case issued(id: Int64)
}

/// The register store extended with what the workbench keeps: drafts, users and sessions
/// (in the database, so several server instances can share one PostgreSQL).
public protocol WorkbenchStore: RegisterStore, ProfileStore {
    /// All drafts, newest first.
    func drafts() async throws -> [Draft]
    /// One draft.
    func draft(id: Int64) async throws -> Draft?
    /// Creates a draft at version 1.
    func createDraft(title: String, content: String, author: String) async throws -> Draft
    /// Saves over `expectedVersion`; throws `DraftError.stale` when the stored version differs.
    func saveDraft(id: Int64, title: String, content: String, expectedVersion: Int, author: String) async throws -> Draft
    /// Links a draft to its register entry; from then on it is read-only.
    func markIssued(draftID: Int64, entryID: Int64) async throws
    /// Adds a user or replaces one of the same name.
    func putUser(_ user: WorkbenchUser) async throws
    /// A user by name.
    func user(named name: String) async throws -> WorkbenchUser?
    /// How many users exist.
    func userCount() async throws -> Int
    /// Stores a new session.
    func createSession(_ session: WorkbenchSession) async throws
    /// A session by the hash of its token, if not expired.
    func session(tokenHash: String) async throws -> WorkbenchSession?
    /// Ends a session.
    func deleteSession(tokenHash: String) async throws
    /// Every row of a table, for `vanban store copy` (`StoreCopy`).
    func readAll(_ table: CopiedTable) async throws -> TableRows
    /// Writes whole tables in one transaction; refuses (VB852) unless every table of `StoreCopy.tables` is empty.
    func writeAll(_ tables: [TableRows]) async throws
    /// How many rows a table holds.
    func rowCount(_ table: CopiedTable) async throws -> Int
}

extension DraftError {
    /// Throws the right error after a conditional update changed nothing.
    public static func afterFailedSave(id: Int64, found: Draft?) -> DraftError {
        guard let found else { return .notFound(id: id) }
        if found.entryID != nil { return .issued(id: id) }
        return .stale(current: found)
    }
}
