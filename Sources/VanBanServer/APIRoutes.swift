import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VanBan
import VanBanStore

/// The JSON API under `/api/`, described by `/api/openapi.json`.
struct APIRoutes {
    let workbench: Workbench

    struct DraftJSON: Codable {
        var id: Int64
        var title: String
        var version: Int
        var updatedAt: String
        var updatedBy: String
        var issued: Bool

        init(_ draft: Draft) {
            id = draft.id
            title = draft.title
            version = draft.version
            updatedAt = draft.updatedAt
            updatedBy = draft.updatedBy
            issued = draft.entryID != nil
        }
    }

    struct EntryJSON: Codable {
        var number: Int
        var numberAndSymbol: String
        var year: Int
        var sequence: String
        var date: String
        var summary: String
        var signer: String
        var recipients: String
        var status: String

        init(_ entry: RegisterEntry) {
            number = entry.number
            numberAndSymbol = entry.numberAndSymbol
            year = entry.year
            sequence = entry.sequence
            date = entry.date.iso
            summary = entry.summary
            signer = entry.signer
            recipients = entry.recipients
            status = entry.status.rawValue
        }
    }

    struct IssueBody: Codable { var date: String? }
    struct LoginBody: Codable { var name: String; var password: String }
    struct LoginAnswer: Codable { var name: String; var role: String; var csrf: String }
    struct ImportAnswer: Codable { var id: Int64; var version: Int; var diagnostics: [DiagnosticJSON] }

    func add(to router: Router<WorkbenchContext>) {
        let api = router.group("api")
        api.get("openapi.json") { _, _ in
            Answer.bytes(StaticRoutes.resource("openapi.json"), type: "application/json; charset=utf-8")
        }
        api.post("render") { request, context in try await render(request, context) }
        TemplateAPIRoutes(workbench: workbench).add(to: api)
        api.get("documents") { _, context in
            _ = try context.requireViewer()
            return try Answer.json(try await workbench.store.drafts().map(DraftJSON.init))
        }
        api.post("documents") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let document = try await Self.readDocument(request, context)
            let draft = try await workbench.create(document, by: viewer)
            return try Answer.json(DraftJSON(draft), status: .created, headers: [.location: "/api/documents/\(draft.id)"])
        }
        api.post("import") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let data = Data(buffer: try await request.body.collect(upTo: context.maxUploadSize))
            let name = request.uri.queryParameters.get("name")
            // A Word file takes tens of milliseconds, a .doc seconds in LibreOffice: off the pool.
            let result = try await OffPool.run { try LegacyImport.read(data, file: name) }
            let draft = try await workbench.create(result.document, by: viewer)
            let language = workbench.configuration.language
            return try Answer.json(ImportAnswer(id: draft.id, version: draft.version, diagnostics: result.diagnostics.map { DiagnosticJSON($0, language: language) }),
                                   status: .created, headers: [.location: "/api/documents/\(draft.id)"])
        }
        api.get("documents/:id") { _, context in
            _ = try context.requireViewer()
            let draft = try await workbench.requireDraft(try context.parameters.require("id", as: Int64.self))
            let document = try await workbench.document(of: draft)
            return Answer.bytes(Data(DocumentData.encode(document, as: .json).utf8), type: "application/json; charset=utf-8",
                                headers: [.eTag: "\"\(draft.version)\""])
        }
        api.put("documents/:id") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let id = try context.parameters.require("id", as: Int64.self)
            guard let version = Self.version(request) else {
                throw WorkbenchFailure(.preconditionRequired, .badForm(field: "If-Match", detail: "\"1\""))
            }
            let document = try await Self.readDocument(request, context)
            return try Answer.json(DraftJSON(try await workbench.save(document, draftID: id, version: version, by: viewer)))
        }
        api.post("documents/:id/issue") { request, context in
            let viewer = try context.requireViewer()
            let id = try context.parameters.require("id", as: Int64.self)
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            var date: CivilDate?
            if buffer.readableBytes > 0 {
                guard let body = try? JSONDecoder().decode(IssueBody.self, from: Data(buffer: buffer)) else {
                    throw WorkbenchFailure(.badRequest, .badForm(field: "body", detail: "{\"date\": \"yyyy-mm-dd\"}"))
                }
                if let text = body.date {
                    guard let parsed = DateText.parse(text) else { throw Diagnostic(RegisterMessage.badDate(value: text)) }
                    date = parsed
                }
            }
            let entry = try await workbench.issue(draftID: id, date: date, by: viewer)
            return try Answer.json(EntryJSON(entry))
        }
        api.get("register") { request, context in
            _ = try context.requireViewer()
            let year = request.uri.queryParameters.get("year", as: Int.self) ?? DateText.civilDate(at: Date()).year
            let entries = try await workbench.registerEntries(year: year, query: request.uri.queryParameters.get("q"))
            return try Answer.json(entries.map(EntryJSON.init))
        }
        api.post("login") { request, context in
            let buffer = try await request.body.collect(upTo: context.maxUploadSize)
            guard let body = try? JSONDecoder().decode(LoginBody.self, from: Data(buffer: buffer)) else {
                throw WorkbenchFailure(.badRequest, .badForm(field: "body", detail: "{\"name\": …, \"password\": …}"))
            }
            let (viewer, cookie) = try await PageRoutes.signIn(workbench, name: body.name, password: body.password, request: request)
            return try Answer.json(LoginAnswer(name: viewer.name, role: viewer.role.rawValue, csrf: viewer.csrf ?? ""),
                                   headers: [.setCookie: cookie])
        }
    }

    /// `If-Match: "3"` or `?version=3`.
    static func version(_ request: Request) -> Int? {
        if let tag = request.headers[.ifMatch] { return Int(tag.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) }
        return request.uri.queryParameters.get("version", as: Int.self)
    }

    /// A document in the JSON data format (or YAML when the content type says so), or 400 with its diagnostics.
    static func readDocument(_ request: Request, _ context: WorkbenchContext) async throws -> Document {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return try load(buffer, yaml: request.headers[.contentType]?.lowercased().contains("yaml") ?? false)
    }

    /// A request body as a document: JSON, or YAML when the request says so.
    static func load(_ buffer: ByteBuffer, yaml: Bool) throws -> Document {
        try DocumentData.load(Data(buffer: buffer), format: yaml ? .yaml : .json, file: "body").document
    }

    private func render(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        _ = try context.requireViewer()
        let name = request.uri.queryParameters.get("to") ?? "html"
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw WorkbenchFailure(.badRequest, .unknownFormat(value: name, known: OutputFormat.names))
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let yaml = request.headers[.contentType]?.lowercased().contains("yaml") ?? false
        let workbench = self.workbench
        let data = try await OffPool.run { try workbench.render(try Self.load(buffer, yaml: yaml), as: format) }
        return Answer.bytes(data, type: Answer.mediaType(format))
    }
}
