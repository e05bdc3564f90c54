/// The SQL dialects the store speaks.
public enum SQLDialect: Sendable {
    case sqlite, postgres
}

/// The versioned schema both back ends share. Each version is a list of statements run in one
/// transaction; the table `vanban_schema` holds the version reached. A database whose version is
/// above `current` belongs to a newer program and is refused.
public enum RegisterSchema {
    /// The schema version this program writes.
    public static let current = 3

    /// The table holding the version, created before anything else.
    public static let versionTable = "CREATE TABLE IF NOT EXISTS vanban_schema (version INTEGER NOT NULL)"

    /// The statements that bring a database from version `version - 1` to `version`.
    public static func migration(to version: Int, dialect: SQLDialect) -> [String] {
        switch version {
        case 1: return version1(dialect)
        case 2: return version2(dialect)
        case 3: return version3(dialect)
        default: return []
        }
    }

    /// The columns of `register_entry`, in the order the stores read them.
    public static let entryColumns = """
        id, organisation, sequence, year, number, symbol, kind, date, summary, signer, recipients, archive_copy, \
        copies, sent_on, received_by, note, status, document_sha256, token, recorded_at
        """

    private static func version1(_ dialect: SQLDialect) -> [String] {
        let id = dialect == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
        let reference = dialect == .sqlite ? "INTEGER" : "BIGINT"
        var statements = [
            "CREATE TABLE register_scheme (organisation TEXT PRIMARY KEY, scheme TEXT NOT NULL CHECK (scheme IN ('single', 'per-kind')))",
            // The id is only a row handle; the document number never comes from a database sequence.
            """
            CREATE TABLE register_entry (
                id \(id),
                organisation TEXT NOT NULL,
                sequence TEXT NOT NULL,
                year INTEGER NOT NULL,
                number INTEGER NOT NULL CHECK (number > 0),
                symbol TEXT NOT NULL,
                kind TEXT,
                date TEXT NOT NULL,
                summary TEXT NOT NULL,
                signer TEXT NOT NULL,
                recipients TEXT NOT NULL,
                archive_copy TEXT NOT NULL,
                copies INTEGER,
                sent_on TEXT NOT NULL,
                received_by TEXT NOT NULL,
                note TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('issued', 'imported', 'void')),
                document_sha256 TEXT,
                token TEXT UNIQUE,
                recorded_at TEXT NOT NULL,
                CONSTRAINT register_entry_number_unique UNIQUE (organisation, sequence, year, number)
            )
            """,
            "CREATE INDEX register_entry_symbol ON register_entry (organisation, year, number, symbol)",
            """
            CREATE TABLE issued_document (
                entry_id \(reference) PRIMARY KEY REFERENCES register_entry (id),
                format TEXT NOT NULL,
                content TEXT NOT NULL,
                sha256 TEXT NOT NULL
            )
            """,
        ]
        // Issued documents and the identifying columns of an entry are frozen by the database
        // itself, so no client (ours or another) can change them.
        let frozenColumns = "organisation, sequence, year, number, symbol, kind, date, summary, signer, document_sha256, token"
        switch dialect {
        case .sqlite:
            statements += [
                "CREATE TRIGGER issued_document_no_update BEFORE UPDATE ON issued_document BEGIN SELECT RAISE(ABORT, 'vanban: frozen'); END",
                "CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document BEGIN SELECT RAISE(ABORT, 'vanban: frozen'); END",
                "CREATE TRIGGER register_entry_no_delete BEFORE DELETE ON register_entry BEGIN SELECT RAISE(ABORT, 'vanban: frozen'); END",
                "CREATE TRIGGER register_entry_frozen BEFORE UPDATE OF \(frozenColumns) ON register_entry BEGIN SELECT RAISE(ABORT, 'vanban: frozen'); END",
            ]
        case .postgres:
            statements += [
                """
                CREATE FUNCTION vanban_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'vanban: frozen' USING ERRCODE = 'VB506'; END $$
                """,
                "CREATE TRIGGER issued_document_frozen BEFORE UPDATE OR DELETE ON issued_document FOR EACH ROW EXECUTE FUNCTION vanban_frozen()",
                "CREATE TRIGGER register_entry_no_delete BEFORE DELETE ON register_entry FOR EACH ROW EXECUTE FUNCTION vanban_frozen()",
                "CREATE TRIGGER register_entry_frozen BEFORE UPDATE OF \(frozenColumns) ON register_entry FOR EACH ROW EXECUTE FUNCTION vanban_frozen()",
            ]
        }
        return statements
    }

    /// Version 2: the workbench's drafts, users and sessions (`vanban serve`).
    private static func version2(_ dialect: SQLDialect) -> [String] {
        let id = dialect == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
        let reference = dialect == .sqlite ? "INTEGER" : "BIGINT"
        return [
            """
            CREATE TABLE draft (
                id \(id),
                title TEXT NOT NULL,
                content TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                entry_id \(reference) REFERENCES register_entry (id)
            )
            """,
            """
            CREATE TABLE workbench_user (
                name TEXT PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN ('van-thu', 'soan-thao', 'xem')),
                password_hash TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE workbench_session (
                token_hash TEXT PRIMARY KEY,
                user_name TEXT NOT NULL,
                csrf TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )
            """,
        ]
    }

    /// Version 3: the schools' profiles the workbench's template form saves and offers again,
    /// one per organisation, as the YAML `vanban new --profile` reads.
    private static func version3(_ dialect: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE school_profile (
                organisation TEXT PRIMARY KEY,
                content TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL
            )
            """,
        ]
    }
}
