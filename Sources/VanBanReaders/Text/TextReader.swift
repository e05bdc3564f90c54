import Foundation
import VanBanModel

/// A document read from text, with everything noticed on the way. Reading never fails.
public struct ImportResult: Sendable {
    /// The document: at worst, a list of paragraphs.
    public var document: Document
    /// Warnings and notes, in file order.
    public var diagnostics: [Diagnostic]
}

/// Reads legacy texts (copied from Word, PDF or web pages, Markdown-ish) into a `Document`.
public struct TextReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads bytes: UTF-8, UTF-16 with a BOM, or a legacy single-byte code page.
    public func read(_ data: Data, file: String? = nil) -> ImportResult {
        let (text, decoding) = TextDecoding.decode(data, file: file)
        var result = read(text, file: file)
        result.diagnostics = decoding + result.diagnostics
        return result
    }

    /// Reads text.
    public func read(_ text: String, file: String? = nil) -> ImportResult {
        let lines = LineCleaner.lines(of: text)
        var parser = StructureBuilder(lines: lines, file: file)
        for line in lines {
            for reference in line.invalidReferences {
                parser.diagnostics.append(Diagnostic(Message.invalidCharacterReference(reference), at: SourceLocation(file: file, line: line.number)))
            }
        }
        if text.containsByte(0xCC) || text.containsByte(0xCD), text.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }) {
            parser.diagnostics.append(Diagnostic(Message.notNFC, at: SourceLocation(file: file, line: 1)))
        }
        return parser.run()
    }
}
