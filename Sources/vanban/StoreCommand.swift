import ArgumentParser
import Foundation
import VanBan
import VanBanStore
import VanBanStorePostgres
import VanBanStoreSQLite

struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Move the whole register between databases (SQLite ↔ PostgreSQL).",
        subcommands: [StoreCopyCommand.self]
    )
}

struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every register entry, issued document, numbering scheme, draft and user into an empty database.",
        discussion: """
            The target is written in one transaction and must be empty (a new SQLite file, or a new \
            PostgreSQL database); the row counts are checked afterwards. Numbers continue where the \
            source stopped: the next document issued on the target gets the next number. Sign-in \
            sessions are not copied. Stop the servers that use the source first.

            Examples:
              vanban store copy --from vanban.db --to postgres://vanban@db.truong.local/vanban
              vanban store copy --from postgres://vanban@db.truong.local/vanban --to vanban-copy.db
            """
    )

    @Option(name: .long, help: ArgumentHelp("The database to copy: a SQLite file or postgres://….", valueName: "FILE|URL"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The empty database to fill: a SQLite file (created) or postgres://….", valueName: "FILE|URL"))
    var to: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console(language: common.language)
        let language = common.language
        try console.runStore {
            let source = try Self.address(from), target = try Self.address(to)
            if source == target { throw Diagnostic(CommandMessage.copySameDatabase(source.description)) }
            // Opening never creates a SQLite source: a mistyped path must not become an empty register.
            if case let .sqlite(path) = source, !FileManager.default.fileExists(atPath: path) {
                throw Diagnostic(Message.fileUnreadable(file: path, FileProblem(errno: ENOENT)))
            }
            let from = try Self.open(source, language: language)
            let to: any WorkbenchStore
            do { to = try Self.open(target, language: language) } catch { runClose(from); throw error }
            let counts = try runBlocking {
                do {
                    let counts = try await StoreCopy.copy(from: from, to: to)
                    await from.close()
                    await to.close()
                    return counts.map { "\($0.table) \($0.rows)" }.joined(separator: ", ")
                } catch {
                    await from.close()
                    await to.close()
                    throw error
                }
            }
            console.say(Diagnostic(CommandMessage.storeCopied(from: source.description, to: target.description, counts: counts)))
        }
    }

    private static func address(_ text: String) throws -> DatabaseAddress {
        do { return try DatabaseAddress.parse(text) } catch let error as RegisterAddressError {
            throw Diagnostic(RegisterMessage.badAddress(address: error.text))
        }
    }

    /// Opens a store with room for a long single transaction (a big register is many rows).
    private static func open(_ address: DatabaseAddress, language: Language) throws -> any WorkbenchStore {
        switch address {
        case let .sqlite(path):
            return try SQLiteRegisterStore(path: path)
        case let .postgres(server):
            return try runBlocking {
                try await PostgresRegisterStore(server, operationTimeout: 3600) { warning in
                    FileHandle.standardError.write(Data((warning.formatted(in: language) + "\n").utf8))
                }
            }
        }
    }

    private func runClose(_ store: any WorkbenchStore) {
        try? runBlocking { await store.close() }
    }
}
