import Foundation
import VanBanModel

/// Writes one self-contained HTML file (inline CSS, no script, no network) in the Nghị định 30
/// layout, for the screen and for A4 print.
public struct HTMLWriter: Sendable {
    /// The parsed templates this writer renders with.
    public let templates: HTMLTemplates

    /// Creates a writer over templates loaded once (see `RenderEnvironment`).
    public init(templates: HTMLTemplates) {
        self.templates = templates
    }

    /// Creates a writer, parsing the templates now; a folder's `.mustache` files replace the
    /// built-in ones, file by file.
    public init(templatesDirectory: URL? = nil) throws(Diagnostic) {
        self.templates = try HTMLTemplates.load(overrides: templatesDirectory)
    }

    /// The page.
    public func write(_ document: Document) throws(Diagnostic) -> String {
        try render(HTMLContext.page(DocumentLayout.layout(document)), with: "page")
    }

    /// The responsibility matrix as one self-contained page: a row per article, a column per role.
    public func write(_ matrix: RolesMatrix, title: String) throws(Diagnostic) -> String {
        try render(RolesTableContext(matrix, title: title), with: "roles-page")
    }

    private func render(_ context: Any, with template: String) throws(Diagnostic) -> String {
        guard let html = templates.library.render(context, withTemplate: template) else {
            throw Diagnostic(Message.badTemplate(file: "\(template).mustache", .didNotRender))
        }
        return html
    }
}
