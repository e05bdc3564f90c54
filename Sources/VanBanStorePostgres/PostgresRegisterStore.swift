import Foundation
import PostgresNIO
import VanBanModel
import VanBanStore

/// The register on a PostgreSQL server, shared by many clerks and machines, through postgres-nio.
///
/// An issue takes a transaction-scoped advisory lock on its series (organisation, sequence, year)
/// before reading max(number), so concurrent issuers queue instead of colliding; the unique
/// constraint backs this up. A lost connection (server restarted) is reported, re-opened and the
/// transaction retried; the attempt's token makes a retry find an entry whose commit was not
/// acknowledged, so no document is registered twice.
public actor PostgresRegisterStore: RegisterStore {
    /// The server and database.
    public nonisolated let server: PostgresAddress
    public nonisolated var address: String { server.description }
    /// Called with a warning each time the connection is lost and re-opened.
    private let onReconnect: @Sendable (Diagnostic) -> Void
    /// How long to keep trying to reconnect before giving up.
    private let patience: TimeInterval
    /// How long one operation may take before its connection is given up as dead.
    private let operationTimeout: TimeInterval
    private var connection: PostgresConnection?
    var logger: Logger
    private var connectionCounter = 0
    /// True while one operation uses the connection; the others wait their turn in `waiting`.
    private var connectionBusy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Connects and migrates. `patience` is how long a lost server is waited for.
    public init(_ server: PostgresAddress, patience: TimeInterval = 60, operationTimeout: TimeInterval = 10, onReconnect: @escaping @Sendable (Diagnostic) -> Void = { _ in }) async throws {
        self.server = server
        self.patience = patience
        self.operationTimeout = operationTimeout
        self.onReconnect = onReconnect
        var logger = Logger(label: "vanban.register.postgres")
        logger.logLevel = .critical
        self.logger = logger
        do {
            connection = try await connect()
        } catch {
            throw RegisterError.unreachable(address: server.description, reason: Self.describe(error))
        }
        do {
            try await migrate()
        } catch {
            // postgres-nio traps on a connection dropped unclosed (a schema too new, say).
            await close()
            throw error
        }
    }

    private func connect() async throws -> PostgresConnection {
        connectionCounter += 1
        return try await Self.connect(server, id: connectionCounter, logger: logger)
    }

    private static func connect(_ server: PostgresAddress, id: Int, logger: Logger) async throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: server.user, password: server.password, database: server.database, tls: .disable)
        return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
    }

    // MARK: - Running work with reconnects and retries

    /// Runs `work` on the connection; on a lost connection or a serialization failure, reconnects
    /// (reporting it) and runs it again, until `patience` runs out.
    func run<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        // One operation at a time on the one connection: the actor lets another call in at every
        // await, and two transactions sharing a connection would read the same max(number).
        await takeConnection()
        defer { giveConnectionBack() }
        let deadline = Date().addingTimeInterval(patience)
        var attempt = 0
        while true {
            attempt += 1
            do {
                let current: PostgresConnection
                if let connection, !connection.isClosed {
                    current = connection
                } else {
                    let server = server, logger = logger, id = connectionCounter + 1
                    connectionCounter = id
                    current = try await Self.connectWithDeadline(operationTimeout, server, id: id, logger: logger)
                    connection = current
                }
                // A query whose connection dies under it has been seen never to return; a
                // deadline turns that into a lost connection, and the token makes the retry safe.
                return try await Self.withDeadline(operationTimeout) { try await work(current) }
            } catch {
                let kind = Self.classify(error)
                guard kind != .other, Date() < deadline else { throw map(error) }
                if kind == .connection {
                    onReconnect(Diagnostic(RegisterMessage.connectionLost(address: server.description, reason: Self.describe(error), attempt: String(attempt))))
                    // Closing a connection the server already dropped can wait forever: let it go.
                    if let broken = connection { Task { try? await broken.close() } }
                    connection = nil
                    try await Task.sleep(nanoseconds: UInt64(min(2.0, 0.1 * Double(attempt)) * 1e9))
                }
            }
        }
    }

    private func takeConnection() async {
        if connectionBusy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            connectionBusy = true
        }
    }

    /// Hands the connection to the longest waiter (it stays busy), or frees it.
    private func giveConnectionBack() {
        if waiting.isEmpty {
            connectionBusy = false
        } else {
            waiting.removeFirst().resume()
        }
    }

    private enum FailureKind { case connection, retry, other }

    /// An operation that took longer than `operationTimeout`.
    struct OperationTimeout: Error, CustomStringConvertible {
        var description: String { "no answer in time" }
    }

    /// Resumes a continuation once, whichever of the work and the timer finishes first.
    private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, Error>?
        init(_ continuation: CheckedContinuation<T, Error>) { self.continuation = continuation }
        @discardableResult
        func resume(_ result: Result<T, Error>) -> Bool {
            lock.lock()
            let pending = continuation
            continuation = nil
            lock.unlock()
            pending?.resume(with: result)
            return pending != nil
        }
    }

    /// Runs `body`, failing with `OperationTimeout` after `seconds` even if `body` never returns
    /// (a task group would wait for it; an unstructured task is left behind instead).
    private static func withDeadline<T: Sendable>(_ seconds: TimeInterval, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let once = ResumeOnce(continuation)
            let worker = Task {
                do { once.resume(.success(try await body())) } catch { once.resume(.failure(error)) }
            }
            Task {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                if once.resume(.failure(OperationTimeout())) { worker.cancel() }
            }
        }
    }

    /// Connects within `seconds`. A connection that arrives after the deadline has passed is
    /// closed, not dropped: postgres-nio treats an unclosed connection as a programming error.
    private static func connectWithDeadline(_ seconds: TimeInterval, _ server: PostgresAddress, id: Int, logger: Logger) async throws -> PostgresConnection {
        let late = LateConnection()
        do {
            return try await withDeadline(seconds) {
                let connection = try await connect(server, id: id, logger: logger)
                if late.claim(connection) { try? await connection.close() }
                return connection
            }
        } catch {
            if let waiting = late.abandon() { try? await waiting.close() }
            throw error
        }
    }

    /// Hands a connection that finished after its deadline to whoever must close it.
    private final class LateConnection: @unchecked Sendable {
        private let lock = NSLock()
        private var abandoned = false
        private var connection: PostgresConnection?
        /// Called by the connecting task: true when the caller already gave up (close it).
        func claim(_ connection: PostgresConnection) -> Bool {
            lock.lock(); defer { lock.unlock() }
            if abandoned { return true }
            self.connection = connection
            return false
        }
        /// Called by the caller on timeout: the connection if it arrived meanwhile.
        func abandon() -> PostgresConnection? {
            lock.lock(); defer { lock.unlock() }
            abandoned = true
            let arrived = connection
            connection = nil
            return arrived
        }
    }

    private static func classify(_ error: Error) -> FailureKind {
        if let register = error as? RegisterError, case .database = register { return .other }
        if error is OperationTimeout { return .connection }
        guard let error = error as? PSQLError else {
            // A refused connect (server still starting) surfaces as a NIO channel error.
            return (error as NSError).domain == NSPOSIXErrorDomain || "\(type(of: error))".contains("Channel") || "\(type(of: error))".contains("Connect") ? .connection : .other
        }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown: return .connection
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            if state == "40001" || state == "40P01" { return .retry }
            // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 08xxx connection exceptions.
            if state.hasPrefix("57P") || state.hasPrefix("08") { return .connection }
            return .other
        default: return .other
        }
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }

    private func map(_ error: Error) -> Error {
        if error is RegisterError || error is Diagnostic || error is DiagnosticError { return error }
        if let error = error as? PSQLError {
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "\(error.code)"
            if state == "VB506" || message.contains("vanban: frozen") { return RegisterError.frozen("") }
            if error.code == .server { return RegisterError.database(address: address, message: message) }
            return RegisterError.unreachable(address: address, reason: message)
        }
        // Errors of the caller's own (a failing render …) pass through unchanged.
        guard Self.classify(error) == .connection else { return error }
        return RegisterError.unreachable(address: address, reason: Self.describe(error))
    }

    /// Runs `body` between BEGIN and COMMIT, rolling back when it throws.
    static func transaction<T: Sendable>(_ connection: PostgresConnection, logger: Logger, _ body: () async throws -> T) async throws -> T {
        _ = try await connection.query("BEGIN", logger: logger)
        do {
            let value = try await body()
            _ = try await connection.query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    // MARK: - Schema

    private func migrate() async throws {
        let logger = logger
        try await run { connection in
            try await Self.transaction(connection, logger: logger) {
                // One migrator at a time across every client of this database.
                _ = try await connection.query("SELECT pg_advisory_xact_lock(7265636)", logger: logger)
                _ = try await connection.query(PostgresQuery(unsafeSQL: RegisterSchema.versionTable), logger: logger)
                var version = 0
                for try await (found) in try await connection.query("SELECT COALESCE(MAX(version), 0) FROM vanban_schema", logger: logger).decode(Int.self) {
                    version = found
                }
                if version > RegisterSchema.current {
                    throw RegisterError.schemaTooNew(address: self.server.description, found: version, known: RegisterSchema.current)
                }
                guard version < RegisterSchema.current else { return }
                while version < RegisterSchema.current {
                    version += 1
                    for statement in RegisterSchema.migration(to: version, dialect: .postgres) {
                        _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                }
                _ = try await connection.query("DELETE FROM vanban_schema", logger: logger)
                _ = try await connection.query("INSERT INTO vanban_schema (version) VALUES (\(version))", logger: logger)
            }
        }
    }

    // MARK: - RegisterStore

    public func issue<Extra: Sendable>(_ request: IssueRequest, prepare: @escaping @Sendable (Allocation) throws -> (IssuedRecord, Extra)) async throws -> (RegisterEntry, Extra) {
        let logger = logger
        do {
            return try await run { connection in
                try await Self.transaction(connection, logger: logger) {
                    let lockKey = "\(request.organisation)\u{1F}\(request.sequence)\u{1F}\(request.year)"
                    _ = try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\(lockKey), 0))", logger: logger)
                    // A retry whose earlier commit went through but was not acknowledged finds its entry here.
                    if let previous = try await Self.fetchEntries(connection, logger: logger, where: "token = $1", binds: [request.token]).first {
                        let allocation = Allocation(organisation: previous.organisation, sequence: previous.sequence, year: previous.year, number: previous.number)
                        return (previous, try prepare(allocation).1)
                    }
                    var highest = 0
                    for try await value in try await connection.query("""
                        SELECT COALESCE(MAX(number), 0) FROM register_entry
                        WHERE organisation = \(request.organisation) AND sequence = \(request.sequence) AND year = \(request.year)
                        """, logger: logger).decode(Int.self) {
                        highest = value
                    }
                    let allocation = Allocation(organisation: request.organisation, sequence: request.sequence, year: request.year, number: highest + 1)
                    let (record, extra) = try prepare(allocation)
                    var entry = record.entry
                    entry.id = try await Self.insert(entry, connection, logger: logger)
                    _ = try await connection.query("""
                        INSERT INTO issued_document (entry_id, format, content, sha256)
                        VALUES (\(entry.id!), \(record.document.format), \(record.document.content), \(record.document.sha256))
                        """, logger: logger)
                    return (entry, extra)
                }
            }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            throw RegisterError.numberUsed(numberAndSymbol: "?", sequence: request.sequence, year: request.year)
        }
    }

    private static func insert(_ entry: RegisterEntry, _ connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        let recorded = entry.recordedAt.isEmpty ? DateText.timestamp() : entry.recordedAt
        let rows = try await connection.query("""
            INSERT INTO register_entry (organisation, sequence, year, number, symbol, kind, date, summary, signer, recipients,
                archive_copy, copies, sent_on, received_by, note, status, document_sha256, token, recorded_at)
            VALUES (\(entry.organisation), \(entry.sequence), \(entry.year), \(entry.number), \(entry.symbol), \(entry.kind),
                \(entry.date.iso), \(entry.summary), \(entry.signer), \(entry.recipients), \(entry.archiveCopy), \(entry.copies),
                \(entry.sentOn), \(entry.receivedBy), \(entry.note), \(entry.status.rawValue), \(entry.documentSHA256), \(entry.token), \(recorded))
            RETURNING id
            """, logger: logger)
        var id: Int64 = 0
        for try await value in rows.decode(Int64.self) { id = value }
        return id
    }

    private static func fetchEntries(_ connection: PostgresConnection, logger: Logger, where condition: String, binds values: [any Sendable], forUpdate: Bool = false) async throws -> [RegisterEntry] {
        var binds = PostgresBindings()
        for value in values {
            switch value {
            case let value as String: binds.append(value)
            case let value as Int: binds.append(value)
            case let value as Int64: binds.append(value)
            default: binds.appendNull()
            }
        }
        let whereClause = condition.isEmpty ? "" : "WHERE \(condition)"
        let sql = "SELECT \(RegisterSchema.entryColumns) FROM register_entry \(whereClause) ORDER BY organisation, year, sequence, number\(forUpdate ? " FOR UPDATE" : "")"
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        var entries: [RegisterEntry] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let year = try cells["year"].decode(Int.self)
            entries.append(RegisterEntry(
                id: try cells["id"].decode(Int64.self), organisation: try cells["organisation"].decode(String.self),
                sequence: try cells["sequence"].decode(String.self), year: year, number: try cells["number"].decode(Int.self),
                symbol: try cells["symbol"].decode(String.self), kind: try cells["kind"].decode(String?.self),
                date: CivilDate(iso: try cells["date"].decode(String.self)) ?? CivilDate(year: year, month: 1, day: 1)!,
                summary: try cells["summary"].decode(String.self), signer: try cells["signer"].decode(String.self),
                recipients: try cells["recipients"].decode(String.self), archiveCopy: try cells["archive_copy"].decode(String.self),
                copies: try cells["copies"].decode(Int?.self), sentOn: try cells["sent_on"].decode(String.self),
                receivedBy: try cells["received_by"].decode(String.self), note: try cells["note"].decode(String.self),
                status: EntryStatus(rawValue: try cells["status"].decode(String.self)) ?? .issued,
                documentSHA256: try cells["document_sha256"].decode(String?.self), token: try cells["token"].decode(String?.self),
                recordedAt: try cells["recorded_at"].decode(String.self)))
        }
        return entries
    }

    public func entries(_ filter: EntryFilter) async throws -> [RegisterEntry] {
        var conditions: [String] = []
        var values: [any Sendable] = []
        func add(_ column: String, _ value: (any Sendable)?) {
            guard let value else { return }
            values.append(value)
            conditions.append("\(column) = $\(values.count)")
        }
        add("organisation", filter.organisation)
        add("year", filter.year)
        add("sequence", filter.sequence)
        add("kind", filter.kind)
        add("number", filter.number)
        add("symbol", filter.symbol)
        let condition = conditions.joined(separator: " AND ")
        let binds = values
        let logger = logger
        return try await run { connection in
            try await Self.fetchEntries(connection, logger: logger, where: condition, binds: binds)
        }
    }

    public func document(entryID: Int64) async throws -> StoredDocument? {
        let logger = logger
        return try await run { connection in
            var found: StoredDocument?
            for try await (format, content, sha) in try await connection.query(
                "SELECT format, content, sha256 FROM issued_document WHERE entry_id = \(entryID)", logger: logger
            ).decode((String, String, String).self) {
                found = StoredDocument(format: format, content: content, sha256: sha)
            }
            return found
        }
    }

    public func void(entryID: Int64, note: String) async throws -> RegisterEntry {
        let logger = logger
        return try await run { connection in
            try await Self.transaction(connection, logger: logger) {
                guard var entry = try await Self.fetchEntries(connection, logger: logger, where: "id = $1", binds: [entryID], forUpdate: true).first else {
                    throw RegisterError.notFound("#\(entryID)")
                }
                if entry.status == .void { throw RegisterError.alreadyVoid(entry.numberAndSymbol) }
                _ = try await connection.query("UPDATE register_entry SET status = 'void', note = \(note) WHERE id = \(entryID)", logger: logger)
                entry.status = .void
                entry.note = note
                return entry
            }
        }
    }

    public func importEntries(_ entries: [RegisterEntry]) async throws -> ImportOutcome {
        let logger = logger
        return try await run { connection in
            try await Self.transaction(connection, logger: logger) {
                _ = try await connection.query("LOCK TABLE register_entry IN SHARE ROW EXCLUSIVE MODE", logger: logger)
                var outcome = ImportOutcome(imported: 0, skipped: [])
                for entry in entries {
                    var exists = false
                    for try await _ in try await connection.query("""
                        SELECT 1 FROM register_entry WHERE organisation = \(entry.organisation) AND sequence = \(entry.sequence)
                        AND year = \(entry.year) AND number = \(entry.number)
                        """, logger: logger) {
                        exists = true
                    }
                    if exists {
                        outcome.skipped.append(entry)
                    } else {
                        _ = try await Self.insert(entry, connection, logger: logger)
                        outcome.imported += 1
                    }
                }
                return outcome
            }
        }
    }

    public func scheme(organisation: String) async throws -> NumberingScheme {
        let logger = logger
        return try await run { connection in
            var scheme = NumberingScheme.single
            for try await text in try await connection.query(
                "SELECT scheme FROM register_scheme WHERE organisation = \(organisation)", logger: logger
            ).decode(String.self) {
                scheme = NumberingScheme(rawValue: text) ?? .single
            }
            return scheme
        }
    }

    public func setScheme(_ scheme: NumberingScheme, organisation: String) async throws {
        let logger = logger
        try await run { connection in
            _ = try await connection.query("""
                INSERT INTO register_scheme (organisation, scheme) VALUES (\(organisation), \(scheme.rawValue))
                ON CONFLICT (organisation) DO UPDATE SET scheme = excluded.scheme
                """, logger: logger)
        }
    }

    public func replaceDocument(entryID: Int64, with document: StoredDocument) async throws {
        let logger = logger
        do {
            try await run { connection in
                _ = try await connection.query(
                    "UPDATE issued_document SET content = \(document.content), sha256 = \(document.sha256) WHERE entry_id = \(entryID)",
                    logger: logger)
            }
        } catch RegisterError.frozen {
            throw RegisterError.frozen("#\(entryID)")
        }
    }

    public func close() async {
        try? await connection?.close()
        connection = nil
    }
}
