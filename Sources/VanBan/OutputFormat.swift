import Foundation

/// Every format `vanban render` can write, with the file extensions that select it.
public enum OutputFormat: String, Sendable, CaseIterable {
    case yaml, json, text, docx, html, pdf

    /// The extensions that choose this format for `-o FILE`.
    public var extensions: [String] {
        switch self {
        case .yaml: ["yaml", "yml"]
        case .json: ["json"]
        case .text: ["txt", "text"]
        case .docx: ["docx"]
        case .html: ["html", "htm"]
        case .pdf: ["pdf"]
        }
    }

    /// True for formats that are not text and should not go to a terminal.
    public var isBinary: Bool { self == .docx || self == .pdf }

    /// The format a path's extension names, if any.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let match = OutputFormat.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = match
    }

    /// Formats from a comma-separated list such as "docx,pdf" (names or extensions: "txt" is text);
    /// nil when any is unknown or none is given.
    public static func list(_ text: String) -> [OutputFormat]? {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        let formats = names.compactMap { name in OutputFormat(rawValue: name) ?? allCases.first { $0.extensions.contains(name) } }
        guard !formats.isEmpty, formats.count == names.count else { return nil }
        var unique: [OutputFormat] = []
        for format in formats where !unique.contains(format) { unique.append(format) }
        return unique
    }

    /// "yaml, json, text, docx, html, pdf" for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Options that shape one rendering; each writer reads the ones it knows. What is loaded once
/// (templates) lives in `RenderEnvironment`.
public struct RenderOptions: Sendable {
    /// A DOCX whose styles and page setup replace the built-in ones (like pandoc's --reference-doc).
    public var referenceDocument: URL?
    /// Body text size in points (13 or 14); the template's when nil.
    public var bodySize: Double?
    /// The electronic variant for digital signing: empty signature fields in the PDF.
    public var forSigning: Bool

    /// Creates options; the defaults use the built-in templates.
    public init(referenceDocument: URL? = nil, bodySize: Double? = nil, forSigning: Bool = false) {
        self.referenceDocument = referenceDocument
        self.bodySize = bodySize
        self.forSigning = forSigning
    }
}

/// One-shot rendering for a program that renders once; anything that renders repeatedly keeps a
/// `RenderEnvironment` instead, so templates are parsed once.
public enum Renderer {
    /// The document in a format, as bytes ready to write.
    public static func render(_ document: Document, as format: OutputFormat, templatesDirectory: URL? = nil,
                              options: RenderOptions = RenderOptions()) throws -> Data {
        try RenderEnvironment.load(templatesDirectory: templatesDirectory, parts: .needed(for: [format])).render(document, as: format, options: options)
    }
}
