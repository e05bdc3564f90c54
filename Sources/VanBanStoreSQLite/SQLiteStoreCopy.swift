import Foundation
import GRDB
import VanBanModel
import VanBanStore

/// Whole tables in and out of the SQLite file, for `vanban store copy`.
extension SQLiteRegisterStore {
    public func readAll(_ table: CopiedTable) async throws -> TableRows {
        let rows = try guardedCopy { try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT \(table.columnList) FROM \(table.name) ORDER BY rowid").map { row in
                table.columns.indices.map { index -> StoreValue in
                    switch row[index] as DatabaseValue {
                    case let value where value.isNull: .null
                    case let value: table.columns[index].kind == .integer
                        ? Int64.fromDatabaseValue(value).map(StoreValue.integer) ?? .null
                        : String.fromDatabaseValue(value).map(StoreValue.text) ?? .null
                    }
                }
            }
        } }
        return TableRows(table: table, rows: rows)
    }

    public func writeAll(_ tables: [TableRows]) async throws {
        let path = path
        try guardedCopy { try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                // Checked under the write lock, so nothing can slip in between the check and the copy.
                for table in StoreCopy.tables {
                    let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0
                    if rows > 0 { throw Diagnostic(RegisterMessage.copyTargetNotEmpty(address: path, table: table.name, rows: String(rows))) }
                }
                for copied in tables {
                    let placeholders = Array(repeating: "?", count: copied.table.columns.count).joined(separator: ", ")
                    let statement = try db.makeStatement(sql: "INSERT INTO \(copied.table.name) (\(copied.table.columnList)) VALUES (\(placeholders))")
                    for row in copied.rows {
                        try statement.execute(arguments: StatementArguments(row.map { value -> (any DatabaseValueConvertible)? in
                            switch value {
                            case let .integer(number): number
                            case let .text(text): text
                            case .null: nil
                            }
                        }))
                    }
                }
                return .commit
            }
        } }
    }

    public func rowCount(_ table: CopiedTable) async throws -> Int {
        try guardedCopy { try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0 } }
    }

    /// Runs a GRDB call and turns its errors into register errors.
    private func guardedCopy<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw map(error) }
    }
}
