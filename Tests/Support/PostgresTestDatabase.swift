import Foundation

/// Fresh, empty databases on the test PostgreSQL server (`VANBAN_TEST_POSTGRES`), one per test
/// that needs a database of its own (two servers side by side, a store copy's target).
public enum PostgresTestDatabase {
    /// Why a database could not be made.
    public struct Failure: Error, CustomStringConvertible {
        /// psql's own words.
        public var description: String
    }

    /// Creates `<prefix>_<random>` on the server of `base` and returns its URL.
    public static func fresh(on base: String, prefix: String) throws -> String {
        let name = prefix + "_" + UUID().uuidString.prefix(8).lowercased()
        let created = try ExternalTool.run("psql", [base, "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE DATABASE \(name)"], timeout: 60)
        guard created.status == 0 else { throw Failure(description: "psql could not create \(name): \(created.stderr)") }
        guard var components = URLComponents(string: base) else { throw Failure(description: "not a URL: \(base)") }
        components.path = "/" + name
        guard let url = components.string else { throw Failure(description: "no URL for \(name)") }
        return url
    }
}
