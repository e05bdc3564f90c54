import Foundation

/// Everything rendering reads from disk — HTML templates, the DOCX parts, the template
/// regulations — loaded and checked once, then shared as an immutable value by the command
/// line, the library and a server (which renders a preview per keystroke from one environment).
public struct RenderEnvironment: Sendable {
    /// The folder whose files replace the built-in templates, if any.
    public let templatesDirectory: URL?
    /// The parsed HTML templates.
    public let html: HTMLTemplates
    /// The DOCX parts (styles, settings, headers, page setup), read and checked once.
    public let docx: DocxTemplates
    /// The shipped template regulations, sorted by id.
    public let regulations: [RegulationTemplate]

    /// Loads the built-in templates, the folder's files winning where present.
    public static func load(templatesDirectory: URL? = nil) throws(DiagnosticError) -> RenderEnvironment {
        let html: HTMLTemplates
        let docx: DocxTemplates
        do { html = try HTMLTemplates.load(overrides: templatesDirectory) } catch { throw DiagnosticError([error]) }
        do { docx = try DocxTemplates.load(templatesDirectory: templatesDirectory) } catch { throw DiagnosticError([error]) }
        return RenderEnvironment(templatesDirectory: templatesDirectory, html: html, docx: docx, regulations: try RegulationTemplate.shipped())
    }

    /// The HTML writer over this environment's templates.
    public var htmlWriter: HTMLWriter { HTMLWriter(templates: html) }

    /// The document in a format, as bytes ready to write.
    public func render(_ document: Document, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> Data {
        switch format {
        case .yaml: return Data(DocumentData.encode(document, as: .yaml).utf8)
        case .json: return Data(DocumentData.encode(document, as: .json).utf8)
        case .text: return Data(TextWriter().write(document).utf8)
        case .docx:
            return try DocxWriter(templatesDirectory: templatesDirectory, referenceDocument: options.referenceDocument,
                                  bodySize: options.bodySize, signingMarks: options.forSigning, parts: docx).write(document)
        case .html:
            return Data(try htmlWriter.write(document).utf8)
        case .pdf:
            let job = PDFRenderer.Job(name: document.title ?? document.kind.name, docx: try render(document, as: .docx, options: options),
                                      forSigning: options.forSigning)
            return try PDFRenderer.convert([job])[0].get().data
        }
    }
}
