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

/// Options that shape one rendering; each writer reads the ones it knows. What is loaded once
/// (templates) lives in `RenderEnvironment`.
public struct RenderOptions: Sendable {
    /// A DOCX whose styles and page setup replace the built-in ones (like pandoc's --reference-doc).
    public var referenceDocument: URL?
    /// Body text size in points (13 or 14); the template's when nil.
    public var bodySize: Double?

    /// Creates options; the defaults use the built-in templates.
    public init(referenceDocument: URL? = nil, bodySize: Double? = nil) {
        self.referenceDocument = referenceDocument
        self.bodySize = bodySize
    }
}

/// One-shot rendering for a program that renders once; anything that renders repeatedly keeps a
/// `RenderEnvironment` instead, so templates are parsed once.
public enum Renderer {
    /// The document in a format, as bytes ready to write.
    public static func render(_ document: Document, as format: OutputFormat, templatesDirectory: URL? = nil,
                              options: RenderOptions = RenderOptions()) throws -> Data {
        try RenderEnvironment.load(templatesDirectory: templatesDirectory).render(document, as: format, options: options)
    }
}
