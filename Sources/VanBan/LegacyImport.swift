import Foundation

/// Reads whatever legacy file a user has: a Word file (.docx, recognised by its ZIP signature),
/// a Word 97–2003 file (.doc, converted to DOCX by LibreOffice first), else text.
public enum LegacyImport {
    /// What a file holds, by its first bytes and then its name.
    public enum Kind: Sendable, Equatable {
        case docx, doc, text
    }

    /// The kind of a file: magic bytes first (a renamed file still reads), then the extension.
    public static func kind(of data: Data, file: String?) -> Kind {
        if DOCXReader.looksLikePackage(data) { return .docx }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .doc }
        let lower = file?.lowercased() ?? ""
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".doc") { return .doc }
        return .text
    }

    /// Reads a file; throws only when a Word file cannot be opened or converted.
    public static func read(_ data: Data, file: String?, limits: InputLimits = .current,
                            converter: @autoclosure () -> LibreOfficeConverter = LibreOfficeConverter()) throws(DiagnosticError) -> ImportResult {
        switch kind(of: data, file: file) {
        case .text:
            return TextReader().read(data, file: file)
        case .docx:
            return try DOCXReader(limits: limits).read(data, file: file)
        case .doc:
            switch converter().convertWord97(data, name: file ?? "<stdin>") {
            case let .success(docx): return try DOCXReader(limits: limits).read(docx, file: file)
            case let .failure(diagnostic): throw DiagnosticError([diagnostic])
            }
        }
    }
}
