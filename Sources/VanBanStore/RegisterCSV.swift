import Foundation

/// The register as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
/// Vietnamese letters), and a tolerant CSV reader for registers kept in spreadsheets until now.
public enum RegisterCSV {
    /// The ten columns, one entry a row, under a header row.
    public static func write(_ entries: [RegisterEntry]) -> Data {
        var text = "\u{FEFF}" + row(RegisterColumns.titles)
        for entry in entries { text += row(RegisterColumns.cells(entry)) }
        return Data(text.utf8)
    }

    private static func row(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    private static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A parsed row with the line it starts on (1-based), for messages.
    public struct Row: Sendable, Hashable {
        /// The line in the file where the row starts.
        public var line: Int
        /// The cells.
        public var cells: [String]
    }

    /// Reads CSV text; the delimiter (comma, semicolon or tab) is the one the first line uses most.
    public static func read(_ text: String) -> [Row] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: Character = [",", ";", "\t"].max { a, b in
            firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
        } ?? ","
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var rowStart = 1
        var iterator = body.makeIterator()
        var pending: Character? = nil
        func endRow() {
            cells.append(cell)
            cell = ""
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                rows.append(Row(line: rowStart, cells: cells))
            }
            cells = []
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1; cell.append("\n") } else { cell.append(character) }
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty: quoted = true
            case delimiter: cells.append(cell); cell = ""
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowStart = line
            default: cell.append(character)
            }
        }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
