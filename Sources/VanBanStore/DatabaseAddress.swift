import Foundation

/// Where the register lives: a SQLite file (the default, `vanban.db` in the working folder) or a
/// PostgreSQL server named by a URL.
public enum DatabaseAddress: Sendable, Hashable {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// The default SQLite file.
    public static let defaultFile = "vanban.db"

    /// From `--database`, else `VANBAN_DATABASE`, else `vanban.db`.
    public static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseAddress {
        let text = option ?? environment["VANBAN_DATABASE"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultFile
        return try parse(text)
    }

    /// A file path, or postgres://user[:password]@host[:port]/database.
    public static func parse(_ text: String) throws -> DatabaseAddress {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            guard let address = PostgresAddress(url: text) else { throw RegisterAddressError(text: PostgresAddress.redact(text)) }
            return .postgres(address)
        }
        if lower.hasPrefix("sqlite://") { return .sqlite(path: String(text.dropFirst("sqlite://".count))) }
        guard !text.isEmpty, !text.contains("://") else { throw RegisterAddressError(text: PostgresAddress.redact(text)) }
        return .sqlite(path: text)
    }

    /// For messages: the file, or the URL without its password.
    public var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(address): address.description
        }
    }
}

/// A `--database` value that names no usable database.
public struct RegisterAddressError: Error, Sendable {
    /// The value, password removed.
    public var text: String
}

/// A PostgreSQL server and database.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// Host name or address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// User name.
    public var user: String
    /// Password, if the URL has one (never printed).
    public var password: String?
    /// Database name.
    public var database: String

    /// Parses postgres://user[:password]@host[:port]/database.
    public init?(url text: String) {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else { return nil }
        self.host = host
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : path
    }

    /// postgres://user@host:port/database — never the password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// Removes a password from a URL-looking text.
    public static func redact(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://"), let at = text.range(of: "@", range: schemeEnd.upperBound..<text.endIndex) else { return text }
        let credentials = text[schemeEnd.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at.lowerBound...])
    }
}
