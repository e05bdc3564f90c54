import Foundation
import VanBanModel

/// Writes one self-contained HTML file (inline CSS, no script, no network) in the Nghị định 30
/// layout, for the screen and for A4 print.
public struct HTMLWriter: Sendable {
    /// A folder whose `.mustache` files replace the built-in ones, file by file.
    public var templatesDirectory: URL?

    /// Creates a writer.
    public init(templatesDirectory: URL? = nil) {
        self.templatesDirectory = templatesDirectory
    }

    /// The page.
    public func write(_ document: Document) throws(Diagnostic) -> String {
        let templates = try HTMLTemplates.load(overrides: templatesDirectory)
        let context = HTMLContext.page(DocumentLayout.layout(document))
        guard let html = templates.library.render(context, withTemplate: "page") else {
            throw Diagnostic(Message.badTemplate(file: "page.mustache", .didNotRender))
        }
        return html
    }
}
