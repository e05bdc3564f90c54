import Foundation
import VanBanModel

/// The data-file syntaxes: YAML for people, JSON for programs. Both carry the same keys.
public enum DataFormat: String, Sendable, CaseIterable {
    case yaml, json

    /// Guesses from a path's extension: .json is JSON, anything else YAML.
    public init(path: String) {
        self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}

/// A document read from a data file, with the warnings found on the way.
public struct LoadedDocument: Sendable {
    /// The document.
    public var document: Document
    /// Problems that did not stop the load (unknown fields …).
    public var warnings: [Diagnostic]
}

/// Reads and writes documents as YAML or JSON data files.
public enum DocumentData {
    /// Parses a data file's text. Throws every error found, with warnings, as one `DiagnosticError`.
    public static func load(_ text: String, format: DataFormat, file: String? = nil) throws(DiagnosticError) -> LoadedDocument {
        try document(from: try parse(text, format: format, file: file))
    }

    /// Parses YAML or JSON into a located tree, without reading it as a document yet.
    public static func parse(_ text: String, format: DataFormat, file: String? = nil) throws(DiagnosticError) -> DataNode {
        do throws(Diagnostic) {
            let limit = InputLimits.current.inputBytes
            if text.utf8.count > limit {
                throw Diagnostic(Message.inputTooLarge(file ?? "<stdin>", limit: limit), at: nil)
            }
            let trimmed = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            if trimmed.allSatisfy(\.isWhitespace) {
                throw Diagnostic(Message.emptyDocument, at: SourceLocation(file: file, line: 1))
            }
            switch format {
            case .yaml: return try YAMLSyntax.parse(trimmed, file: file)
            case .json:
                var parser = JSONParser(text: trimmed, file: file)
                return try parser.parse()
            }
        } catch {
            throw DiagnosticError([error])
        }
    }

    /// Reads a parsed tree as a document.
    public static func document(from tree: DataNode) throws(DiagnosticError) -> LoadedDocument {
        let context = DecodeContext()
        let document = DocumentDecoding.document(tree, "", context)
        // Report in file order, as a reader scans the file, not in the order fields were decoded.
        context.diagnostics = context.diagnostics.enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
        guard let document, !context.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(context.diagnostics)
        }
        return LoadedDocument(document: document, warnings: context.diagnostics)
    }

    /// Parses data bytes, which must be UTF-8.
    public static func load(_ data: Data, format: DataFormat, file: String? = nil) throws(DiagnosticError) -> LoadedDocument {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Message.fileUnreadable(file: file ?? "<stdin>", .notUTF8))
        }
        return try load(text, format: format, file: file)
    }

    /// The data value of a document, in the key order of the format's contract.
    public static func value(of document: Document) -> DataValue {
        DocumentEncoding.document(document)
    }

    /// Writes a document as YAML or JSON text.
    public static func encode(_ document: Document, as format: DataFormat) -> String {
        let value = DocumentEncoding.document(document)
        switch format {
        case .json: return JSONEmitter.emit(value)
        case .yaml: return YAMLEmitter.emit(value)
        }
    }
}
