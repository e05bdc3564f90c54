import Foundation
import Hummingbird
import VanBan

/// The template regulations through the JSON API: what each asks of a school's profile, and a
/// decision with its regulation made from a profile, by the same call as the page's form and
/// `vanban new`. Only shipped templates are offered; no path is ever taken from a request.
struct TemplateAPIRoutes {
    let workbench: Workbench

    struct OptionJSON: Codable { var id: String; var label: String; var enabled: Bool }
    struct ListJSON: Codable { var id: String; var label: String; var fields: [String] }
    struct TemplateJSON: Codable {
        var id: String
        var description: String
        /// Every profile path the template reads ("school.name", "staff.ke_toan" …).
        var fields: [String]
        /// Those it cannot do without.
        var required: [String]
        var options: [OptionJSON]
        var lists: [ListJSON]

        init(_ template: RegulationTemplate) {
            id = template.id
            description = template.description
            fields = template.profilePaths
            required = template.requiredPaths.sorted()
            options = template.options.map { OptionJSON(id: $0.id, label: $0.label, enabled: $0.enabled) }
            lists = template.lists.map { ListJSON(id: $0.id, label: $0.label, fields: template.entryFields(of: $0.id)) }
        }
    }

    func add(to api: RouterGroup<WorkbenchContext>) {
        api.get("templates") { _, context in
            _ = try context.requireViewer()
            return try Answer.json(try workbench.environment.regulations().map(TemplateJSON.init))
        }
        api.get("templates/:id") { _, context in
            _ = try context.requireViewer()
            return try Answer.json(TemplateJSON(try NewDocumentRoutes(workbench: workbench).template(context.parameters.get("id") ?? "")))
        }
        // The profile as YAML or JSON (the file `vanban new --profile` reads); the draft made from it.
        api.post("templates/:id/documents") { request, context in
            let viewer = try context.requireViewer()
            try viewer.mustWrite()
            let template = try NewDocumentRoutes(workbench: workbench).template(context.parameters.get("id") ?? "")
            let text = String(decoding: Data(buffer: try await request.body.collect(upTo: context.maxUploadSize)), as: UTF8.self)
            let loaded = try await OffPool.run { try template.instantiate(Profile(yaml: text, file: "body")) }
            let draft = try await workbench.create(loaded.document, by: viewer)
            let language = workbench.configuration.language
            return try Answer.json(APIRoutes.ImportAnswer(id: draft.id, version: draft.version,
                                                          diagnostics: loaded.warnings.map { DiagnosticJSON($0, language: language) }),
                                   status: .created, headers: [.location: "/api/documents/\(draft.id)"])
        }
    }
}
