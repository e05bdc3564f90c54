import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import VanBanTestSupport

/// A school or district running two `vanban serve` processes side by side on one PostgreSQL:
/// issue requests arriving at both at once still give one number each, consecutive, no gaps.
@Suite("two servers, one PostgreSQL", .serialized, .timeLimit(.minutes(4)))
struct TwoServersTests {
    static let postgresURL = ProcessInfo.processInfo.environment["VANBAN_TEST_POSTGRES"]
    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let count = 50

    @Test("50 simultaneous issues spread over two servers: numbers 1…50, each once, each draft issued once",
          .enabled(if: postgresURL != nil || inCI,
                   "VANBAN_TEST_POSTGRES is not set: the two-server test NOT run (eval \"$(bash scripts/start-test-postgres.sh)\" first)"))
    func fiftyIssuesOverTwoServers() async throws {
        let base = try #require(Self.postgresURL, "VANBAN_TEST_POSTGRES must be set in CI (.ci/run starts the server)")
        let database = try PostgresTestDatabase.fresh(on: base, prefix: "vanban_two")
        let folder = try ExternalTool.temporaryDirectory("vanban-two-servers")
        // Both start at once: the schema migration itself is shared between them.
        let servers = try (0..<2).map { index in
            try ServerProcess.start(database: database, log: folder.appendingPathComponent("server-\(index).log"))
        }
        defer { servers.forEach { $0.stop() } }
        let urls = try servers.map { try $0.waitForURL(seconds: 60) }
        let client = HTTPClient()
        defer { client.session.invalidateAndCancel() }

        // 50 drafts, created alternately through both servers.
        let draft = try SampleDraft.json()
        var ids: [Int] = []
        for index in 0..<Self.count {
            let answer = try await client.send(urls[index % 2] + "api/documents", body: draft)
            #expect(answer.status == 201, "create draft: \(answer.status) \(answer.text)")
            ids.append(try #require(answer.json["id"] as? Int))
        }
        #expect(Set(ids).count == Self.count)

        // All issues at once, even drafts through one server and odd through the other.
        let started = Date()
        let answers = try await withThrowingTaskGroup(of: (Int, HTTPAnswer).self) { group in
            for (index, id) in ids.enumerated() {
                let url = urls[index % 2] + "api/documents/\(id)/issue"
                group.addTask { (id, try await client.send(url, body: #"{"date": "2025-03-10"}"#)) }
            }
            var answers: [(Int, HTTPAnswer)] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }
        print("two servers: \(Self.count) simultaneous issues answered in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        for (id, answer) in answers where answer.status != 200 {
            Issue.record("issue of draft \(id) answered \(answer.status): \(answer.text)\nserver logs: \(servers.map(\.log))")
        }
        let numbers = answers.compactMap { $0.1.json["number"] as? Int }
        #expect(numbers.sorted() == Array(1...Self.count), "numbers: \(numbers.sorted())")

        // A second issue of an issued draft is refused, through the other server.
        let again = try await client.send(urls[1] + "api/documents/\(ids[0])/issue", body: "{}")
        #expect(again.status == 409, "re-issue answered \(again.status) \(again.text)")

        let register = try await client.list(urls[1] + "api/register?year=2025")
        #expect(register.count == Self.count)
        #expect(Set(register.compactMap { $0["number"] as? Int }) == Set(1...Self.count))
        let drafts = try await client.list(urls[0] + "api/documents")
        #expect(drafts.count == Self.count)
        #expect(drafts.allSatisfy { $0["issued"] as? Bool == true })
    }
}

/// JSON over HTTP with a bound on every request; up to 64 connections per server so the
/// requests really are simultaneous.
final class HTTPClient: Sendable {
    let session: URLSession

    init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 64
        configuration.timeoutIntervalForRequest = 120
        configuration.timeoutIntervalForResource = 180
        session = URLSession(configuration: configuration)
    }

    /// POSTs a JSON body.
    func send(_ url: String, body: String) async throws -> HTTPAnswer {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (data, response) = try await session.data(for: request)
        return HTTPAnswer(status: (response as? HTTPURLResponse)?.statusCode ?? 0, data: data)
    }

    /// GETs a JSON array of objects.
    func list(_ url: String) async throws -> [[String: Any]] {
        let (data, response) = try await session.data(from: try #require(URL(string: url)))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }
}

/// A status and a body.
struct HTTPAnswer: Sendable {
    var status: Int
    var data: Data
    var text: String { String(decoding: data, as: UTF8.self) }
    /// The body as a JSON object (empty when it is not one).
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
}
