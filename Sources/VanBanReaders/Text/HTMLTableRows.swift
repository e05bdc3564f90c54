import Foundation

/// Collects an HTML `<table>` written inside Markdown, over as many lines as it spans, into rows:
/// each row's cells joined by " | ", at the line where the row begins.
struct HTMLTableRows {
    struct Row {
        var text: String
        var number: Int
    }

    var rows: [Row] = []
    private var buffer = ""
    private var bufferStart = 0

    /// True when a raw line opens a table.
    static func opens(_ raw: String) -> Bool {
        // The byte test first: Foundation's case-insensitive search over every line of a long
        // text cost more than cleaning the lines.
        raw.containsByte(UInt8(ascii: "<")) && raw.range(of: "<table", options: .caseInsensitive) != nil
    }

    /// Adds a raw line; returns true once the table is closed.
    mutating func add(_ raw: String, number: Int) -> Bool {
        if buffer.isEmpty { bufferStart = number }
        buffer += raw + "\n"
        takeRows(final: false)
        guard raw.range(of: "</table>", options: .caseInsensitive) != nil else { return false }
        takeRows(final: true)
        return true
    }

    /// Moves every finished `<tr>…</tr>` out of the buffer (and, at the end, what is left).
    private mutating func takeRows(final: Bool) {
        while let end = buffer.range(of: "</tr>", options: .caseInsensitive) {
            let rowText = String(buffer[..<end.lowerBound])
            let consumedLines = rowText.filter { $0 == "\n" }.count
            append(rowText, at: bufferStart + leadingNewlines(rowText))
            buffer = String(buffer[end.upperBound...])
            bufferStart += consumedLines
        }
        if final {
            append(buffer, at: bufferStart)
            buffer = ""
        }
    }

    private func leadingNewlines(_ text: String) -> Int {
        guard let start = text.range(of: "<tr", options: .caseInsensitive) else { return 0 }
        return text[..<start.lowerBound].filter { $0 == "\n" }.count
    }

    private mutating func append(_ rowHTML: String, at number: Int) {
        let cells = rowHTML.components(separatedBy: "<t").dropFirst().compactMap { piece -> String? in
            guard ["d>", "d ", "h>", "h "].contains(piece.prefix(2).lowercased()) else { return nil }
            return Self.text(piece)
        }
        let text = cells.isEmpty ? Self.text(rowHTML) : cells.joined(separator: " | ")
        guard !text.isEmpty else { return }
        rows.append(Row(text: text, number: number))
    }

    /// A cell's text without tags, on one line.
    private static func text(_ html: String) -> String {
        let untagged = ("<t" + html).replacingOccurrences(of: "<[^<>]*>?", with: " ", options: .regularExpression)
        return untagged.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
