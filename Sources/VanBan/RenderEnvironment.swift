import Foundation

/// Everything rendering reads from disk — HTML templates, the DOCX parts, the template
/// regulations — loaded and checked once, then shared as an immutable value by the command
/// line, the library and a server (which renders a preview per keystroke from one environment).
public struct RenderEnvironment: Sendable {
    /// What `load` reads and checks beforehand. A server preloads everything; a command that
    /// writes one format loads only what that format needs (a text render need not parse 18
    /// HTML templates), and whatever was left out is read when first asked for.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The HTML templates.
        public static let html = Parts(rawValue: 1)
        /// The DOCX parts.
        public static let docx = Parts(rawValue: 2)
        /// Everything.
        public static let all: Parts = [.html, .docx]

        /// The parts the formats need (PDF is made from DOCX).
        public static func needed(for formats: [OutputFormat]) -> Parts {
            var parts: Parts = []
            for format in formats {
                switch format {
                case .html: parts.insert(.html)
                case .docx, .pdf: parts.insert(.docx)
                case .yaml, .json, .text: break
                }
            }
            return parts
        }
    }

    /// The folder whose files replace the built-in templates, if any.
    public let templatesDirectory: URL?
    /// The parsed HTML templates, when loaded beforehand.
    private let loadedHTML: HTMLTemplates?
    /// The DOCX parts (styles, settings, headers, page setup), when loaded beforehand.
    private let loadedDOCX: DocxTemplates?

    /// Loads the built-in templates, the folder's files winning where present; `parts` says what
    /// is read and checked now.
    public static func load(templatesDirectory: URL? = nil, parts: Parts = .all) throws(DiagnosticError) -> RenderEnvironment {
        var html: HTMLTemplates?
        var docx: DocxTemplates?
        if parts.contains(.html) {
            do { html = try HTMLTemplates.load(overrides: templatesDirectory) } catch { throw DiagnosticError([error]) }
        }
        if parts.contains(.docx) {
            do { docx = try DocxTemplates.load(templatesDirectory: templatesDirectory) } catch { throw DiagnosticError([error]) }
        }
        return RenderEnvironment(templatesDirectory: templatesDirectory, loadedHTML: html, loadedDOCX: docx)
    }

    /// The HTML templates: those loaded beforehand, else read now.
    public func html() throws(DiagnosticError) -> HTMLTemplates {
        if let loadedHTML { return loadedHTML }
        do { return try HTMLTemplates.load(overrides: templatesDirectory) } catch { throw DiagnosticError([error]) }
    }

    /// The DOCX parts: those loaded beforehand, else read now.
    public func docx() throws(DiagnosticError) -> DocxTemplates {
        if let loadedDOCX { return loadedDOCX }
        do { return try DocxTemplates.load(templatesDirectory: templatesDirectory) } catch { throw DiagnosticError([error]) }
    }

    /// The shipped template regulations, sorted by id (read once per process).
    public func regulations() throws(DiagnosticError) -> [RegulationTemplate] {
        try RegulationTemplate.shipped()
    }

    /// The HTML writer over this environment's templates.
    public func htmlWriter() throws(DiagnosticError) -> HTMLWriter { HTMLWriter(templates: try html()) }

    /// The document in a format, as bytes ready to write.
    public func render(_ document: Document, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> Data {
        switch format {
        case .yaml: return Data(DocumentData.encode(document, as: .yaml).utf8)
        case .json: return Data(DocumentData.encode(document, as: .json).utf8)
        case .text: return Data(TextWriter().write(document).utf8)
        case .docx:
            return try DocxWriter(templatesDirectory: templatesDirectory, referenceDocument: options.referenceDocument,
                                  bodySize: options.bodySize, signingMarks: options.forSigning, parts: try docx()).write(document)
        case .html:
            return Data(try htmlWriter().write(document).utf8)
        case .pdf:
            let job = PDFRenderer.Job(name: document.title ?? document.kind.name, docx: try render(document, as: .docx, options: options),
                                      forSigning: options.forSigning)
            return try PDFRenderer.convert([job])[0].get().data
        }
    }
}
