import Foundation
import VanBan

/// Reads a data file (YAML or JSON) from a path or standard input ("-").
enum DocumentInput {
    /// Loads a document; the format comes from `format`, else the extension, else a look at the first character.
    static func load(path: String, format: DataFormat? = nil) throws(DiagnosticError) -> LoadedDocument {
        let displayName: String? = path == "-" ? nil : path
        let data: Data
        do {
            data = try InputFile.read(path)
        } catch {
            throw DiagnosticError([error])
        }
        return try DocumentData.load(data, format: format ?? guess(path: path, data: data), file: displayName)
    }

    private static func guess(path: String, data: Data) -> DataFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        let first = data.first { !(Character(UnicodeScalar($0)).isWhitespace) }
        return first == UInt8(ascii: "{") ? .json : .yaml
    }
}
