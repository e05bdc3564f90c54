import Foundation
import HTTPTypes
import Testing
import VanBan
import VanBanServer
import VanBanStore
import VanBanTestSupport

@Suite("workbench API")
struct APITests {
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test("POST /api/render answers every text format and DOCX bytes")
    func renderFormats() async throws {
        let body = try SampleDraft.json()
        try await Bench.with { bench in
            let html = try await bench.call("/api/render?to=html", .post, headers: Self.json, body: body)
            #expect(html.status == .ok)
            #expect(html.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.text.contains("Thiên Tôn"))
            let docx = try await bench.call("/api/render?to=docx", .post, headers: Self.json, body: body)
            #expect(docx.status == .ok)
            #expect(docx.data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            for format in ["text", "yaml", "json"] {
                let reply = try await bench.call("/api/render?to=\(format)", .post, headers: Self.json, body: body)
                #expect(reply.status == .ok, "\(format): \(reply.text)")
                #expect(reply.text.contains("Thiên Tôn"))
            }
        }
    }

    @Test("malformed and wrongly typed documents get 400 with coded messages, never 500")
    func renderMalformed() async throws {
        try await Bench.with { bench in
            let broken = try await bench.call("/api/render?to=html", .post, headers: Self.json, body: #"{"kind": "quyet-dinh", "title": "#)
            #expect(broken.status == .badRequest)
            #expect(broken.codes == ["VB002"], "\(broken.text)")
            let wrongType = try await bench.call("/api/render?to=html", .post, headers: Self.json, body: #"{"kind": "quyet-dinh", "number": "năm"}"#)
            #expect(wrongType.status == .badRequest)
            #expect(!wrongType.codes.isEmpty, "\(wrongType.text)")
            let empty = try await bench.call("/api/render?to=html", .post, headers: Self.json, body: "")
            #expect(empty.status == .badRequest)
            #expect(!empty.codes.isEmpty)
            let format = try await bench.call("/api/render?to=odt", .post, headers: Self.json, body: try SampleDraft.json())
            #expect(format.status == .badRequest)
            #expect(format.codes == ["VB802"])
        }
    }

    @Test("a body over the limit gets 413 with its message")
    func oversized() async throws {
        try await Bench.with { bench in
            let big = Data(repeating: 0x20, count: Workbench.uploadLimit + 1)
            let reply = try await bench.call("/api/render?to=html", .post, headers: Self.json, bytes: big)
            #expect(reply.status == .contentTooLarge)
            #expect(reply.codes == ["VB801"], "\(reply.text) \(reply.headers)")
        }
    }

    @Test("the OpenAPI document is served and names every API route")
    func openAPI() async throws {
        try await Bench.with { bench in
            let reply = try await bench.call("/api/openapi.json")
            #expect(reply.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: reply.data) as? [String: Any])
            #expect((json["openapi"] as? String)?.hasPrefix("3.") == true)
            let paths = try #require(json["paths"] as? [String: Any])
            for path in ["/api/render", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/issue", "/api/register", "/api/import", "/api/login",
                         "/api/templates", "/api/templates/{id}", "/api/templates/{id}/documents"] {
                #expect(paths[path] != nil, "\(path)")
            }
        }
    }

    @Test("templates: listed with what each asks of a profile; a profile (YAML or JSON) makes the decision and its regulation as a draft")
    func templates() async throws {
        let profile = try String(contentsOf: Repository.root.appendingPathComponent("Samples/profile-mn-hoa-sen.yaml"), encoding: .utf8)
        try await Bench.with { bench in
            let list = try await bench.call("/api/templates")
            #expect(list.status == .ok)
            let templates = try #require(try JSONSerialization.jsonObject(with: list.data) as? [[String: Any]])
            let ids = templates.compactMap { $0["id"] as? String }
            #expect(ids.contains("ung-dung-cntt-mam-non"))
            let one = try await bench.call("/api/templates/ung-dung-cntt-mam-non")
            #expect(one.status == .ok)
            #expect(one.json["required"] as? [String] != nil && (one.json["fields"] as? [String])?.contains("school.name") == true)

            let made = try await bench.call("/api/templates/ung-dung-cntt-mam-non/documents", .post,
                                            headers: [.contentType: "application/yaml"], body: profile)
            #expect(made.status == .created, "\(made.text)")
            let id = try #require(made.json["id"] as? Int)
            #expect(made.headers[.location] == "/api/documents/\(id)")
            let draft = try await bench.call("/api/documents/\(id)")
            #expect(draft.text.contains("Hoa Sen") && draft.text.contains("quy-che"), "\(draft.text.prefix(400))")

            // Without a content type a foreign page could send it: refused as a cross-site write.
            let plain = try await bench.call("/api/templates/ung-dung-cntt-mam-non/documents", .post, headers: [.contentType: "text/plain"], body: profile)
            #expect(plain.status == .forbidden)
            let yaml: HTTPFields = [.contentType: "application/yaml"]
            let unknown = try await bench.call("/api/templates/../../etc/passwd/documents", .post, headers: yaml, body: profile)
            #expect(unknown.status == .notFound)
            let missing = try await bench.call("/api/templates/khong-co/documents", .post, headers: yaml, body: profile)
            #expect(missing.status == .notFound)
            #expect(missing.codes == [Diagnostic(Message.unknownTemplate("x", available: [])).code.rawValue])
            let empty = try await bench.call("/api/templates/ung-dung-cntt-mam-non/documents", .post, headers: Self.json, body: "{}")
            #expect(empty.status == .badRequest, "\(empty.text)")
            #expect(!empty.codes.isEmpty)
        }
        try await Bench.with(users: [("doc", .reader, "mat-khau-doc")], host: "0.0.0.0") { bench in
            let reader = try await bench.signIn("doc", "mat-khau-doc")
            var headers = reader.json
            headers[.contentType] = "application/yaml"
            let refused = try await bench.call("/api/templates/ung-dung-cntt-mam-non/documents", .post, headers: headers, body: profile)
            #expect(refused.status == .forbidden)
        }
    }

    @Test("documents: create, list, read, save with a version; a stale save is refused; issue; register")
    func documentsLifecycle() async throws {
        let body = try SampleDraft.json()
        try await Bench.with { bench in
            let created = try await bench.call("/api/documents", .post, headers: Self.json, body: body)
            #expect(created.status == .created, "\(created.text)")
            let draft = try #require(try JSONSerialization.jsonObject(with: created.data) as? [String: Any])
            let id = try #require(draft["id"] as? Int)
            #expect(draft["version"] as? Int == 1)

            let list = try await bench.call("/api/documents")
            #expect(list.text.contains("\"id\":\(id)"))
            let read = try await bench.call("/api/documents/\(id)")
            #expect(read.headers[.eTag] == "\"1\"")
            #expect(read.text.contains("Thiên Tôn"))

            var headers = Self.json
            headers[.ifMatch] = "\"1\""
            let saved = try await bench.call("/api/documents/\(id)", .put, headers: headers, body: body)
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(saved.text.contains("\"version\":2"))
            let stale = try await bench.call("/api/documents/\(id)", .put, headers: headers, body: body)
            #expect(stale.status == .conflict)
            #expect(stale.codes == ["VB803"])
            let unversioned = try await bench.call("/api/documents/\(id)", .put, headers: Self.json, body: body)
            #expect(unversioned.status == .preconditionRequired)

            let issued = try await bench.call("/api/documents/\(id)/issue", .post, headers: Self.json, body: #"{"date": "2026-03-02"}"#)
            #expect(issued.status == .ok, "\(issued.text)")
            #expect(issued.text.contains("\"numberAndSymbol\":\"01/QĐ-MNTT\""), "\(issued.text)")
            let again = try await bench.call("/api/documents/\(id)/issue", .post, headers: Self.json, body: "")
            #expect(again.status == .conflict)
            #expect(again.codes == ["VB805"])
            headers[.ifMatch] = "\"2\""
            let frozen = try await bench.call("/api/documents/\(id)", .put, headers: headers, body: body)
            #expect(frozen.status == .conflict)
            #expect(frozen.codes == ["VB805"])

            let register = try await bench.call("/api/register?year=2026&q=01/QĐ")
            #expect(register.text.contains("01/QĐ-MNTT"))
            let stamped = try await bench.call("/api/documents/\(id)")
            #expect(stamped.text.contains("\"number\": 1,"), "\(stamped.text.prefix(300))")
            let missing = try await bench.call("/api/documents/999")
            #expect(missing.status == .notFound)
            #expect(missing.codes == ["VB804"])
        }
    }

    @Test("import reads an old text into a draft and answers its warnings")
    func importText() async throws {
        let text = try TextWriter().write(SampleDraft.document())
        try await Bench.with { bench in
            let reply = try await bench.call("/api/import?name=qd.txt", .post, headers: Self.json, body: text)
            #expect(reply.status == .created, "\(reply.text)")
            #expect(reply.text.contains("\"diagnostics\""))
        }
    }

    @Test("rights: no session → 401, xem cannot save, soạn thảo cannot issue")
    func rights() async throws {
        let body = try SampleDraft.json()
        try await Bench.with(users: [("lan", .clerk, "mk-lan"), ("minh", .writer, "mk-minh"), ("xuan", .reader, "mk-xuan")], host: "0.0.0.0") { bench in
            let anonymous = try await bench.call("/api/documents")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.codes == ["VB807"])
            let page = try await bench.call("/documents")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login")
            let wrong = try await bench.call("/api/login", .post, headers: Self.json, body: #"{"name": "lan", "password": "sai"}"#)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.codes == ["VB809"])

            let reader = try await bench.signIn("xuan", "mk-xuan")
            let refused = try await bench.call("/api/documents", .post, headers: reader.json, body: body)
            #expect(refused.status == .forbidden)
            #expect(refused.codes == ["VB806"])
            #expect(try await bench.call("/api/documents", headers: reader.page).status == .ok)

            let writer = try await bench.signIn("minh", "mk-minh")
            let created = try await bench.call("/api/documents", .post, headers: writer.json, body: body)
            #expect(created.status == .created)
            let id = try #require((try JSONSerialization.jsonObject(with: created.data) as? [String: Any])?["id"] as? Int)
            let notIssued = try await bench.call("/api/documents/\(id)/issue", .post, headers: writer.json, body: "")
            #expect(notIssued.status == .forbidden)
            #expect(notIssued.codes == ["VB806"])
            let issuePage = try await bench.call("/documents/\(id)/issue", headers: writer.page)
            #expect(issuePage.status == .forbidden)

            let clerk = try await bench.signIn("lan", "mk-lan")
            let issued = try await bench.call("/api/documents/\(id)/issue", .post, headers: clerk.json, body: "")
            #expect(issued.status == .ok, "\(issued.text)")
        }
    }

    @Test("a write with the session cookie but without the CSRF token is refused")
    func csrf() async throws {
        let body = try SampleDraft.json()
        try await Bench.with(users: [("lan", .clerk, "mk-lan")], host: "0.0.0.0") { bench in
            let clerk = try await bench.signIn("lan", "mk-lan")
            let noToken = try await bench.call("/api/documents", .post, headers: [.cookie: clerk.cookie, .contentType: "application/json"], body: body)
            #expect(noToken.status == .forbidden)
            #expect(noToken.codes == ["VB808"])
            let wrongToken = try await bench.call("/api/documents", .post,
                                                  headers: [.cookie: clerk.cookie, .contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: "0"], body: body)
            #expect(wrongToken.status == .forbidden)
            let form = try await bench.call("/documents/new", .post, headers: clerk.form, body: "mode=blank")
            #expect(form.status == .forbidden)
            #expect(form.text.contains("VB808"))
            let good = try await bench.call("/documents/new", .post, headers: clerk.form, body: clerk.encode([("mode", "blank")]))
            #expect(good.status == .seeOther)
        }
    }

    @Test("the single local clerk: cookie-less API writes must be JSON, which a foreign page cannot send")
    func localClerk() async throws {
        try await Bench.with { bench in
            let plain = try await bench.call("/api/documents", .post, headers: [.contentType: "text/plain"], body: try SampleDraft.json())
            #expect(plain.status == .forbidden)
            #expect(plain.codes == ["VB808"])
        }
    }

    @Test("a server on another address refuses to start without users")
    func refusesWithoutUsers() async throws {
        let path = try ExternalTool.temporaryDirectory("vanban-serve").appendingPathComponent("vanban.db").path
        let store = try VanBanStoreSQLiteOpen.open(path)
        await #expect(throws: WorkbenchFailure.self) {
            _ = try await Workbench(configuration: WorkbenchConfiguration(host: "0.0.0.0"), store: store, environment: try RenderEnvironment.load())
        }
        await store.close()
    }

    @Test("every server message renders in both languages, without English in the Vietnamese")
    func messages() {
        #expect(MessageLanguages.problems(ServerMessage.examples) == [])
        #expect(Set(ServerMessage.examples.map(\.code)).count == ServerMessage.examples.count)
    }
}

@Suite("workbench issuing at once")
struct ConcurrentIssueTests {
    @Test("eight clerks pressing Issue on one draft at once give it one number; eight drafts at once get 01–08")
    func concurrent() async throws {
        let body = try SampleDraft.json()
        try await Bench.with { bench in
            func create() async throws -> Int {
                let reply = try await bench.call("/api/documents", .post, headers: APITests.json, body: body)
                return try #require((try JSONSerialization.jsonObject(with: reply.data) as? [String: Any])?["id"] as? Int)
            }
            let id = try await create()
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await bench.call("/api/documents/\(id)/issue", .post, headers: APITests.json, body: #"{"date": "2026-04-01"}"#).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .conflict }.count == 7, "\(statuses)")
            var ids: [Int] = []
            for _ in 0..<8 { ids.append(try await create()) }
            let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
                for draft in ids {
                    group.addTask {
                        let reply = try await bench.call("/api/documents/\(draft)/issue", .post, headers: APITests.json, body: #"{"date": "2026-04-01"}"#)
                        return (try JSONSerialization.jsonObject(with: reply.data) as? [String: Any])?["number"] as? Int ?? -1
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(numbers.sorted() == Array(2...9))
        }
    }
}
