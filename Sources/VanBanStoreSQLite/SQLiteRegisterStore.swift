import Foundation
import GRDB
import VanBanModel
import VanBanStore

/// The register in one SQLite file, through GRDB: the default, embedded store.
///
/// Every issue runs in a `BEGIN IMMEDIATE` transaction, which takes the file's write lock before
/// reading max(number); other processes wait for it (busy timeout) instead of failing, so eight
/// clerks issuing at once get consecutive numbers.
public final class SQLiteRegisterStore: RegisterStore {
    /// The file path.
    public let path: String
    public var address: String { path }
    let queue: DatabaseQueue

    /// Opens (creating and migrating when needed) the register in `path`.
    /// `busyTimeout` is how long a writer waits for another process's transaction.
    public init(path: String, busyTimeout: TimeInterval = 120) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .callback(Self.busyWaiter(timeout: busyTimeout))
        configuration.label = "vanban-register"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // WAL lets readers go on while a clerk issues; a failure here (another process
            // switching at the same moment) only costs speed, so it is not an error.
            queue.writeWithoutTransaction { db in _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        } catch let error as DatabaseError {
            throw RegisterError.unreachable(address: path, reason: error.message ?? error.description)
        }
        try migrate()
    }

    /// SQLite's own busy timeout sleeps ever longer (up to 100 ms) between tries, so with eight
    /// writers the lock often sits free while everyone sleeps. This waiter retries every 0.5–2 ms
    /// (with jitter, so waiters do not wake in step) until `timeout` has passed.
    static func busyWaiter(timeout: TimeInterval) -> Database.BusyCallback {
        let tries = Int(timeout / 0.00125)
        return { numberOfTries in
            guard numberOfTries < tries else { return false }
            usleep(UInt32.random(in: 500...2000))
            return true
        }
    }

    private func migrate() throws {
        do {
            let found = try queue.read { db in try Self.schemaVersion(db) }
            if found > RegisterSchema.current { throw RegisterError.schemaTooNew(address: path, found: found, known: RegisterSchema.current) }
            if found == RegisterSchema.current { return }
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: RegisterSchema.versionTable)
                    // Read again under the write lock: another process may have migrated meanwhile.
                    var version = try Self.schemaVersion(db)
                    if version > RegisterSchema.current {
                        throw RegisterError.schemaTooNew(address: path, found: version, known: RegisterSchema.current)
                    }
                    while version < RegisterSchema.current {
                        version += 1
                        for statement in RegisterSchema.migration(to: version, dialect: .sqlite) { try db.execute(sql: statement) }
                    }
                    try db.execute(sql: "DELETE FROM vanban_schema")
                    try db.execute(sql: "INSERT INTO vanban_schema (version) VALUES (?)", arguments: [version])
                    return .commit
                }
            }
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    private static func schemaVersion(_ db: Database) throws -> Int {
        guard try db.tableExists("vanban_schema") else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT MAX(version) FROM vanban_schema") ?? 0
    }

    public func issue<Extra: Sendable>(_ request: IssueRequest, prepare: @escaping @Sendable (Allocation) throws -> (IssuedRecord, Extra)) async throws -> (RegisterEntry, Extra) {
        try issueNow(request, prepare: prepare)
    }

    /// The synchronous issue, for callers outside Swift concurrency.
    public func issueNow<Extra>(_ request: IssueRequest, prepare: (Allocation) throws -> (IssuedRecord, Extra)) throws -> (RegisterEntry, Extra) {
        do {
            var result: (RegisterEntry, Extra)?
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let highest = try Int.fetchOne(db, sql: """
                        SELECT COALESCE(MAX(number), 0) FROM register_entry WHERE organisation = ? AND sequence = ? AND year = ?
                        """, arguments: [request.organisation, request.sequence, request.year]) ?? 0
                    let allocation = Allocation(organisation: request.organisation, sequence: request.sequence, year: request.year, number: highest + 1)
                    let (record, extra) = try prepare(allocation)
                    var entry = record.entry
                    entry.id = try Self.insert(entry, db: db)
                    try db.execute(sql: "INSERT INTO issued_document (entry_id, format, content, sha256) VALUES (?, ?, ?, ?)",
                                   arguments: [entry.id, record.document.format, record.document.content, record.document.sha256])
                    result = (entry, extra)
                    return .commit
                }
            }
            return result!
        } catch let error as DatabaseError {
            throw map(error, request: request)
        }
    }

    private static func insert(_ entry: RegisterEntry, db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO register_entry (organisation, sequence, year, number, symbol, kind, date, summary, signer, recipients,
                archive_copy, copies, sent_on, received_by, note, status, document_sha256, token, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                entry.organisation, entry.sequence, entry.year, entry.number, entry.symbol, entry.kind, entry.date.iso, entry.summary,
                entry.signer, entry.recipients, entry.archiveCopy, entry.copies, entry.sentOn, entry.receivedBy, entry.note,
                entry.status.rawValue, entry.documentSHA256, entry.token, entry.recordedAt.isEmpty ? DateText.timestamp() : entry.recordedAt,
            ])
        return db.lastInsertedRowID
    }

    public func entries(_ filter: EntryFilter) async throws -> [RegisterEntry] {
        try entriesNow(filter)
    }

    /// The synchronous query.
    public func entriesNow(_ filter: EntryFilter) throws -> [RegisterEntry] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let value = filter.organisation { conditions.append("organisation = ?"); arguments.append(value) }
        if let value = filter.year { conditions.append("year = ?"); arguments.append(value) }
        if let value = filter.sequence { conditions.append("sequence = ?"); arguments.append(value) }
        if let value = filter.kind { conditions.append("kind = ?"); arguments.append(value) }
        if let value = filter.number { conditions.append("number = ?"); arguments.append(value) }
        if let value = filter.symbol { conditions.append("symbol = ?"); arguments.append(value) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT \(RegisterSchema.entryColumns) FROM register_entry \(whereClause) ORDER BY organisation, year, sequence, number",
                                 arguments: StatementArguments(arguments)).map(Self.entry)
            }
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    private static func entry(_ row: Row) -> RegisterEntry {
        RegisterEntry(
            id: row["id"], organisation: row["organisation"], sequence: row["sequence"], year: row["year"], number: row["number"],
            symbol: row["symbol"], kind: row["kind"], date: CivilDate(iso: row["date"]) ?? CivilDate(year: row["year"], month: 1, day: 1)!,
            summary: row["summary"], signer: row["signer"], recipients: row["recipients"], archiveCopy: row["archive_copy"],
            copies: row["copies"], sentOn: row["sent_on"], receivedBy: row["received_by"], note: row["note"],
            status: EntryStatus(rawValue: row["status"]) ?? .issued, documentSHA256: row["document_sha256"], token: row["token"],
            recordedAt: row["recorded_at"])
    }

    public func document(entryID: Int64) async throws -> StoredDocument? {
        do {
            return try sync { try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT format, content, sha256 FROM issued_document WHERE entry_id = ?", arguments: [entryID])
                    .map { StoredDocument(format: $0["format"], content: $0["content"], sha256: $0["sha256"]) }
            } }
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    public func void(entryID: Int64, note: String) async throws -> RegisterEntry {
        do {
            return try sync { try queue.writeWithoutTransaction { db in
                var updated: RegisterEntry?
                try db.inTransaction(.immediate) {
                    guard let row = try Row.fetchOne(db, sql: "SELECT \(RegisterSchema.entryColumns) FROM register_entry WHERE id = ?", arguments: [entryID]) else {
                        throw RegisterError.notFound("#\(entryID)")
                    }
                    var entry = Self.entry(row)
                    if entry.status == .void { throw RegisterError.alreadyVoid(entry.numberAndSymbol) }
                    try db.execute(sql: "UPDATE register_entry SET status = 'void', note = ? WHERE id = ?", arguments: [note, entryID])
                    entry.status = .void
                    entry.note = note
                    updated = entry
                    return .commit
                }
                return updated!
            } }
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    public func importEntries(_ entries: [RegisterEntry]) async throws -> ImportOutcome {
        do {
            return try sync { try queue.writeWithoutTransaction { db in
                var outcome = ImportOutcome(imported: 0, skipped: [])
                try db.inTransaction(.immediate) {
                    for entry in entries {
                        let exists = try Bool.fetchOne(db, sql: """
                            SELECT EXISTS (SELECT 1 FROM register_entry WHERE organisation = ? AND sequence = ? AND year = ? AND number = ?)
                            """, arguments: [entry.organisation, entry.sequence, entry.year, entry.number]) ?? false
                        if exists {
                            outcome.skipped.append(entry)
                        } else {
                            _ = try Self.insert(entry, db: db)
                            outcome.imported += 1
                        }
                    }
                    return .commit
                }
                return outcome
            } }
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    public func scheme(organisation: String) async throws -> NumberingScheme {
        do {
            let text = try sync { try queue.read { db in
                try String.fetchOne(db, sql: "SELECT scheme FROM register_scheme WHERE organisation = ?", arguments: [organisation])
            } }
            return text.flatMap(NumberingScheme.init(rawValue:)) ?? .single
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    public func setScheme(_ scheme: NumberingScheme, organisation: String) async throws {
        do {
            try sync { try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO register_scheme (organisation, scheme) VALUES (?, ?)
                    ON CONFLICT (organisation) DO UPDATE SET scheme = excluded.scheme
                    """, arguments: [organisation, scheme.rawValue])
            } }
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    public func replaceDocument(entryID: Int64, with document: StoredDocument) async throws {
        do {
            try sync { try queue.write { db in
                try db.execute(sql: "UPDATE issued_document SET content = ?, sha256 = ? WHERE entry_id = ?",
                               arguments: [document.content, document.sha256, entryID])
            } }
        } catch let error as DatabaseError {
            throw map(error, frozenLabel: "#\(entryID)")
        }
    }

    public func close() async {
        try? queue.close()
    }

    func map(_ error: DatabaseError, request: IssueRequest? = nil, frozenLabel: String? = nil) -> RegisterError {
        let message = error.message ?? error.description
        if message.contains("vanban: frozen") { return .frozen(frozenLabel ?? "") }
        if error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE, message.contains("register_entry.organisation"), let request {
            return .numberUsed(numberAndSymbol: "?", sequence: request.sequence, year: request.year)
        }
        if error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_PERM {
            return .unreachable(address: path, reason: message)
        }
        return .database(address: path, message: message)
    }
}

/// Runs synchronous GRDB calls from an async function: inside this non-async closure the
/// compiler picks GRDB's blocking overloads, which is what a store used by one command wants.
private func sync<T>(_ body: () throws -> T) rethrows -> T {
    try body()
}
