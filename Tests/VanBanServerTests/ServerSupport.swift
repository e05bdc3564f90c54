import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VanBan
import VanBanServer
import VanBanStore
import VanBanStorePostgres
import VanBanStoreSQLite
import VanBanTestSupport

/// A workbench over a fresh SQLite file, driven in-process through HummingbirdTesting.
struct Bench {
    let client: any TestClientProtocol
    let workbench: Workbench

    /// Runs `body` against a fresh workbench; users given get Bcrypt hashes of cost 4 (quick to check).
    static func with(users: [(String, WorkbenchRole, String)] = [], host: String = "127.0.0.1",
                     _ body: @Sendable (Bench) async throws -> Void) async throws {
        let path = try ExternalTool.temporaryDirectory("vanban-serve").appendingPathComponent("vanban.db").path
        let store = try SQLiteRegisterStore(path: path)
        for (name, role, password) in users {
            try await store.putUser(WorkbenchUser(name: name, role: role, passwordHash: Passwords.hash(password, cost: 4)))
        }
        let workbench = try await Workbench(configuration: WorkbenchConfiguration(host: host, port: 0), store: store,
                                            environment: try RenderEnvironment.load())
        try await workbench.application().test(.router) { client in
            try await body(Bench(client: client, workbench: workbench))
        }
        await store.close()
    }

    /// One request; answers status, headers and body text.
    @discardableResult
    func call(_ uri: String, _ method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil, bytes: Data? = nil) async throws -> Reply {
        let buffer: ByteBuffer? = bytes.map { ByteBuffer(bytes: $0) } ?? body.map { ByteBuffer(string: $0) }
        return try await client.execute(uri: uri, method: method, headers: headers, body: buffer) { response in
            Reply(status: response.status, headers: response.headers, data: Data(buffer: response.body))
        }
    }

    /// Signs in through the API: the cookie header and the CSRF token.
    func signIn(_ name: String, _ password: String) async throws -> Session {
        let reply = try await call("/api/login", .post, headers: [.contentType: "application/json"],
                                   body: #"{"name": "\#(name)", "password": "\#(password)"}"#)
        #expect(reply.status == .ok, "\(reply.text)")
        let json = try #require(try JSONSerialization.jsonObject(with: reply.data) as? [String: Any])
        return Session(cookie: try #require(reply.sessionCookie), csrf: try #require(json["csrf"] as? String))
    }

    /// The local clerk's session: the cookie a first page visit sets and the CSRF token in its forms.
    func localSession() async throws -> Session {
        let reply = try await call("/documents/new")
        #expect(reply.status == .ok)
        return Session(cookie: try #require(reply.sessionCookie), csrf: try #require(reply.csrf))
    }
}

/// A signed-in browser.
struct Session {
    var cookie: String
    var csrf: String

    /// Headers for a JSON API call with the cookie and the token.
    var json: HTTPFields { [.cookie: cookie, .contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: csrf] }
    /// Headers for a form post (token in the form).
    var form: HTTPFields { [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"] }
    /// Headers for a page visit.
    var page: HTTPFields { [.cookie: cookie] }

    /// A form body with this session's token.
    func encode(_ fields: [(String, String)]) -> String {
        Self.encode([("csrf", csrf)] + fields)
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
    }
}

/// An answer.
struct Reply {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var data: Data
    var text: String { String(decoding: data, as: UTF8.self) }
    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }

    /// "vb_session=…" from Set-Cookie.
    var sessionCookie: String? {
        headers[values: .setCookie].first { $0.hasPrefix("vb_session=") }.map { String($0.prefix { $0 != ";" }) }
    }

    /// The first CSRF token in a page's forms.
    var csrf: String? {
        guard let range = text.range(of: #"name="csrf" value=""#) else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The codes of an API failure.
    var codes: [String] {
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let diagnostics = json["diagnostics"] as? [[String: Any]] else { return [] }
        return diagnostics.compactMap { $0["code"] as? String }
    }
}

/// The sample decision as a draft: without its number and date, in the JSON data format.
enum SampleDraft {
    static func document() throws -> Document {
        var document = try DocumentData.load(try Repository.text(Repository.sample), format: .yaml).document
        document.number = nil
        document.date = nil
        return document
    }

    static func json() throws -> String { DocumentData.encode(try document(), as: .json) }
}

import VanBanStoreSQLite

/// Opens a SQLite store as the workbench's protocol.
enum VanBanStoreSQLiteOpen {
    static func open(_ path: String) throws -> any WorkbenchStore { try SQLiteRegisterStore(path: path) }
}
