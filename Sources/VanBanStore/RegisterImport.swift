import Foundation
import VanBanModel

/// Reads an outgoing register kept in a spreadsheet until now (CSV with the ten Phụ lục IV
/// columns, in that order; a header row is recognised and skipped) into entries, so the
/// numbers it used are never given again.
public enum RegisterImport {
    /// The entries and the rows that could not be read (each with file and line).
    public struct Result: Sendable {
        /// The entries read.
        public var entries: [RegisterEntry]
        /// Problems, one per rejected row.
        public var diagnostics: [Diagnostic]
    }

    /// Reads `text`. The organisation is `organisation`, else the last group of each ký hiệu
    /// ("QĐ-MNTT" → "MNTT"); the series is `sequence`, else the one `scheme` gives the row's kind.
    public static func read(_ text: String, file: String?, organisation: String?, sequence: String?, scheme: NumberingScheme) -> Result {
        var result = Result(entries: [], diagnostics: [])
        for row in RegisterCSV.read(text) {
            let cells = row.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let location = SourceLocation(file: file, line: row.line, column: 1)
            guard let first = cells.first, !first.isEmpty else { continue }
            // The header row and the "(1) (2) …" row of the printed form.
            if first.lowercased().hasPrefix("số") || first.hasPrefix("(") { continue }
            guard let (number, symbol) = parseNumber(first) else {
                result.diagnostics.append(Diagnostic(Message.unparsedNumber(first), at: location))
                continue
            }
            let dateText = cells.count > 1 ? cells[1] : ""
            guard let date = DateText.parseSlashed(dateText) ?? CivilDate(iso: dateText) else {
                result.diagnostics.append(Diagnostic(RegisterMessage.noDate(value: dateText), at: location))
                continue
            }
            let groups = symbol.split(separator: "-").map(String.init)
            let kind = groups.first.flatMap { DocumentKind(identifier: $0) }
            guard let owner = organisation ?? (groups.count > 1 ? groups.last : nil) else {
                result.diagnostics.append(Diagnostic(RegisterMessage.noOrganisation, at: location))
                continue
            }
            let series = sequence ?? NumberSequence.name(kind: kind ?? .congVan, scheme: scheme, secret: false)
            func cell(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
            result.entries.append(RegisterEntry(
                organisation: owner, sequence: series, year: date.year, number: number, symbol: symbol, kind: kind?.rawValue,
                date: date, summary: cell(2), signer: cell(3), recipients: cell(4), archiveCopy: cell(5), copies: Int(cell(6)),
                sentOn: cell(7), receivedBy: cell(8), note: cell(9), status: .imported, recordedAt: DateText.timestamp()))
        }
        return result
    }

    /// "257/QĐ-MNTT" or "05/QĐ-MNTT" → (257, "QĐ-MNTT"); a bare number has an empty symbol.
    public static func parseNumber(_ text: String) -> (Int, String)? {
        let normalized = VietnameseText.normalized(text).replacingOccurrences(of: " ", with: "")
        let parts = normalized.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, let number = Int(first), number > 0 else { return nil }
        return (number, parts.count > 1 ? parts[1] : "")
    }
}
