import VanBanModel

/// One value of a copied row: the schema holds only integers and texts.
public enum StoreValue: Sendable, Hashable {
    case integer(Int64)
    case text(String)
    case null
}

/// A table `vanban store copy` carries from one database to another.
public struct CopiedTable: Sendable, Hashable {
    /// What a column holds, so each back end reads and binds it with the right type.
    public enum Kind: Sendable, Hashable { case integer, text }

    /// The table name.
    public var name: String
    /// Its columns, in the order rows carry them.
    public var columns: [(name: String, kind: Kind)]
    /// The column filled by a database sequence (PostgreSQL BIGSERIAL), moved past the copied ids.
    public var serial: String?

    /// Describes a table; `columns` as "name" (text) or "name:int".
    public init(_ name: String, _ columns: [String], serial: String? = nil) {
        self.name = name
        self.columns = columns.map { column in
            column.hasSuffix(":int") ? (String(column.dropLast(4)), .integer) : (column, .text)
        }
        self.serial = serial
    }

    /// The column names joined for SQL.
    public var columnList: String { columns.map(\.name).joined(separator: ", ") }

    public static func == (a: CopiedTable, b: CopiedTable) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Every row of one table.
public struct TableRows: Sendable {
    /// Which table.
    public var table: CopiedTable
    /// The rows, each with one value per column of `table`.
    public var rows: [[StoreValue]]

    /// Creates a table's rows.
    public init(table: CopiedTable, rows: [[StoreValue]]) {
        self.table = table
        self.rows = rows
    }
}

/// What `vanban store copy` copies, parents before the tables that point at them.
///
/// Sessions (`workbench_session`) are not copied: they are short-lived, and users simply sign in
/// again on the new database. `vanban_schema` is written by each store when it opens.
/// A new table in `RegisterSchema` needs one line here (and nothing else) to be copied.
public enum StoreCopy {
    /// The tables, in copy order.
    public static let tables: [CopiedTable] = [
        CopiedTable("register_scheme", ["organisation", "scheme"]),
        CopiedTable("register_entry", ["id:int", "organisation", "sequence", "year:int", "number:int", "symbol", "kind", "date", "summary",
                                       "signer", "recipients", "archive_copy", "copies:int", "sent_on", "received_by", "note", "status",
                                       "document_sha256", "token", "recorded_at"], serial: "id"),
        CopiedTable("issued_document", ["entry_id:int", "format", "content", "sha256"]),
        CopiedTable("draft", ["id:int", "title", "content", "version:int", "updated_at", "updated_by", "entry_id:int"], serial: "id"),
        CopiedTable("workbench_user", ["name", "role", "password_hash"]),
        CopiedTable("school_profile", ["organisation", "content", "updated_at", "updated_by"]),
    ]

    /// Tables present in the schema but deliberately left behind.
    public static let skipped = ["workbench_session"]

    /// Reads every table of `source`, writes them into the empty `target` in one transaction, and
    /// checks each table's row count in the target afterwards. Returns the counts copied.
    public static func copy(from source: any WorkbenchStore, to target: any WorkbenchStore) async throws -> [(table: String, rows: Int)] {
        var all: [TableRows] = []
        for table in tables { all.append(try await source.readAll(table)) }
        try await target.writeAll(all)
        var counts: [(String, Int)] = []
        for copied in all {
            let found = try await target.rowCount(copied.table)
            guard found == copied.rows.count else {
                throw Diagnostic(RegisterMessage.copyCountMismatch(table: copied.table.name, expected: String(copied.rows.count), found: String(found)))
            }
            counts.append((copied.table.name, found))
        }
        return counts
    }
}
