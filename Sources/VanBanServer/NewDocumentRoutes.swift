import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VanBan
import VanBanStore

/// The "new document" pages: from a template regulation with the school's profile form, a blank
/// decision, or an old document uploaded (.docx, .txt, .md) or pasted.
struct NewDocumentRoutes {
    let workbench: Workbench
    var pages: PageRenderer { workbench.pages }

    func add(to router: Router<WorkbenchContext>) {
        let rows = StaticRoutes.resource("static/rows.js"), style = StaticRoutes.resource("static/profile.css")
        router.get("static/rows.js") { _, _ in Answer.bytes(rows, type: "text/javascript; charset=utf-8", headers: [.cacheControl: "no-cache"]) }
        router.get("static/profile.css") { _, _ in Answer.bytes(style, type: "text/css; charset=utf-8", headers: [.cacheControl: "no-cache"]) }
        router.get("documents/new") { _, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            return try newPage(viewer: viewer)
        }
        router.post("documents/new") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            var form: FormData
            var file: MultipartForm.Part?
            if MultipartForm.matches(contentType: request.headers[.contentType]) {
                let upload = try await Self.upload(request, context)
                form = upload.fields
                file = upload.file("file")
            } else {
                form = try await PageRoutes.form(request, context)
            }
            if form["mode"] == "import" { return try await importDocument(form: form, file: file, viewer: viewer) }
            let draft = try await workbench.create(DocumentForm.blankDecision(), by: viewer)
            return Answer.redirect("/documents/\(draft.id)")
        }
        // The template chooser's plain form (a select) lands here.
        router.get("documents/new/template") { request, context in
            _ = try context.requireViewer()
            let id = request.uri.queryParameters.get("template") ?? ""
            return Answer.redirect("/documents/new/template/\(Self.pathSegment(id))")
        }
        router.get("documents/new/template/:id") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let template = try template(context.parameters.get("id") ?? "")
            let chosen = request.uri.queryParameters.get("profile")
            let saved = try await workbench.store.profiles()
            var profile = SchoolProfile()
            var selected = ""
            // The school asked for, else the one used last; "" asks for an empty form.
            let stored = chosen == nil ? saved.first : saved.first { $0.organisation == chosen }
            if let stored {
                profile = (try? SchoolProfile(yaml: stored.content)) ?? SchoolProfile()
                selected = stored.organisation
            }
            return profilePage(template, profile: profile, saved: saved.map(\.organisation), selected: selected, viewer: viewer)
        }
        router.post("documents/new/template/:id") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let template = try template(context.parameters.get("id") ?? "")
            let form = try await PageRoutes.form(request, context)
            let shape = ProfileForm(template: template)
            var typed = shape.profile(from: form)
            let saved = try await workbench.store.profiles().map(\.organisation)
            let action = form["action"] ?? "create"
            // Plain-form row editing: add or remove a row and show the form again.
            if action.hasPrefix("add:") {
                let list = String(action.dropFirst(4))
                if template.lists.contains(where: { $0.id == list }) {
                    var entries = typed.lists[list, default: []]
                    if entries.isEmpty { entries.append(SchoolProfile.Entry()) }
                    entries.append(SchoolProfile.Entry())
                    typed.lists[list] = entries
                }
                return profilePage(template, profile: typed, saved: saved, selected: typed.organisation, viewer: viewer)
            }
            if action.hasPrefix("remove:") {
                let parts = action.split(separator: ":").map(String.init)
                if parts.count == 3, let row = Int(parts[2]), var entries = typed.lists[parts[1]], entries.indices.contains(row - 1) {
                    entries.remove(at: row - 1)
                    typed.lists[parts[1]] = entries
                }
                return profilePage(template, profile: typed, saved: saved, selected: typed.organisation, viewer: viewer)
            }
            return try await create(template, typed: typed, saved: saved, viewer: viewer)
        }
    }

    /// Makes the decision and regulation exactly as `vanban new` does, saves the school's
    /// profile, and opens the draft in the editor with the template engine's warnings.
    func create(_ template: RegulationTemplate, typed: SchoolProfile, saved: [String], viewer: Viewer) async throws -> Response {
        let shape = ProfileForm(template: template)
        // Half-filled rows are pointed at together with whatever the template engine refuses.
        let rowProblems = shape.rowProblems(typed)
        // What the form did not show (another template's lists and options) is kept from the saved profile.
        var base = SchoolProfile()
        if !typed.organisation.isEmpty, let stored = try await workbench.store.profile(organisation: typed.organisation) {
            base = (try? SchoolProfile(yaml: stored.content)) ?? SchoolProfile()
        }
        let profile = base.overlaid(with: typed, staffRoles: shape.staffRoles, options: template.options.map(\.id), lists: template.lists.map(\.id))
        let yaml = profile.yaml
        let loaded: LoadedDocument
        do throws(DiagnosticError) {
            loaded = try template.instantiate(Profile(yaml: yaml, file: "hồ sơ trường"))
            guard rowProblems.isEmpty else { throw DiagnosticError([]) }
        } catch {
            var (byField, general) = shape.place(error.diagnostics)
            // A row's own message says more than the engine's "item.role" for the same list.
            for (list, problems) in rowProblems { byField[list] = problems }
            return profilePage(template, profile: typed, saved: saved, selected: typed.organisation, viewer: viewer, problems: byField,
                               messages: general, status: .unprocessableContent)
        }
        var notes: [Diagnostic] = []
        if !profile.organisation.isEmpty {
            try await workbench.store.saveProfile(organisation: profile.organisation, content: yaml, author: viewer.name)
            notes.append(Diagnostic(ServerMessage.profileSaved(organisation: profile.organisation)))
        }
        let draft = try await workbench.create(loaded.document, by: viewer)
        return try await PageRoutes(workbench: workbench).editor(draft, document: loaded.document, viewer: viewer, messages: notes + loaded.warnings)
    }

    /// Reads an uploaded or pasted old document into a new draft and shows the importer's warnings.
    func importDocument(form: FormData, file: MultipartForm.Part?, viewer: Viewer) async throws -> Response {
        let result: ImportResult
        if let file, let name = file.fileName {
            let lower = name.lowercased()
            switch LegacyImport.kind(of: file.data, file: name) {
            case .doc:
                return try newPage(viewer: viewer, messages: [Diagnostic(ServerMessage.wordDocRefused(name: name))], status: .unsupportedMediaType)
            case .docx:
                let data = file.data
                let read = try await OffPool.run { () -> Result<ImportResult, DiagnosticError> in
                    do throws(DiagnosticError) { return .success(try LegacyImport.read(data, file: name)) } catch { return .failure(error) }
                }
                switch read {
                case let .success(imported): result = imported
                case let .failure(error): return try newPage(viewer: viewer, messages: error.diagnostics, status: .unprocessableContent)
                }
            case .text:
                guard [".txt", ".md", ".markdown", ".text"].contains(where: { lower.hasSuffix($0) }) else {
                    return try newPage(viewer: viewer, messages: [Diagnostic(ServerMessage.uploadKindRefused(name: name))], status: .unsupportedMediaType)
                }
                let data = file.data
                result = try await OffPool.run { TextReader().read(data, file: name) }
            }
        } else if let text = form.text("text") {
            result = TextReader().read(text, file: "văn bản dán vào")
        } else {
            return try newPage(viewer: viewer, messages: [Diagnostic(ServerMessage.importEmpty)], status: .unprocessableContent)
        }
        let draft = try await workbench.create(result.document, by: viewer)
        return try await PageRoutes(workbench: workbench).editor(draft, document: result.document, viewer: viewer, messages: result.diagnostics)
    }

    /// The new-document page: the templates, a blank decision, the import form.
    func newPage(viewer: Viewer, messages: [Diagnostic] = [], status: HTTPResponse.Status = .ok) throws -> Response {
        let templates: [[String: Any]] = try workbench.environment.regulations().map { template in
            ["id": template.id, "description": template.description, "href": "/documents/new/template/\(Self.pathSegment(template.id))"]
        }
        return Answer.html(pages.page("new", title: PageLabel.newTitle.text(in: viewer.language), viewer: viewer, messages: messages, ["templates": templates]), status: status)
    }

    /// The profile form of a template.
    func profilePage(_ template: RegulationTemplate, profile: SchoolProfile, saved: [String], selected: String, viewer: Viewer,
                     problems: [String: [Diagnostic]] = [:], messages: [Diagnostic] = [], status: HTTPResponse.Status = .ok) -> Response {
        var values = ProfileForm(template: template).values(profile, problems: problems, pages: pages, language: viewer.language)
        values["saved"] = saved.map { ["name": $0, "selected": $0 == selected] as [String: Any] }
        values["hasSaved"] = !saved.isEmpty
        values["hasProblems"] = !problems.isEmpty || messages.contains { $0.severity == .error }
        return Answer.html(pages.page("profile", title: template.description, viewer: viewer, messages: messages, values), status: status)
    }

    /// A shipped template by id, or 404 with the coded message naming those that exist. A path
    /// is never taken from a request: only shipped templates are offered.
    func template(_ id: String) throws -> RegulationTemplate {
        let all = try workbench.environment.regulations()
        guard let found = all.first(where: { $0.id == id }) else {
            throw WorkbenchFailure(.notFound, diagnostics: [Diagnostic(Message.unknownTemplate(id, available: all.map(\.id)))])
        }
        return found
    }

    /// The body of a multipart post: read by the CSRF check already or read now, bounded.
    static func upload(_ request: Request, _ context: WorkbenchContext) async throws -> MultipartForm {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return try MultipartForm(Data(buffer: buffer), contentType: request.headers[.contentType] ?? "", limit: context.maxUploadSize)
    }

    /// A text made safe for one URL path segment.
    static func pathSegment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
