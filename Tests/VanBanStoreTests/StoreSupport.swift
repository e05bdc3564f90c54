import Foundation
import ProcessKit
import Testing
import VanBan
import VanBanStore
import VanBanStorePostgres
import VanBanStoreSQLite
import VanBanTestSupport

/// The two back ends under test. PostgreSQL comes from `VANBAN_TEST_POSTGRES`, which `.ci/run`
/// sets after `scripts/start-test-postgres.sh`; in CI its absence is a failure, elsewhere the
/// PostgreSQL tests are reported as skipped with the reason.
enum Backends {
    static let postgresURL = ProcessInfo.processInfo.environment["VANBAN_TEST_POSTGRES"]
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil
    /// Run the PostgreSQL tests: the server is configured, or we are in CI (where they then fail loudly).
    static let postgresEnabled = postgresURL != nil || inCI
    static let postgresReason: Comment = "VANBAN_TEST_POSTGRES is not set: PostgreSQL tests NOT run (eval \"$(bash scripts/start-test-postgres.sh)\" first)"

    /// The PostgreSQL address, or a test failure saying why there is none.
    static func postgres() throws -> String {
        try #require(postgresURL, "VANBAN_TEST_POSTGRES must be set in CI (.ci/run starts the server)")
    }

    /// A fresh SQLite file in a fresh folder.
    static func sqliteFile() throws -> String {
        try ExternalTool.temporaryDirectory("vanban-store").appendingPathComponent("vanban.db").path
    }

    /// Opens a store at an address.
    static func open(_ address: String) async throws -> any RegisterStore {
        switch try DatabaseAddress.parse(address) {
        case let .sqlite(path): try SQLiteRegisterStore(path: path)
        // Generous limits: in the test process, tests that block on LibreOffice or other programs
        // can hold both of a 2-core machine's cooperative threads for minutes, and an answer that
        // came in time would then be resumed only after the store's own 10 s limit had fired.
        // (The workers and the command line run in processes of their own, with the real limits.)
        case let .postgres(server): try await PostgresRegisterStore(server, patience: 900, operationTimeout: 900)
        }
    }

    /// A fresh organisation name, so each test on the shared PostgreSQL database starts from 01.
    static func organisation() -> String { "T" + UUID().uuidString.prefix(8).uppercased() }
}

/// The sample decision as a draft of a given organisation.
func draft(organisation: String, kind: DocumentKind = .quyetDinh) throws -> Document {
    var document = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
    document.number = nil
    document.date = nil
    document.kind = kind
    document.issuer?.abbreviation = organisation
    return document
}

/// Issues a draft on a day and returns the entry.
@discardableResult
func issue(_ document: Document, on day: String, store: any RegisterStore, secret: Bool = false) async throws -> RegisterEntry {
    let options = IssueOptions(date: try #require(DateText.parse(day)), secret: secret)
    return try await DocumentIssuing.issue(document, options: options, store: store) { _ in () }.entry
}

/// The built executables next to the test bundle.
enum Binaries {
    static func path(_ name: String) -> String { Repository.builtProduct(name).path }

    /// Starts `vanban-bench register-worker` issuing `count` documents; its stdout lists the numbers.
    static func worker(database: String, organisation: String, count: Int, output: URL) throws -> ChildProcess {
        try ChildProcess.start(path("vanban-bench"),
                               ["register-worker", "--database", database, "--organisation", organisation, "--count", String(count)],
                               stdout: .file(output.path), stderr: .file(output.appendingPathExtension("err").path))
    }
}

/// Checks a series is exactly 1…n, each once, every issued entry with its frozen document and
/// matching hash, and no document without an entry.
func checkConsistent(_ store: any RegisterStore, organisation: String, expected: Int? = nil) async throws -> [RegisterEntry] {
    let entries = try await store.entries(EntryFilter(organisation: organisation))
    for series in Set(entries.map { "\($0.sequence) \($0.year)" }) {
        let numbers = entries.filter { "\($0.sequence) \($0.year)" == series }.map(\.number).sorted()
        #expect(numbers == Array(1...numbers.count), "series \(series): numbers are not 1…n without gaps or repeats")
    }
    if let expected { #expect(entries.count == expected) }
    #expect(Set(entries.compactMap(\.token)).count == entries.count, "each issue attempt wrote at most one entry")
    for entry in entries where entry.status != .imported {
        let id = try #require(entry.id)
        let document = try #require(try await store.document(entryID: id), "entry \(entry.number) has no document")
        #expect(document.sha256 == entry.documentSHA256)
        #expect(DocumentIssuing.sha256(document.content) == document.sha256)
        // Reading every document back costs seconds in a debug build: every 50th is enough.
        if entry.number % 50 == 1 {
            let stamped = try DocumentData.load(document.content, format: .json).document
            #expect(stamped.number == entry.number)
        }
    }
    return entries
}
