import ArgumentParser
import Dispatch
import Foundation
import VanBan
import VanBanStore
import VanBanStorePostgres
import VanBanStoreSQLite

/// Holds an async result for the synchronous command line.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// Runs async store work from a synchronous command: the main thread waits on a semaphore
/// while the work runs on the cooperative pool (never blocks a pool thread itself).
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let semaphore = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        semaphore.signal()
    }
    semaphore.wait()
    return try box.result!.get()
}

/// The `--database` option every register command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: [.customLong("database"), .customLong("register")], help: ArgumentHelp(
        "The register: a SQLite file, or postgres://user@host:5432/db. Default: $VANBAN_DATABASE, else vanban.db here.",
        valueName: "FILE|URL"))
    var database: String?

    /// Opens the store (creating and migrating it on first use).
    func open(language: Language) throws -> any RegisterStore {
        let address: DatabaseAddress
        do {
            address = try DatabaseAddress.resolve(database)
        } catch let error as RegisterAddressError {
            throw Diagnostic(RegisterMessage.badAddress(address: error.text))
        }
        switch address {
        case let .sqlite(path):
            return try SQLiteRegisterStore(path: path)
        case let .postgres(server):
            return try runBlocking {
                try await PostgresRegisterStore(server) { warning in
                    FileHandle.standardError.write(Data((warning.formatted(in: language) + "\n").utf8))
                }
            }
        }
    }
}

extension Console {
    /// Like `run`, and store errors become their catalog messages.
    func runStore(_ body: () throws -> Void) throws {
        try run {
            do {
                try body()
            } catch let error as RegisterError {
                throw error.diagnostic
            }
        }
    }

    /// Prints one note or warning.
    func say(_ diagnostic: Diagnostic) { report([diagnostic]) }
}

/// Finds one entry by "257/QĐ-MNTT" (or "257"), narrowed by year and organisation.
func findEntry(_ label: String, year: Int?, organisation: String?, in store: any RegisterStore) throws -> RegisterEntry {
    guard let (number, symbol) = RegisterImport.parseNumber(label) else {
        throw Diagnostic(Message.unparsedNumber(label))
    }
    let filter = EntryFilter(organisation: organisation, year: year, number: number, symbol: symbol.isEmpty ? nil : symbol)
    let found = try runBlocking { try await store.entries(filter) }
    let suffix = year.map { " (\($0))" } ?? ""
    guard let first = found.first else { throw Diagnostic(RegisterMessage.notFound(number: label, detail: suffix)) }
    if found.count > 1 {
        let choices = found.map { "\($0.numberAndSymbol) \($0.year) \($0.sequence)" }.joined(separator: "; ")
        throw Diagnostic(RegisterMessage.ambiguous(number: label, choices: choices))
    }
    return first
}
