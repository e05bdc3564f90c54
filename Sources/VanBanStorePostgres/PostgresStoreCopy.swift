import Foundation
import PostgresNIO
import VanBanModel
import VanBanStore

/// Whole tables in and out of the PostgreSQL database, for `vanban store copy`.
extension PostgresRegisterStore {
    public func readAll(_ table: CopiedTable) async throws -> TableRows {
        let logger = logger
        let rows = try await run { connection in
            var rows: [[StoreValue]] = []
            let sql = "SELECT \(table.columnList) FROM \(table.name) ORDER BY \(table.columns[0].name)"
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                let cells = row.makeRandomAccess()
                rows.append(try table.columns.indices.map { index -> StoreValue in
                    switch table.columns[index].kind {
                    case .integer: try cells[index].decode(Int64?.self).map(StoreValue.integer) ?? .null
                    case .text: try cells[index].decode(String?.self).map(StoreValue.text) ?? .null
                    }
                })
            }
            return rows
        }
        return TableRows(table: table, rows: rows)
    }

    public func writeAll(_ tables: [TableRows]) async throws {
        let logger = logger
        let address = address
        try await run { connection in
            try await Self.transaction(connection, logger: logger) {
                // Other clients (a server left running) wait until the copy commits or rolls back.
                let names = StoreCopy.tables.map(\.name).joined(separator: ", ")
                _ = try await connection.query(PostgresQuery(unsafeSQL: "LOCK TABLE \(names) IN SHARE ROW EXCLUSIVE MODE"), logger: logger)
                for table in StoreCopy.tables {
                    let rows = try await Self.count(table, connection, logger: logger)
                    if rows > 0 { throw Diagnostic(RegisterMessage.copyTargetNotEmpty(address: address, table: table.name, rows: String(rows))) }
                }
                for copied in tables {
                    let placeholders = copied.table.columns.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
                    let sql = "INSERT INTO \(copied.table.name) (\(copied.table.columnList)) VALUES (\(placeholders))"
                    for row in copied.rows {
                        var binds = PostgresBindings()
                        for value in row {
                            switch value {
                            case let .integer(number): binds.append(number)
                            case let .text(text): binds.append(text)
                            case .null: binds.appendNull()
                            }
                        }
                        _ = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
                    }
                    // Ids were copied as they were: the sequence must hand out the next one after them.
                    if let serial = copied.table.serial {
                        _ = try await connection.query(PostgresQuery(unsafeSQL: """
                            SELECT setval(pg_get_serial_sequence('\(copied.table.name)', '\(serial)'), COALESCE(MAX(\(serial)), 1), MAX(\(serial)) IS NOT NULL)
                            FROM \(copied.table.name)
                            """), logger: logger)
                    }
                }
            }
        }
    }

    public func rowCount(_ table: CopiedTable) async throws -> Int {
        let logger = logger
        return try await run { connection in try await Self.count(table, connection, logger: logger) }
    }

    private static func count(_ table: CopiedTable, _ connection: PostgresConnection, logger: Logger) async throws -> Int {
        var count = 0
        for try await value in try await connection.query(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table.name)"), logger: logger).decode(Int.self) {
            count = value
        }
        return count
    }
}
