import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VanBan
import VanBanStore

/// The pages: plain forms that work with script off; the script only refreshes the preview.
struct PageRoutes {
    let workbench: Workbench
    var pages: PageRenderer { workbench.pages }

    /// The preview's own policy: the HTML writer's inline style, no script at all.
    static let previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"

    func add(to router: Router<WorkbenchContext>) {
        router.get("/") { _, _ in Answer.redirect("/documents") }
        PageLanguage.add(to: router)
        router.get("login") { _, context in
            pages.page("login", title: PageLabel.login.text(in: context.language), viewer: context.viewer, language: context.language, [:]).asPage()
        }
        router.post("login") { request, context in
            let form = try await Self.form(request, context)
            do {
                let (_, cookie) = try await Self.signIn(workbench, name: form["name"] ?? "", password: form["password"] ?? "", request: request)
                return Answer.redirect("/documents", headers: [.setCookie: cookie])
            } catch let failure as WorkbenchFailure {
                return Answer.html(pages.page("login", title: PageLabel.login.text(in: context.language), viewer: nil, messages: failure.diagnostics,
                                              language: context.language, ["name": form["name"] ?? ""]),
                                   status: failure.status)
            }
        }
        router.post("logout") { request, _ in
            if let token = request.cookies[Workbench.sessionCookie]?.value {
                try await workbench.store.deleteSession(tokenHash: DocumentIssuing.sha256(token))
            }
            return Answer.redirect(workbench.singleClerk ? "/documents" : "/login",
                                   headers: [.setCookie: GuardMiddleware.cookie("", maxAge: 0, secure: workbench.configuration.secureCookies)])
        }
        router.get("documents") { request, context in
            let viewer = try context.requireViewer()
            let query = request.uri.queryParameters.get("q") ?? ""
            let needle = VietnameseText.lowercased(query.trimmingCharacters(in: .whitespaces))
            let drafts = try await workbench.store.drafts().filter { needle.isEmpty || VietnameseText.lowercased($0.title).contains(needle) }
            let rows: [[String: Any]] = drafts.map { ["id": $0.id, "title": $0.title, "version": $0.version, "updatedAt": Self.longTime($0.updatedAt, viewer.language),
                                                      "updatedBy": $0.updatedBy, "issued": $0.entryID != nil] }
            return pages.page("documents", title: PageLabel.documents.text(in: viewer.language), viewer: viewer, ["drafts": rows, "q": query, "empty": rows.isEmpty]).asPage()
        }
        router.get("documents/:id") { request, context in
            let viewer = try context.requireViewer()
            let draft = try await workbench.requireDraft(try context.parameters.require("id", as: Int64.self))
            var messages: [Diagnostic] = []
            if let saved = request.uri.queryParameters.get("saved") { messages.append(Diagnostic(ServerMessage.saved(version: saved))) }
            return try await editor(draft, document: try await workbench.document(of: draft), viewer: viewer, messages: messages)
        }
        router.post("documents/:id") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let id = try context.parameters.require("id", as: Int64.self)
            let form = try await Self.form(request, context)
            let draft = try await workbench.requireDraft(id)
            guard draft.entryID == nil else { throw DraftError.issued(id: id) }
            guard let version = form["version"].flatMap(Int.init) else {
                throw WorkbenchFailure(.badRequest, .badForm(field: "version", detail: form["version"] ?? ""))
            }
            let (document, diagnostics, focus) = try DocumentForm.edit(form, to: try await workbench.document(of: draft))
            if form["op"] != nil {
                // A structure button: show the changed editor, keep the version it started from, save nothing.
                var shown = draft
                shown.version = version
                return try await editor(shown, document: document, viewer: viewer, messages: [Diagnostic(ServerMessage.unsaved)] + diagnostics, focus: focus)
            }
            do {
                let saved = try await workbench.save(DocumentForm.forSaving(document), draftID: id, version: version, by: viewer)
                if diagnostics.isEmpty { return Answer.redirect("/documents/\(id)?saved=\(saved.version)") }
                return try await editor(saved, document: document, viewer: viewer, messages: [Diagnostic(ServerMessage.saved(version: String(saved.version)))] + diagnostics)
            } catch let DraftError.stale(current) {
                // Keep what this clerk typed, show the other person's version beside it, and let a
                // new save go over that version only now that it has been seen.
                let theirs = try DocumentData.load(current.content, format: .json).document
                let message = Diagnostic(ServerMessage.draftStale(version: String(current.version), by: current.updatedBy, at: Self.shortTime(current.updatedAt)))
                var response = try await editor(current, document: document, viewer: viewer, messages: [message] + diagnostics,
                                                 theirs: ["title": theirs.title ?? "", "body": DocumentForm.theirText(theirs), "by": current.updatedBy])
                response.status = .conflict
                return response
            }
        }
        router.get("documents/:id/preview") { _, context in
            _ = try context.requireViewer()
            let draft = try await workbench.requireDraft(try context.parameters.require("id", as: Int64.self))
            return try await preview(try await workbench.document(of: draft))
        }
        router.post("documents/:id/preview") { request, context in
            _ = try context.requireViewer()
            let draft = try await workbench.requireDraft(try context.parameters.require("id", as: Int64.self))
            let form = try await Self.form(request, context)
            let original = try await workbench.document(of: draft)
            // Re-reading every article and rendering are the heavy part of a keystroke's preview.
            let document = try await OffPool.run { DocumentForm.forSaving(try DocumentForm.apply(form, to: original).0) }
            return try await preview(document)
        }
        router.get("documents/:id/issue") { _, context in
            let viewer = try context.requireViewer()
            guard viewer.role.canIssue else { throw WorkbenchFailure(.forbidden, .forbidden(role: viewer.role.rawValue)) }
            let draft = try await workbench.requireDraft(try context.parameters.require("id", as: Int64.self))
            guard draft.entryID == nil else { throw DraftError.issued(id: draft.id) }
            let document = try DocumentData.load(draft.content, format: .json).document
            let today = DateText.civilDate(at: Date())
            let next = try await workbench.nextNumber(for: document, date: today)
            return pages.page("issue", title: PageLabel.issueHeading.text(in: viewer.language), viewer: viewer, [
                "id": draft.id, "title": draft.title, "next": next, "date": today.iso, "dateText": Self.longDate(today, viewer.language),
            ]).asPage()
        }
        router.post("documents/:id/issue") { request, context in
            let viewer = try context.requireViewer()
            let id = try context.parameters.require("id", as: Int64.self)
            let form = try await Self.form(request, context)
            var date: CivilDate?
            if let text = form.text("date") {
                guard let parsed = DateText.parse(text) else { throw Diagnostic(RegisterMessage.badDate(value: text)) }
                date = parsed
            }
            _ = try await workbench.issue(draftID: id, date: date, by: viewer)
            return Answer.redirect("/documents/\(id)")
        }
        router.get("documents/:id/download/:format") { _, context in
            _ = try context.requireViewer()
            let draft = try await workbench.requireDraft(try context.parameters.require("id", as: Int64.self))
            let name = context.parameters.get("format") ?? ""
            guard let format = OutputFormat(rawValue: name) else {
                throw WorkbenchFailure(.notFound, .unknownFormat(value: name, known: OutputFormat.names))
            }
            let document = try await workbench.document(of: draft)
            // LibreOffice takes seconds: convert on a thread of its own, not on the cooperative pool.
            let bytes = format == .pdf ? try await OffPool.run { try workbench.render(document, as: .pdf) } : try workbench.render(document, as: format)
            var response = Answer.bytes(bytes, type: Answer.mediaType(format),
                                        headers: [.contentDisposition: "attachment; filename=\"van-ban-\(draft.id).\(format.extensions[0])\""])
            if format == .html { response.headers[.csp] = Self.previewPolicy }
            return response
        }
        router.get("register") { request, context in
            let viewer = try context.requireViewer()
            let year = request.uri.queryParameters.get("year", as: Int.self) ?? DateText.civilDate(at: Date()).year
            let query = request.uri.queryParameters.get("q") ?? ""
            let entries = try await workbench.registerEntries(year: year, query: query)
            let rows: [[String: Any]] = entries.map { entry in
                ["number": entry.numberAndSymbol, "date": Self.longDate(entry.date, viewer.language), "summary": entry.summary, "signer": entry.signer,
                 "recipients": entry.recipients, "archive": entry.archiveCopy, "note": entry.note, "void": entry.status == .void]
            }
            return pages.page("register", title: PageLabel.register.text(in: viewer.language), viewer: viewer,
                              ["entries": rows, "year": year, "q": query, "empty": rows.isEmpty]).asPage()
        }
        router.get("register/print") { request, context in
            _ = try context.requireViewer()
            let year = request.uri.queryParameters.get("year", as: Int.self) ?? DateText.civilDate(at: Date()).year
            let entries = try await workbench.store.entries(EntryFilter(year: year))
            let organisations = Array(Set(entries.map(\.organisation))).sorted()
            var response = Answer.bytes(RegisterHTML.write(entries, heading: RegisterHeading(year: year, organisations: organisations)),
                                        type: "text/html; charset=utf-8")
            response.headers[.csp] = Self.previewPolicy
            return response
        }
    }

    /// The editor (read-only once issued), with the preview beside it. Diagnostics tied to a
    /// field (the importer's per article, the data checks') show beside it and in the list at
    /// the top; notes and the server's own messages show above the page.
    func editor(_ draft: Draft, document: Document, viewer: Viewer, messages: [Diagnostic], theirs: [String: Any]? = nil,
                focus: String? = nil) async throws -> Response {
        let checks = draft.entryID == nil ? FieldChecks.diagnostics(document) + EditorBlocks.emptyArticles(document) : []
        let all = messages + checks
        let bound = all.filter { ($0.location?.file ?? "").hasPrefix("f-") || ($0.location?.file ?? "").hasPrefix("ed-") }
        let language = viewer.language
        var values = EditorPage.values(document, diagnostics: bound, focus: focus, language: language) { pages.message($0, in: language) }
        values["id"] = draft.id
        values["version"] = draft.version
        values["issued"] = draft.entryID != nil
        values["editable"] = draft.entryID == nil && viewer.role.canWrite
        values["issuable"] = draft.entryID == nil && viewer.role.canIssue
        values["number"] = document.number.map { _ in document.numberLine } ?? ""
        values["hasNumber"] = document.number != nil
        let listed = all.filter { diagnostic in
            let file = diagnostic.location?.file ?? ""
            if file.hasPrefix("f-") || file.hasPrefix("ed-") { return true }
            return diagnostic.severity != .note && !diagnostic.code.rawValue.hasPrefix("VB8")
        }
        values["problems"] = listed.map { diagnostic -> [String: Any] in
            var value = pages.message(diagnostic, in: language)
            let file = diagnostic.location?.file ?? ""
            value["href"] = file.hasPrefix("f-") || file.hasPrefix("ed-") ? file : "editor-form"
            return value
        }
        values["hasProblems"] = !listed.isEmpty
        if let theirs { values["theirs"] = theirs }
        let notes = all.filter { diagnostic in
            let file = diagnostic.location?.file ?? ""
            return !(file.hasPrefix("f-") || file.hasPrefix("ed-")) && (diagnostic.severity == .note || diagnostic.code.rawValue.hasPrefix("VB8"))
        }
        return pages.page("editor", title: DocumentForm.listTitle(document), viewer: viewer, messages: notes, values).asPage()
    }

    func preview(_ document: Document) async throws -> Response {
        let workbench = self.workbench
        let html = try await OffPool.run { try workbench.render(document, as: .html) }
        var response = Answer.bytes(html, type: "text/html; charset=utf-8")
        response.headers[.csp] = Self.previewPolicy
        return response
    }

    /// The form of a request: already read by the CSRF check, or read now.
    static func form(_ request: Request, _ context: WorkbenchContext) async throws -> FormData {
        if let form = context.form { return form }
        return FormData(String(buffer: try await request.body.collect(upTo: context.maxUploadSize)))
    }

    /// Checks a password and starts a session; the answer's Set-Cookie value comes back.
    static func signIn(_ workbench: Workbench, name: String, password: String, request: Request) async throws -> (Viewer, String) {
        guard let user = try await workbench.store.user(named: name), Passwords.verify(password, hash: user.passwordHash) else {
            throw WorkbenchFailure(.unauthorized, .badCredentials)
        }
        let guardian = GuardMiddleware(workbench: workbench)
        let secure = workbench.configuration.secureCookies || request.headers[.forwardedProto] == "https"
        let (cookie, csrf) = try await guardian.startSession(user: user.name, secure: secure)
        return (Viewer(name: user.name, role: user.role, csrf: csrf), cookie)
    }

    /// A date as the page's language writes it: "ngày 02 tháng 3 năm 2026", "2 March 2026".
    static func longDate(_ date: CivilDate, _ language: Language) -> String {
        guard language == .en else { return DateFormatting.longDate(date) }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[max(0, min(11, date.month - 1))]) \(date.year)"
    }

    /// A saved-at timestamp in the page's language: "05:01, ngày 22 tháng 11 năm 2026".
    static func longTime(_ timestamp: String, _ language: Language) -> String {
        let short = shortTime(timestamp)
        guard let date = DateText.parse(String(short.prefix(10))) else { return short }
        return "\(short.dropFirst(11)), \(longDate(date, language))"
    }

    /// "2026-11-22 05:01" from an ISO timestamp.
    static func shortTime(_ timestamp: String) -> String {
        String(timestamp.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}

extension String {
    /// This HTML as a 200 page.
    func asPage() -> Response { Answer.html(self) }
}
