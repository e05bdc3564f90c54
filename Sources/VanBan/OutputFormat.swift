import Foundation

/// Every format `vanban render` can write, with the file extensions that select it.
public enum OutputFormat: String, Sendable, CaseIterable {
    case yaml, json, text, docx, html

    /// The extensions that choose this format for `-o FILE`.
    public var extensions: [String] {
        switch self {
        case .yaml: ["yaml", "yml"]
        case .json: ["json"]
        case .text: ["txt", "text"]
        case .docx: ["docx"]
        case .html: ["html", "htm"]
        }
    }

    /// True for formats that are not text and should not go to a terminal.
    public var isBinary: Bool { self == .docx }

    /// The format a path's extension names, if any.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let match = OutputFormat.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = match
    }

    /// "yaml, json, text, docx, html" for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Options that shape rendering; each writer reads the ones it knows.
public struct RenderOptions: Sendable {
    /// A DOCX whose styles and page setup replace the built-in ones (like pandoc's --reference-doc).
    public var referenceDocument: URL?
    /// A folder whose templates override the built-in ones, file by file.
    public var templatesDirectory: URL?
    /// Body text size in points (13 or 14); the template's when nil.
    public var bodySize: Double?

    /// Creates options; the defaults use the built-in templates.
    public init(referenceDocument: URL? = nil, templatesDirectory: URL? = nil, bodySize: Double? = nil) {
        self.referenceDocument = referenceDocument
        self.templatesDirectory = templatesDirectory
        self.bodySize = bodySize
    }
}

/// Renders documents to any output format: the one entry point a server or app needs.
public enum Renderer {
    /// The document in a format, as bytes ready to write.
    public static func render(_ document: Document, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> Data {
        switch format {
        case .yaml: return Data(DocumentData.encode(document, as: .yaml).utf8)
        case .json: return Data(DocumentData.encode(document, as: .json).utf8)
        case .text: return Data(TextWriter().write(document).utf8)
        case .docx:
            return try DocxWriter(templatesDirectory: options.templatesDirectory, referenceDocument: options.referenceDocument, bodySize: options.bodySize).write(document)
        case .html:
            return Data(try HTMLWriter(templatesDirectory: options.templatesDirectory).write(document).utf8)
        }
    }
}
