import Foundation
import Mustache
import VanBan
import VanBanStore

/// The workbench's own pages: Mustache templates shipped as resources, every datum escaped by
/// `{{…}}`; only the layout's `{{{content}}}` takes HTML, which our own templates produced.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let language: Language

    init(language: Language) throws {
        self.language = language
        var library = MustacheLibrary()
        for name in ["layout", "login", "documents", "new", "editor", "issue", "register", "failure", "fieldProblem", "listRow", "profile"] {
            let text = String(decoding: StaticRoutes.resource("templates/\(name).mustache"), as: UTF8.self)
            library.register(try MustacheTemplate(string: text), named: name)
        }
        self.library = library
    }

    /// A page inside the layout, in the viewer's language (else `language`, else the server's).
    func page(_ name: String, title: String, viewer: Viewer?, messages: [Diagnostic] = [], language: Language? = nil, _ values: [String: Any]) -> String {
        let language = language ?? viewer?.language ?? self.language
        var values = values
        values["t"] = PageLabel.table(language)
        if let viewer {
            values["csrf"] = viewer.csrf ?? ""
            values["canWrite"] = viewer.role.canWrite
            values["canIssue"] = viewer.role.canIssue
        }
        let content = library.render(values, withTemplate: name) ?? ""
        var layout: [String: Any] = ["title": title, "content": content, "messages": messages.map { message($0, in: language) },
                                     "t": PageLabel.table(language), "lang": language.rawValue,
                                     "langOther": language == .vi ? "en" : "vi"]
        if let viewer {
            layout["viewer"] = ["name": viewer.name, "role": Self.roleName(viewer.role), "signedIn": viewer.name != "local", "csrf": viewer.csrf ?? ""] as [String: Any]
        }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    /// A diagnostic for a template, in a language (else the server's).
    func message(_ diagnostic: Diagnostic, in language: Language? = nil) -> [String: Any] {
        var value: [String: Any] = ["code": diagnostic.code.rawValue, "severity": diagnostic.severity.rawValue,
                                    "text": diagnostic.message(in: language ?? self.language)]
        if let location = diagnostic.location, location.isKnown { value["line"] = location.line }
        return value
    }

    /// The error page.
    func failure(_ failure: WorkbenchFailure, viewer: Viewer?, language: Language? = nil) -> String {
        page("failure", title: "\(failure.status.code)", viewer: viewer, messages: failure.diagnostics, language: language, ["status": failure.status.code])
    }

    /// The role's Vietnamese name.
    static func roleName(_ role: WorkbenchRole) -> String {
        switch role {
        case .clerk: "văn thư"
        case .writer: "soạn thảo"
        case .reader: "xem"
        }
    }
}
